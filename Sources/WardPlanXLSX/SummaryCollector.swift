import WardPlan

/// Budget totals gathered while plans stream past, for the 集計 sheet: ward × fiscal year, and for each
/// year ward × 経営課題 number — one version of each ward's plan per year (the most advanced).
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

    /// For each year, each 経営課題 number's total across wards (the bottom row of the ward × issue table).
    func issueTotals() throws(WardPlanError) -> [FiscalYear: [Int: ThousandYen]] {
        var totals: [FiscalYear: [Int: ThousandYen]] = [:]
        for (year, wards) in byIssue {
            for (number, amount) in wards.values.joined() { totals[year, default: [:]][number] = try Self.sum(totals[year]?[number], amount) }
        }
        return totals
    }

    private static func sum(_ total: ThousandYen?, _ amount: ThousandYen) throws(WardPlanError) -> ThousandYen {
        do { return try (total ?? .zero).adding(amount) } catch {
            throw WardPlanError(.budgetOverflow, "the totals of the 集計 sheet cannot be added up: \(error)")
        }
    }

    var wards: [String] { ledger.byWard.keys.sorted() }
    var fiscalYears: [FiscalYear] { ledger.byFiscalYear.keys.sorted() }
}
