/// 予算額・決算額 — a budget or settlement line a 経営課題 states for one fiscal year (the 2023+ layout prints
/// three: last year but one's settlement, last year's budget and the plan year's budget).
public struct IssueBudgetLine: Sendable, Codable, Equatable, Hashable {
    /// Which figure a line states.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// 予算額 — a budget.
        case budget
        /// 決算額 — a settlement (what was spent).
        case settlement

        /// The word the plans print: 予算額 or 決算額.
        public var japaneseName: String {
            switch self {
            case .budget: "予算額"
            case .settlement: "決算額"
            }
        }
    }

    /// Budget or settlement.
    public var kind: Kind
    /// The fiscal year the figure is for.
    public var fiscalYear: FiscalYear
    /// The figure in 千円, exact.
    public var amount: ThousandYen
    /// The line as published (`令和6年度予算額 5千6百万円`), byte for byte.
    public var text: String

    /// Creates a line.
    public init(kind: Kind, fiscalYear: FiscalYear, amount: ThousandYen, text: String) {
        self.kind = kind
        self.fiscalYear = fiscalYear
        self.amount = amount
        self.text = text
    }
}

extension Sequence<IssueBudgetLine> {
    /// The 予算額 stated for `year`, if a line states one.
    public func budget(for year: FiscalYear) -> ThousandYen? {
        first { $0.kind == .budget && $0.fiscalYear == year }?.amount
    }
}
