/// A plan together with its budget roll-up, computed once: what exporters and reports receive, so that
/// none of them adds budgets again or pairs an issue with its roll-up by position.
public struct BudgetedPlan: Sendable, Equatable {
    /// The plan.
    public let plan: OperatingPlan
    /// Its roll-up: totals per 戦略, 経営課題 and plan.
    public let budget: PlanBudget

    /// Adds up the budgets of `plan`.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/budgetOverflow`` naming the plan, when a total does not fit.
    /// - Complexity: O(number of initiatives).
    public init(_ plan: OperatingPlan) throws(WardPlanError) {
        do {
            budget = try PlanBudget(plan)
        } catch {
            throw WardPlanError(.budgetOverflow, .planBudgetsCannotBeAdded(plan: "\(plan.ward.name) \(plan.fiscalYear.japaneseLabel)", error.message))
        }
        self.plan = plan
    }

    /// Each 経営課題 with its roll-up, in plan order.
    public var issues: [BudgetedIssue] {
        zip(plan.issues, budget.issues).map { BudgetedIssue(issue: $0, budget: $1) }
    }
}

/// A 経営課題 with its roll-up.
public struct BudgetedIssue: Sendable, Equatable {
    /// The issue.
    public let issue: ManagementIssue
    /// Its roll-up.
    public let budget: IssueBudget

    /// Each 戦略 of the issue with its roll-up, in plan order.
    public var strategies: [BudgetedStrategy] {
        zip(issue.strategies, budget.strategySlice).map { BudgetedStrategy(strategy: $0, budget: $1) }
    }
}

/// A 戦略 with its roll-up.
public struct BudgetedStrategy: Sendable, Equatable {
    /// The strategy.
    public let strategy: Strategy
    /// Its roll-up.
    public let budget: StrategyBudget
}
