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
        // Through the buffer, so that each issue is read where it stands rather than copied with all its text. The
        // roll-ups of every 戦略 of the plan are one array, which each issue's roll-up shares: a plan's roll-up makes
        // two arrays, not one more for each issue.
        let fiscalYear = plan.fiscalYear
        let (issues, total) = try plan.issues.withUnsafeBufferPointer { (stored) throws(BudgetError) in
            var strategies: [StrategyBudget] = []
            strategies.reserveCapacity(stored.reduce(0) { $0 + $1.strategies.count })
            for index in stored.indices { try StrategyBudget.append(stored[index].strategies, to: &strategies) }
            var issues: [IssueBudget] = []
            issues.reserveCapacity(stored.count)
            var total = ThousandYen.zero
            var start = 0
            for index in stored.indices {
                let end = start + stored[index].strategies.count
                let issue = try IssueBudget(
                    number: stored[index].number, title: stored[index].title, strategies: strategies, of: start..<end,
                    budgetLines: stored[index].budgetLines, fiscalYear: fiscalYear)
                total = try total.adding(issue.total)
                issues.append(issue)
                start = end
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
    /// The roll-ups of the issue's 戦略: ``strategyBudgets``'s elements in ``strategyRange``, an array its plan's
    /// roll-up shares among its issues.
    private let strategyBudgets: [StrategyBudget]
    private let strategyRange: Range<Int>

    /// One roll-up per 戦略.
    /// - Complexity: O(number of strategies): the array is made on each access.
    public var strategies: [StrategyBudget] { Array(strategySlice) }

    /// The roll-ups of the issue's 戦略 where they are stored.
    var strategySlice: ArraySlice<StrategyBudget> { strategyBudgets[strategyRange] }

    /// Rolls up `issue` for `fiscalYear`: the sum of its 具体的取組 when any carries a budget, else its stated
    /// 予算額 for the year.
    public init(_ issue: borrowing ManagementIssue, fiscalYear: FiscalYear) throws(BudgetError) {
        var strategies: [StrategyBudget] = []
        strategies.reserveCapacity(issue.strategies.count)
        try StrategyBudget.append(issue.strategies, to: &strategies)
        try self.init(
            number: issue.number, title: issue.title, strategies: strategies, of: strategies.indices,
            budgetLines: issue.budgetLines, fiscalYear: fiscalYear)
    }

    /// Rolls up an issue from the parts a roll-up reads, so that a plan's issues are not copied with all their text:
    /// its 戦略's roll-ups are `strategies[range]`.
    init(
        number: Int, title: String, strategies: [StrategyBudget], of range: Range<Int>, budgetLines: [IssueBudgetLine],
        fiscalYear: FiscalYear
    ) throws(BudgetError) {
        var initiativesTotal = ThousandYen.zero
        for index in range { initiativesTotal = try initiativesTotal.adding(strategies[index].total) }
        self.number = number
        self.title = title
        strategyBudgets = strategies
        strategyRange = range
        self.initiativesTotal = initiativesTotal
        let statedBudget = budgetLines.budget(for: fiscalYear)
        self.statedBudget = statedBudget
        previousYearBudget = budgetLines.budget(for: fiscalYear.previous)
        (total, basis) = Self.total(
            initiativesTotal: initiativesTotal,
            anyBudgeted: strategies[range].contains { $0.knownTotal != nil },
            statedBudget: statedBudget)
    }

    /// An issue's total and where it comes from: `initiativesTotal` when any of its 具体的取組 carries a budget
    /// (`anyBudgeted`), else its stated 予算額 for the year, read only then.
    static func total(
        initiativesTotal: ThousandYen, anyBudgeted: Bool, statedBudget: @autoclosure () -> ThousandYen?
    ) -> (ThousandYen, Basis) {
        if anyBudgeted { return (initiativesTotal, .initiatives) }
        if let stated = statedBudget() { return (stated, .statedBudget) }
        return (.zero, .none)
    }

    /// The sum of the budgets of the 具体的取組 of `strategies`, and whether any of them carries one. Inlined into
    /// the ledger's roll-up, where a plan has about one 具体的取組 to a 戦略 and a call per 戦略 costs as much as its sum.
    @inline(__always)
    static func sumOfInitiatives(
        of strategies: [Strategy]
    ) throws(BudgetError) -> (total: ThousandYen, anyBudgeted: Bool) {
        try strategies.withUnsafeBufferPointer { (stored) throws(BudgetError) in
            var total = ThousandYen.zero
            var anyBudgeted = false
            for index in stored.indices {
                let strategy = try StrategyBudget(stored[index])
                total = try total.adding(strategy.total)
                anyBudgeted = anyBudgeted || strategy.knownTotal != nil
            }
            return (total, anyBudgeted)
        }
    }

    /// The issue's budget, or `nil` when it has none (予算なし): what outputs show, where ``total`` counts 0.
    public var knownTotal: ThousandYen? { basis == .none ? nil : total }

    /// Whether the issue states a 予算額 for the year that its 具体的取組 do not add up to.
    public var statedBudgetDisagrees: Bool {
        basis == .initiatives && statedBudget.map { $0 != initiativesTotal } == true
    }

    /// How many 具体的取組 the issue has.
    public var initiativeCount: Int { strategySlice.reduce(0) { $0 + $1.initiativeCount } }
    /// How many of them carry no budget.
    public var unbudgetedInitiativeCount: Int { strategySlice.reduce(0) { $0 + $1.unbudgetedInitiativeCount } }

    /// Two roll-ups are equal when their figures and their strategies' roll-ups are, wherever those are stored.
    public static func == (lhs: IssueBudget, rhs: IssueBudget) -> Bool {
        lhs.number == rhs.number && lhs.title == rhs.title && lhs.total == rhs.total && lhs.basis == rhs.basis
            && lhs.initiativesTotal == rhs.initiativesTotal && lhs.statedBudget == rhs.statedBudget
            && lhs.previousYearBudget == rhs.previousYearBudget && lhs.strategySlice.elementsEqual(rhs.strategySlice)
    }
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

    /// Sums the budgets of `strategy`: one pass, nothing allocated, as roll-ups run over every initiative of every
    /// plan (and inlined where they run).
    @inline(__always)
    public init(_ strategy: borrowing Strategy) throws(BudgetError) {
        id = strategy.id
        var total = ThousandYen.zero
        var unbudgeted = 0
        for index in strategy.initiatives.indices {
            guard let budget = strategy.initiatives[index].budget else {
                unbudgeted += 1
                continue
            }
            total = try total.adding(budget)
        }
        self.total = total
        initiativeCount = strategy.initiatives.count
        unbudgetedInitiativeCount = unbudgeted
    }

    /// Appends the roll-up of each of `strategies`, read where they stand, to `budgets`.
    static func append(_ strategies: [Strategy], to budgets: inout [StrategyBudget]) throws(BudgetError) {
        try strategies.withUnsafeBufferPointer { (stored) throws(BudgetError) in
            for index in stored.indices { budgets.append(try StrategyBudget(stored[index])) }
        }
    }
}
