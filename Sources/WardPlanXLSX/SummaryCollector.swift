import WardPlan

/// Budget totals gathered while plans stream past, for the 集計 sheet: ward × fiscal year, and for each
/// year ward × 経営課題 number.
struct SummaryCollector {
    private(set) var ledger = BudgetLedger()
    private(set) var byIssue: [FiscalYear: [String: [Int: ThousandYen]]] = [:]
    /// For each year, each 経営課題 number's total across wards (the bottom row of the ward × issue table).
    private(set) var issueTotals: [FiscalYear: [Int: ThousandYen]] = [:]
    private(set) var planCount = 0

    mutating func add(_ budgeted: BudgetedPlan) throws(BudgetError) {
        let plan = budgeted.plan
        let budget = budgeted.budget
        try ledger.add(plan, budget: budget)
        var issues = byIssue[plan.fiscalYear, default: [:]][plan.ward.name, default: [:]]
        var totals = issueTotals[plan.fiscalYear, default: [:]]
        for issue in budget.issues {
            issues[issue.number] = try (issues[issue.number] ?? .zero).adding(issue.total)
            totals[issue.number] = try (totals[issue.number] ?? .zero).adding(issue.total)
        }
        issueTotals[plan.fiscalYear] = totals
        byIssue[plan.fiscalYear, default: [:]][plan.ward.name] = issues
        planCount += 1
    }

    var wards: [String] { ledger.byWard.keys.sorted() }
    var fiscalYears: [FiscalYear] { ledger.byFiscalYear.keys.sorted() }
}
