import WardPlan

/// Budget totals gathered while plans stream past, for the 集計 sheet: ward × fiscal year, and for each
/// year ward × 経営課題 number — one version of each ward's plan per year (the most advanced). 経営課題 N is a
/// different issue in each ward, so issues are never added up across wards.
struct SummaryCollector {
    private(set) var ledger: BudgetLedger
    /// For each year and ward, the 経営課題 totals of the version counted.
    private(set) var byIssue: [FiscalYear: [String: [Int: ThousandYen]]] = [:]
    private(set) var planCount = 0

    /// A collector counting versions of one ward-year as `ledger` does.
    init(ledger: BudgetLedger) { self.ledger = ledger }

    mutating func add(_ budgeted: BudgetedPlan) throws(WardPlanError) {
        let plan = budgeted.plan
        planCount += 1
        guard try ledger.add(plan, budget: budgeted.budget) else { return }
        var issues: [Int: ThousandYen] = [:]
        for issue in budgeted.budget.issues { issues[issue.number] = try Self.sum(issues[issue.number], issue.total) }
        byIssue[plan.fiscalYear, default: [:]][plan.ward.name] = issues
    }

    private static func sum(_ total: ThousandYen?, _ amount: ThousandYen) throws(WardPlanError) -> ThousandYen {
        do { return try (total ?? .zero).adding(amount) } catch {
            throw WardPlanError(.budgetOverflow, .summaryTotals(error.message))
        }
    }

    /// The wards, in the city's order (by 全国地方公共団体コード).
    var wards: [String] { ledger.byWard.keys.sorted(by: Ward.isInCityOrder) }
    var fiscalYears: [FiscalYear] { ledger.byFiscalYear.keys.sorted() }
}
