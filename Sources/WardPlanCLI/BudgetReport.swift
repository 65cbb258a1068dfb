import WardPlan

/// The budget roll-up that `wardplan summary` prints (and any tool may build), as JSON (`--format json`) or as a table.
///
/// The JSON keys are a contract other tools read: `plans`, `totalThousandYen`, and per plan `ward`,
/// `fiscalYear`, `fiscalYearLabel`, `status`, `totalThousandYen`, `initiativeCount`,
/// `unbudgetedInitiativeCount`, `previousYear` (from the plan's own 予算額 lines), `issues` (`number`, `label`,
/// `title`, `totalThousandYen`, `basis`, `statedBudgetThousandYen`, `previousYearBudgetThousandYen`,
/// `initiativeCount`).
public struct BudgetReport: Encodable, Sendable {
    public struct Plan: Encodable, Sendable {
        public let ward: String
        public let fiscalYear: Int
        public let fiscalYearLabel: String
        public let status: String
        public let statusLabel: String
        public let title: String?
        public let head: String?
        public let totalThousandYen: Int
        public let initiativeCount: Int
        public let budgetedInitiativeCount: Int
        public let unbudgetedInitiativeCount: Int
        public let issues: [Issue]
        /// 前年度比 from the plan's own previous-year 予算額 lines, when every issue states one.
        public let previousYear: OwnChange?
        /// What the import of this plan met, and the validator's errors: an error here means something
        /// (an unreadable budget, a negative one) is missing from these totals or wrong in them.
        public let problems: [Problem]
        /// False for a version set aside: another version of the same ward-year is in the totals.
        public internal(set) var counted = true
    }

