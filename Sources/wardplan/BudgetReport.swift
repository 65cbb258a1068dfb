import WardPlan

/// The budget roll-up that `wardplan summary` prints, as JSON (`--format json`) or as a table.
///
/// The JSON keys are a contract other tools read: `plans`, `totalThousandYen`, and per plan `ward`,
/// `fiscalYear`, `fiscalYearLabel`, `status`, `totalThousandYen`, `initiativeCount`,
/// `unbudgetedInitiativeCount`, `issues` (`number`, `title`, `totalThousandYen`, `initiativeCount`).
struct BudgetReport: Encodable {
    struct Plan: Encodable {
        let ward: String
        let fiscalYear: Int
        let fiscalYearLabel: String
        let status: String
        let statusLabel: String
        let title: String?
        let head: String?
        let totalThousandYen: Int
        let initiativeCount: Int
        let budgetedInitiativeCount: Int
        let unbudgetedInitiativeCount: Int
        let issues: [Issue]
    }

    struct Issue: Encodable {
        let number: Int
        let title: String
        let totalThousandYen: Int
        let sharePerMille: Int?
        let initiativeCount: Int
        let unbudgetedInitiativeCount: Int
        let strategies: [Strategy]
    }

    struct Strategy: Encodable {
        let id: String
        let totalThousandYen: Int
        let initiativeCount: Int
    }

    struct Group: Encodable {
        let ward: String?
        let fiscalYear: Int?
        let fiscalYearLabel: String?
        let totalThousandYen: Int
    }

    struct Change: Encodable {
        let ward: String
        let fromFiscalYear: Int
        let toFiscalYear: Int
        let previousThousandYen: Int
        let currentThousandYen: Int
        let deltaThousandYen: Int
        /// 前年度比 in per-mille (1000 = unchanged); absent when the earlier total is zero.
        let ratioPerMille: Int?
    }

    private(set) var plans: [Plan] = []
    private(set) var totalThousandYen = 0
    private(set) var byWard: [Group] = []
    private(set) var byFiscalYear: [Group] = []
    private(set) var yearOverYear: [Change] = []
    private var ledger = BudgetLedger()

    /// Adds one plan's roll-up.
    mutating func add(_ plan: OperatingPlan) throws(BudgetError) {
        let budget = try PlanBudget(plan)
        try ledger.add(plan, budget: budget)
        let issues = budget.issues.map { issue in
            Issue(number: issue.number, title: issue.title, totalThousandYen: issue.total.amount,
                  sharePerMille: budget.share(of: issue)?.perMille, initiativeCount: issue.initiativeCount,
                  unbudgetedInitiativeCount: issue.unbudgetedInitiativeCount,
                  strategies: issue.strategies.map {
                      Strategy(id: $0.id.description, totalThousandYen: $0.total.amount, initiativeCount: $0.initiativeCount)
                  })
        }
        plans.append(Plan(
            ward: plan.ward.name, fiscalYear: plan.fiscalYear.startYear, fiscalYearLabel: plan.fiscalYear.japaneseLabel,
            status: plan.status.rawValue, statusLabel: plan.status.japaneseName, title: plan.title, head: plan.head,
            totalThousandYen: budget.total.amount, initiativeCount: budget.initiativeCount,
            budgetedInitiativeCount: budget.budgetedInitiativeCount,
            unbudgetedInitiativeCount: budget.unbudgetedInitiativeCount, issues: issues))
        totalThousandYen = ledger.total.amount
    }

    /// Settles the groupings across plans once every plan is in.
    mutating func finish() throws(BudgetError) {
        byWard = ledger.byWard.sorted { $0.key < $1.key }.map {
            Group(ward: $0.key, fiscalYear: nil, fiscalYearLabel: nil, totalThousandYen: $0.value.amount)
        }
        byFiscalYear = ledger.byFiscalYear.sorted { $0.key < $1.key }.map {
            Group(ward: nil, fiscalYear: $0.key.startYear, fiscalYearLabel: $0.key.japaneseLabel, totalThousandYen: $0.value.amount)
        }
        yearOverYear = try ledger.yearOverYear().map {
            Change(ward: $0.ward, fromFiscalYear: $0.from.startYear, toFiscalYear: $0.to.startYear,
                   previousThousandYen: $0.change.previous.amount, currentThousandYen: $0.change.current.amount,
                   deltaThousandYen: $0.change.delta.amount, ratioPerMille: $0.change.ratio?.perMille)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case plans, totalThousandYen, byWard, byFiscalYear, yearOverYear
    }
}
