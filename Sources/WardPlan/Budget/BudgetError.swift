/// An error of budget arithmetic or budget notation.
public enum BudgetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A sum, difference or conversion does not fit in a 64-bit integer; names the operation.
    case overflow(String)
    /// A written budget could not be read; holds the text.
    case unreadable(String)
    /// A written budget is larger than an amount can hold; holds the text.
    case tooLarge(String)

    public var description: String {
        switch self {
        case .overflow(let operation): "budget arithmetic overflows: \(operation)"
        case .unreadable(let text): "cannot read \"\(text)\" as an amount of 千円"
        case .tooLarge(let text): "the budget \"\(text)\" is too large to hold exactly"
        }
    }
}