    /// A problem met importing a plan, as data: `severity` is `error` or `warning`.
    public struct Problem: Encodable, Sendable {
        public let severity: String
        public let message: String
        public let file: String?
        public let line: Int?
        public let column: Int?
        public let field: String?

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message.english
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            field = diagnostic.location.field
        }
    }

    public struct Issue: Encodable, Sendable {
        public let number: Int
        /// The number as published when it is not a plain N (`1-(2)`).
        public let label: String?
        public let title: String
        public let totalThousandYen: Int
        /// Where the total comes from: `initiatives` (the sum of its 具体的取組), `statedBudget` (its own 予算額
        /// line for the plan's year, when no 具体的取組 carries a budget) or `none`.
        public let basis: String
        /// The 予算額 the issue states for the plan's year, if any.
        public let statedBudgetThousandYen: Int?
        /// The 予算額 the issue states for the year before, if any.
        public let previousYearBudgetThousandYen: Int?
        public let sharePerMille: Int?
        public let initiativeCount: Int
        public let unbudgetedInitiativeCount: Int
        public let strategies: [Strategy]
    }

    public struct Strategy: Encodable, Sendable {
        public let id: String
        public let totalThousandYen: Int
        public let initiativeCount: Int
    }

    /// A plan's change from the previous-year 予算額 it states itself.
    public struct OwnChange: Encodable, Sendable {
        public let fiscalYear: Int
        public let previousThousandYen: Int
        public let deltaThousandYen: Int
        /// 前年度比 in per-mille (1000 = unchanged); absent when the earlier total is zero.
        public let ratioPerMille: Int?
    }

    public struct Group: Encodable, Sendable {
        public let ward: String?
        public let fiscalYear: Int?
        public let fiscalYearLabel: String?
        public let totalThousandYen: Int
    }

    public struct Change: Encodable, Sendable {
        public let ward: String
        public let fromFiscalYear: Int
        public let toFiscalYear: Int
        public let previousThousandYen: Int
        public let currentThousandYen: Int
        public let deltaThousandYen: Int
        /// 前年度比 in per-mille (1000 = unchanged); absent when the earlier total is zero.
        public let ratioPerMille: Int?
    }

    public private(set) var plans: [Plan] = []
    public private(set) var totalThousandYen = 0
    /// False when an error (an unreadable budget, a negative one) makes the totals incomplete or doubtful;
    /// each is named in its plan's `problems`.
    public private(set) var complete = true
    public private(set) var byWard: [Group] = []
    public private(set) var byFiscalYear: [Group] = []
    public private(set) var yearOverYear: [Change] = []
    /// How several versions of one ward-year were counted: `latest`, `all` or `error`.
    public let versions: String
    /// The versions left out of the totals, each with the version counted instead.
    public private(set) var setAside: [SetAside] = []
    private var ledger: BudgetLedger

    /// A version left out of the totals.
    public struct SetAside: Encodable, Sendable {
        public let ward: String
        public let fiscalYear: Int
        public let status: String
        public let statusLabel: String
        public let file: String?
        /// The state and file of the version counted instead.
        public let countedStatus: String
        public let countedFile: String?
    }

    /// A ward-year-state, to look a plan up among the versions set aside.
    private struct VersionKey: Hashable {
        let ward: String
        let fiscalYear: Int
        let status: String
    }

    /// An empty report that counts versions of one ward-year by `versions`.
    public init(versions: VersionPolicy = .latest) {
        ledger = BudgetLedger(policy: versions)
        self.versions = versions.rawValue
    }

    /// Adds one plan's roll-up, read from `file`, with the `problems` its import met.
    /// - Throws: ``WardPlan/WardPlanError`` of kind ``WardPlan/WardPlanError/Kind/budgetOverflow`` when a total
    ///   across plans does not fit, ``WardPlan/WardPlanError/Kind/versionConflict`` for a version given twice.
    public mutating func add(_ budgeted: BudgetedPlan, file: String? = nil, problems: [Diagnostic] = []) throws(WardPlanError) {
        let plan = budgeted.plan
        let budget = budgeted.budget
        try ledger.add(plan, budget: budget, source: file)
        let issues = budgeted.issues.map { pair in
            let issue = pair.budget
            return Issue(number: issue.number, label: pair.issue.label, title: issue.title,
                         totalThousandYen: issue.total.amount, basis: issue.basis.rawValue,
                         statedBudgetThousandYen: issue.statedBudget?.amount,
                         previousYearBudgetThousandYen: issue.previousYearBudget?.amount,
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
            unbudgetedInitiativeCount: budget.unbudgetedInitiativeCount, issues: issues,
            previousYear: budget.changeFromPreviousYear.map {
                OwnChange(fiscalYear: plan.fiscalYear.previous.startYear, previousThousandYen: $0.previous.amount,
                          deltaThousandYen: $0.delta.amount, ratioPerMille: $0.ratio?.perMille)
            },
            problems: problems.map(Problem.init)))
        if problems.containsErrors { complete = false }
        totalThousandYen = ledger.total.amount
    }

    /// Settles the groupings across plans once every plan is in.
    public mutating func finish() throws(WardPlanError) {
        setAside = ledger.setAside.map {
            SetAside(ward: $0.version.ward, fiscalYear: $0.version.fiscalYear.startYear, status: $0.version.status.rawValue,
                     statusLabel: $0.version.status.japaneseName, file: $0.version.source,
                     countedStatus: $0.countedInstead.status.rawValue, countedFile: $0.countedInstead.source)
        }
        // Looked up in a set: a dataset of every ward over many years sets aside a version of thousands of plans.
        let setAsideVersions = Set(setAside.map { VersionKey(ward: $0.ward, fiscalYear: $0.fiscalYear, status: $0.status) })
        for index in plans.indices {
            let plan = plans[index]
            plans[index].counted = !setAsideVersions.contains(VersionKey(ward: plan.ward, fiscalYear: plan.fiscalYear, status: plan.status))
        }
        byWard = ledger.byWard.sorted { Ward.isInCityOrder($0.key, before: $1.key) }.map {
            Group(ward: $0.key, fiscalYear: nil, fiscalYearLabel: nil, totalThousandYen: $0.value.amount)
        }
        byFiscalYear = ledger.byFiscalYear.sorted { $0.key < $1.key }.map {
            Group(ward: nil, fiscalYear: $0.key.startYear, fiscalYearLabel: $0.key.japaneseLabel, totalThousandYen: $0.value.amount)
        }
        let changes: [(ward: String, from: FiscalYear, to: FiscalYear, change: BudgetChange)]
        do { changes = try ledger.yearOverYear() } catch {
            throw WardPlanError(.budgetOverflow, .yearOverYear(error.message))
        }
        yearOverYear = changes.map {
            Change(ward: $0.ward, fromFiscalYear: $0.from.startYear, toFiscalYear: $0.to.startYear,
                   previousThousandYen: $0.change.previous.amount, currentThousandYen: $0.change.current.amount,
                   deltaThousandYen: $0.change.delta.amount, ratioPerMille: $0.change.ratio?.perMille)
        }
    }

    private enum CodingKeys: String, CodingKey {
        case plans, totalThousandYen, complete, versions, setAside, byWard, byFiscalYear, yearOverYear
    }
}
