/// The budget roll-up of one plan: totals per 戦略, per 経営課題 and for the plan, with counts.
public struct PlanBudget: Sendable, Equatable {
    /// The plan's total over every budgeted 具体的取組.
    public let total: ThousandYen
    /// One roll-up per 経営課題, in plan order.
    public let issues: [IssueBudget]

    /// Sums the budgets of `plan`.
    /// - Throws: ``BudgetError/overflow(_:)`` when a total does not fit.
    /// - Complexity: O(number of initiatives).
    public init(_ plan: OperatingPlan) throws(BudgetError) {
        var issues: [IssueBudget] = []
        for issue in plan.issues { issues.append(try IssueBudget(issue)) }
        self.issues = issues
        self.total = try ThousandYen.sum(issues.map(\.total))
    }

    /// How many 具体的取組 the plan has.
    public var initiativeCount: Int { issues.reduce(0) { $0 + $1.initiativeCount } }
    /// How many 具体的取組 carry no budget.
    public var unbudgetedInitiativeCount: Int { issues.reduce(0) { $0 + $1.unbudgetedInitiativeCount } }
    /// How many 具体的取組 carry a budget.
    public var budgetedInitiativeCount: Int { initiativeCount - unbudgetedInitiativeCount }

    /// Each issue's share of the plan total; `nil` shares when the plan total is zero.
    public func share(of issue: IssueBudget) -> BudgetRatio? { BudgetRatio(issue.total, of: total) }
}

/// The roll-up of one 経営課題.
public struct IssueBudget: Sendable, Equatable {
    /// The issue's number.
    public let number: Int
    /// The issue's title.
    public let title: String
    /// The sum over its strategies.
    public let total: ThousandYen
    /// One roll-up per 戦略.
    public let strategies: [StrategyBudget]

    /// Sums the budgets of `issue`.
    public init(_ issue: ManagementIssue) throws(BudgetError) {
        var strategies: [StrategyBudget] = []
        for strategy in issue.strategies { strategies.append(try StrategyBudget(strategy)) }
        self.number = issue.number
        self.title = issue.title
        self.strategies = strategies
        self.total = try ThousandYen.sum(strategies.map(\.total))
    }

    /// How many 具体的取組 the issue has.
    public var initiativeCount: Int { strategies.reduce(0) { $0 + $1.initiativeCount } }
    /// How many of them carry no budget.
    public var unbudgetedInitiativeCount: Int { strategies.reduce(0) { $0 + $1.unbudgetedInitiativeCount } }
}

/// The roll-up of one 戦略.
public struct StrategyBudget: Sendable, Equatable {
    /// The strategy's id.
    public let id: ItemID
    /// The sum of its initiatives' budgets.
    public let total: ThousandYen
    /// How many 具体的取組 the strategy has.
    public let initiativeCount: Int
    /// How many of them carry no budget.
    public let unbudgetedInitiativeCount: Int

    /// Sums the budgets of `strategy`.
    public init(_ strategy: Strategy) throws(BudgetError) {
        id = strategy.id
        total = try ThousandYen.sum(strategy.initiatives.compactMap(\.budget))
        initiativeCount = strategy.initiatives.count
        unbudgetedInitiativeCount = strategy.initiatives.count { $0.budget == nil }
    }
}
