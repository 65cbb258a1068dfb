/// An error of budget arithmetic or budget notation.
public enum BudgetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A sum, difference or conversion does not fit in a 64-bit integer; names the operation.
    case overflow(String)
    /// A written budget could not be read; holds the text.
    case unreadable(String)
    /// A written budget is larger than an amount can hold; holds the text.
    case tooLarge(String)

    /// What went wrong, in English and in Japanese.
    public var message: Message {
        switch self {
        case .overflow(let operation): .overflow(operation)
        case .unreadable(let text): .unreadableAmount(text)
        case .tooLarge(let text): .amountTooLarge(text)
        }
    }

    /// What went wrong, in English.
    public var description: String { message.english }
}
