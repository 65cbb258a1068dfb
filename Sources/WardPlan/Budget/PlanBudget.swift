/// The budget roll-up of one plan: totals per 戦略, per 経営課題 and for the plan, with counts.
public struct PlanBudget: Sendable, Equatable {
    /// The plan's total for its fiscal year: the sum of its issues' totals.
    public let total: ThousandYen
    /// One roll-up per 経営課題, in plan order.
    public let issues: [IssueBudget]
    /// The previous fiscal year's total from the plan's own 予算額 lines, when every issue states one.
    public let previousYearTotal: ThousandYen?

    /// The plan's total, or `nil` when no issue has a budget (予算なし): what outputs show.
    public var knownTotal: ThousandYen? { issues.contains { $0.basis != .none } ? total : nil }

    /// Sums the budgets of `plan` for its fiscal year.
    /// - Throws: ``BudgetError/overflow(_:)`` when a total does not fit.
    /// - Complexity: O(number of initiatives and budget lines).
    public init(_ plan: borrowing OperatingPlan) throws(BudgetError) {
        // Through the buffer, so that each issue is read where it stands rather than copied with all its text.
        let fiscalYear = plan.fiscalYear
        let (issues, total) = try plan.issues.withUnsafeBufferPointer { (stored) throws(BudgetError) in
            var issues: [IssueBudget] = []
            issues.reserveCapacity(stored.count)
            var total = ThousandYen.zero
            for index in stored.indices {
                let issue = try IssueBudget(
                    number: stored[index].number, title: stored[index].title, strategies: stored[index].strategies,
                    budgetLines: stored[index].budgetLines, fiscalYear: fiscalYear)
                total = try total.adding(issue.total)
                issues.append(issue)
            }
            return (issues, total)
        }
        self.issues = issues
        self.total = total
        if !issues.isEmpty, issues.allSatisfy({ $0.previousYearBudget != nil }) {
            let previousTotal = try ThousandYen.sum(issues.lazy.compactMap(\.previousYearBudget))
            previousYearTotal = previousTotal
            changeFromPreviousYear = try BudgetChange(from: previousTotal, to: total)
        } else {
            previousYearTotal = nil
            changeFromPreviousYear = nil
        }
    }

    /// The change from the plan's own previous-year 予算額 to its total, when it states them.
    public let changeFromPreviousYear: BudgetChange?

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
    /// Where an issue's total comes from.
    public enum Basis: String, Sendable, Equatable {
        /// The sum of its 具体的取組, when any of them carries a budget.
        case initiatives
        /// Its own 予算額 line for the plan's year, when no 具体的取組 carries a budget.
        case statedBudget
        /// Neither: the issue has no budget for the year.
        case none
    }

    /// The issue's number.
    public let number: Int
    /// The issue's title.
    public let title: String
    /// The issue's budget for the plan's year (see ``basis``).
    public let total: ThousandYen
    /// Where ``total`` comes from.
    public let basis: Basis
    /// The sum over its strategies' 具体的取組.
    public let initiativesTotal: ThousandYen
    /// The 予算額 the issue states for the plan's year, if it states one.
    public let statedBudget: ThousandYen?
    /// The 予算額 the issue states for the year before, if it states one.
    public let previousYearBudget: ThousandYen?
    /// One roll-up per 戦略.
    public let strategies: [StrategyBudget]

    /// Rolls up `issue` for `fiscalYear`: the sum of its 具体的取組 when any carries a budget, else its stated
    /// 予算額 for the year.
    public init(_ issue: borrowing ManagementIssue, fiscalYear: FiscalYear) throws(BudgetError) {
        try self.init(
            number: issue.number, title: issue.title, strategies: issue.strategies, budgetLines: issue.budgetLines,
            fiscalYear: fiscalYear)
    }

    /// Rolls up an issue from the parts a roll-up reads, so that a plan's issues are not copied with all their text.
    init(
        number: Int, title: String, strategies issueStrategies: [Strategy], budgetLines: [IssueBudgetLine],
        fiscalYear: FiscalYear
    ) throws(BudgetError) {
        let (strategies, initiativesTotal) = try issueStrategies.withUnsafeBufferPointer { (stored) throws(BudgetError) in
            var strategies: [StrategyBudget] = []
            strategies.reserveCapacity(stored.count)
            var initiativesTotal = ThousandYen.zero
            for index in stored.indices {
                let strategy = try StrategyBudget(stored[index])
                initiativesTotal = try initiativesTotal.adding(strategy.total)
                strategies.append(strategy)
            }
            return (strategies, initiativesTotal)
        }
        self.number = number
        self.title = title
        self.strategies = strategies
        self.initiativesTotal = initiativesTotal
        statedBudget = budgetLines.budget(for: fiscalYear)
        previousYearBudget = budgetLines.budget(for: fiscalYear.previous)
        if strategies.contains(where: { $0.initiativeCount > $0.unbudgetedInitiativeCount }) {
            (total, basis) = (initiativesTotal, .initiatives)
        } else if let statedBudget {
            (total, basis) = (statedBudget, .statedBudget)
        } else {
            (total, basis) = (.zero, .none)
        }
    }

    /// The issue's budget, or `nil` when it has none (予算なし): what outputs show, where ``total`` counts 0.
    public var knownTotal: ThousandYen? { basis == .none ? nil : total }

    /// Whether the issue states a 予算額 for the year that its 具体的取組 do not add up to.
    public var statedBudgetDisagrees: Bool {
        basis == .initiatives && statedBudget.map { $0 != initiativesTotal } == true
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

    /// The strategy's total, or `nil` when none of its 具体的取組 carries a budget (予算なし): what outputs show.
    public var knownTotal: ThousandYen? { initiativeCount > unbudgetedInitiativeCount ? total : nil }

    /// Sums the budgets of `strategy`.
    public init(_ strategy: borrowing Strategy) throws(BudgetError) {
        id = strategy.id
        // One pass, nothing allocated: roll-ups run over every initiative of every plan.
        var total = ThousandYen.zero
        var unbudgeted = 0
        for index in strategy.initiatives.indices {
            if let budget = strategy.initiatives[index].budget { total = try total.adding(budget) } else { unbudgeted += 1 }
        }
        self.total = total
        initiativeCount = strategy.initiatives.count
        unbudgetedInitiativeCount = unbudgeted
    }
}
