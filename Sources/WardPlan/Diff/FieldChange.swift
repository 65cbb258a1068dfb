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
        guard old != new else { return nil }
        return FieldChange(field: field, label: label, old: old, new: new, diff: TextDiff(old: old, new: new))
    }
}

/// An amount before and after: an initiative's budget, an issue's or a plan's total.
public struct AmountChange: Sendable, Equatable, Encodable {
    /// The old amount, `nil` when there was none (no budget, or the item is new).
    public let previous: ThousandYen?
    /// The new amount, `nil` when there is none.
    public let current: ThousandYen?
    /// `current − previous`, exact, when both exist and the difference fits.
    public let delta: ThousandYen?
    /// `current ÷ previous` in thousandths, when both exist, the old is not zero and the ratio fits.
    public let ratioPerMille: Int?

    /// An amount change as given.
    public init(previous: ThousandYen?, current: ThousandYen?, delta: ThousandYen?, ratioPerMille: Int?) {
        self.previous = previous
        self.current = current
        self.delta = delta
        self.ratioPerMille = ratioPerMille
    }

    /// The change from `previous` to `current`, or `nil` when they are equal.
    static func between(_ previous: ThousandYen?, _ current: ThousandYen?) -> AmountChange? {
        guard previous != current else { return nil }
        var delta: ThousandYen?
        var ratio: Int?
        if let previous, let current, let change = try? BudgetChange(from: previous, to: current) {
            delta = change.delta
            ratio = change.ratio?.perMille
        }
        return AmountChange(previous: previous, current: current, delta: delta, ratioPerMille: ratio)
    }
}
