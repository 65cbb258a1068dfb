/// 前年度比 — the change of a budget from one fiscal year to another (year over year).
public struct BudgetChange: Sendable, Equatable {
    /// The earlier amount.
    public let previous: ThousandYen
    /// The later amount.
    public let current: ThousandYen
    /// `current - previous`, exact.
    public let delta: ThousandYen

    /// Compares two amounts.
    public init(from previous: ThousandYen, to current: ThousandYen) throws(BudgetError) {
        self.previous = previous
        self.current = current
        self.delta = try current.subtracting(previous)
    }

    /// Compares the totals of two plans, earlier first.
    public init(from previous: BudgetedPlan, to current: BudgetedPlan) throws(BudgetError) {
        try self.init(from: previous.budget.total, to: current.budget.total)
    }

    /// `current / previous` (前年度比); `nil` when the earlier amount is zero.
    public var ratio: BudgetRatio? { BudgetRatio(current, of: previous) }

    /// `delta / previous` (増減率); `nil` when the earlier amount is zero.
    public var relativeChange: BudgetRatio? { BudgetRatio(delta, of: previous) }
}
