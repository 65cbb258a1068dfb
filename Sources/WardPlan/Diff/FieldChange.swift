/// A text field of a plan or item that differs between two versions, with its character-level changes.
public struct FieldChange: Sendable, Equatable, Encodable {
    /// The field's name in the plan's model, e.g. `description`.
    public let field: String
    /// The field as the city's forms name it, e.g. `取組内容`.
    public let label: String
    /// The old text (`nil` when the field was empty).
    public let old: String?
    /// The new text (`nil` when the field is empty).
    public let new: String?
    /// The runs kept, removed and inserted.
    public let diff: TextDiff

    /// The change of a field, or `nil` when both texts are the same.
    static func between(_ field: String, _ label: String, _ old: String?, _ new: String?) -> FieldChange? {
        // Byte for byte: canonically equivalent texts (神 U+FA19 and 神 U+795E) are still different texts.
        let same = switch (old, new) {
        case (nil, nil): true
        case (let old?, let new?): old.utf8.elementsEqual(new.utf8)
        default: false
        }
        guard !same else { return nil }
        return FieldChange(field: field, label: label, old: old, new: new, diff: TextDiff(old: old, new: new))
    }
}

/// An amount before and after: an initiative's budget, an issue's or a plan's total.
public struct AmountChange: Sendable, Equatable, Encodable {
    /// The old amount, `nil` when there was none (no budget, or the item is new).
    public let previous: ThousandYen?
    /// The new amount, `nil` when there is none.
    public let current: ThousandYen?
    /// `current − previous`, exact, a missing amount counting as zero; absent only when it does not fit in 64 bits.
    public let delta: ThousandYen?
    /// `current ÷ previous` in thousandths, when both exist, the old is not zero and the ratio fits in 64 bits.
    public let ratioPerMille: Int?

    /// Whether the amount changed.
    public var isChange: Bool { previous != current }

    /// An amount change as given.
    public init(previous: ThousandYen?, current: ThousandYen?, delta: ThousandYen?, ratioPerMille: Int?) {
        self.previous = previous
        self.current = current
        self.delta = delta
        self.ratioPerMille = ratioPerMille
    }

    /// The change from `previous` to `current`, or `nil` when they are equal. For the delta, no amount
    /// counts as zero (an initiative added with 1,500千円 adds 1,500千円), so deltas add up to the change of
    /// the total; the ratio needs both amounts.
    static func between(_ previous: ThousandYen?, _ current: ThousandYen?) -> AmountChange? {
        guard previous != current else { return nil }
        return exactly(previous, current)
    }

    /// The change from `previous` to `current`, also when they are equal.
    static func exactly(_ previous: ThousandYen?, _ current: ThousandYen?) -> AmountChange {
        let change = try? BudgetChange(from: previous ?? .zero, to: current ?? .zero)
        let ratio = previous != nil && current != nil ? change?.ratio?.perMille : nil
        return AmountChange(previous: previous, current: current, delta: change?.delta, ratioPerMille: ratio)
    }
}
