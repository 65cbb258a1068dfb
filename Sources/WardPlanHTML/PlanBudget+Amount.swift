import WardPlan

// A roll-up's total as the pages show it: the amount, or none when nothing in it carries a budget, so that a
// missing budget reads 予算なし and never 0. A stated budget of 0千円 stays an amount.

extension StrategyBudget {
    /// The sum of the strategy's budgets, or `nil` when none of its 具体的取組 carries one.
    var amount: ThousandYen? { initiativeCount > unbudgetedInitiativeCount ? total : nil }
}

extension IssueBudget {
    /// The issue's budget for the year, or `nil` when neither its 具体的取組 nor its own 予算額 line gives one.
    var amount: ThousandYen? { basis == .none ? nil : total }
}

extension PlanBudget {
    /// The plan's total, or `nil` when none of its 経営課題 has a budget for the year.
    var amount: ThousandYen? { issues.contains { $0.amount != nil } ? total : nil }
}
