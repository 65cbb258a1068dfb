import WardPlan

/// A flat table of plans: its columns, its key, and how each plan becomes rows. CSV writes each table as
/// a file and the XLSX データ sheet is ``initiatives``, so the two never disagree.
///
/// Each column is defined together with the value it takes from a row, so columns and cells cannot drift.
public struct FlatTable: Sendable {
    /// The table's name, e.g. `initiatives`.
    public let name: String
    /// The columns, in order.
    public let columns: [TableColumn]
    /// The columns whose values identify a row.
    public let primaryKey: [TableColumn]
    /// How many columns the table begins with that are the plan's own (who, which year, which state): in the rows
    /// one ``forEachRow(of:_:)`` gives, these cells are the same, so a writer may format them once per plan.
    public var planColumnCount: Int { Self.planFields.count }
    /// Calls its function with each row's cells while it returns `true`.
    private let visitRows: @Sendable (BudgetedPlan, ([TableValue]) -> Bool) -> Void

    /// A table whose columns are the plan's own (``planFields``), then `fields` of each row `eachRow` gives.
    /// The plan's cells are worked out once per plan, and one array of cells is written over for each row.
    private init<Row>(
        _ name: String, _ fields: [Field<Row>], key: [String],
        eachRow: @escaping @Sendable (BudgetedPlan, (Row) -> Bool) -> Void
    ) {
        self.name = name
        let planFields = Self.planFields
        let columns = planFields.map(\.column) + fields.map(\.column)
        self.columns = columns
        primaryKey = key.compactMap { key in columns.first { $0.key == key } }
        visitRows = { plan, body in
            // The row's own cells are written over in place: the array is neither shrunk nor grown again.
            var cells = planFields.map { $0.value(plan.plan) } + Array(repeating: .integer(nil), count: fields.count)
            let planCellCount = planFields.count
            eachRow(plan) { row in
                for index in fields.indices { cells[planCellCount + index] = fields[index].value(row) }
                return body(cells)
            }
        }
    }

    /// A table whose rows of a plan are the list `rows` makes.
    private init<Row>(_ name: String, _ fields: [Field<Row>], key: [String], rows: @escaping @Sendable (BudgetedPlan) -> [Row]) {
        self.init(name, fields, key: key) { plan, body in
            for row in rows(plan) where !body(row) { return }
        }
    }

    /// Calls `body` with each row of one plan, in order, each matching ``columns``: a writer streams the rows
    /// out without a list of them. One array of cells is filled again for each row, so a `body` that only reads
    /// them copies nothing. The first error `body` throws ends the rows and is thrown.
    public func forEachRow<Failure: Error>(of plan: BudgetedPlan, _ body: ([TableValue]) throws(Failure) -> Void) throws(Failure) {
        var failure: Failure?
        visitRows(plan) { cells in
            do throws(Failure) {
                try body(cells)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
    }

    /// The rows of one plan, each matching ``columns``.
    public func rows(of plan: BudgetedPlan) -> [[TableValue]] {
        var rows: [[TableValue]] = []
        forEachRow(of: plan) { rows.append($0) }
        return rows
    }

    /// The tables, in the order they are written.
    public static let all = [plans, issues, issueBudgetLines, strategies, initiatives, outcomeIndicators, reformItems]
}

/// A column and the value it takes from a row.
private struct Field<Row>: Sendable {
    let column: TableColumn
    let value: @Sendable (Row) -> TableValue

    init(_ column: TableColumn, _ value: @escaping @Sendable (Row) -> TableValue) {
        self.column = column
        self.value = value
    }
}

/// One 具体的取組 with the 経営課題 and 戦略 above it, read where they stand in the plan: a row copies none of
/// them (a copy retains every text they hold, and this table has a row per initiative). Valid only while the
/// plan's rows are visited.
private struct InitiativeRow {
    private let issuePlace: UnsafePointer<ManagementIssue>
    private let strategyPlace: UnsafePointer<Strategy>
    private let initiativePlace: UnsafePointer<Initiative>

    init(_ issue: UnsafePointer<ManagementIssue>, _ strategy: UnsafePointer<Strategy>, _ initiative: UnsafePointer<Initiative>) {
        (issuePlace, strategyPlace, initiativePlace) = (issue, strategy, initiative)
    }

    var issue: ManagementIssue { unsafeAddress { issuePlace } }
    var strategy: Strategy { unsafeAddress { strategyPlace } }
    var initiative: Initiative { unsafeAddress { initiativePlace } }
}

/// Calls `body` with where each element of `array` stands while it returns `true`; returns whether it went through.
private func forEachPlace<Element>(in array: [Element], _ body: (UnsafePointer<Element>) -> Bool) -> Bool {
    array.withUnsafeBufferPointer { elements in
        guard let base = elements.baseAddress else { return true }
        for offset in elements.indices where !body(base + offset) { return false }
        return true
    }
}

/// One 経営課題 with its plan and roll-up.
private struct IssueRow: Sendable {
    let plan: OperatingPlan
    let budgeted: BudgetedIssue

    var issue: ManagementIssue { budgeted.issue }
    var budget: IssueBudget { budgeted.budget }
}

/// One 戦略 with its issue and roll-up.
private struct StrategyRow: Sendable {
    let plan: OperatingPlan
    let issue: ManagementIssue
    let budgeted: BudgetedStrategy

    var strategy: Strategy { budgeted.strategy }
}

/// One year's measurement of an アウトカム指標 (or the indicator alone, when it has none yet), with what it measures.
private struct IndicatorRow: Sendable {
    let plan: OperatingPlan
    let issue: ManagementIssue
    /// The strategy the indicator belongs to; `nil` for an issue-level indicator (the 2023+ layout).
    let strategy: Strategy?
    let number: Int
    let indicator: OutcomeIndicator
    let measurement: OutcomeIndicator.Measurement?

    /// Every indicator of a plan, one row per year measured.
    static func rows(of plan: OperatingPlan) -> [IndicatorRow] {
        plan.issues.flatMap { issue in
            let owners: [(Strategy?, [OutcomeIndicator])] = [(nil, issue.outcomeIndicators)] + issue.strategies.map { ($0, $0.outcomeIndicators) }
            return owners.flatMap { strategy, indicators in
                indicators.enumerated().flatMap { index, indicator in
                    (indicator.measurements.isEmpty ? [nil] : indicator.measurements.map(Optional.some)).map {
                        IndicatorRow(plan: plan, issue: issue, strategy: strategy, number: index + 1, indicator: indicator, measurement: $0)
                    }
                }
            }
        }
    }
}

/// One 予算額・決算額 line of a 経営課題.
private struct BudgetLineRow: Sendable {
    let plan: OperatingPlan
    let issue: ManagementIssue
    let line: IssueBudgetLine
}

/// One 様式3 取組項目 with its plan.
private struct ReformItemRow: Sendable {
    let plan: OperatingPlan
    let item: ReformItem
}

extension FlatTable {
    private static let localGovernmentCode = TableColumn("全国地方公共団体コード", "local_government_code", width: 10)
    private static let prefecture = TableColumn("都道府県名", "prefecture", width: 8)
    private static let municipality = TableColumn("市区町村名", "municipality", width: 8)
    private static let ward = TableColumn("区名", "ward", width: 10)
    private static let fiscalYear = TableColumn("年度", "fiscal_year", integer: true, width: 7)
    private static let fiscalYearLabel = TableColumn("年度(和暦)", "fiscal_year_label", width: 11)

    private static let status = TableColumn("状態", "status", width: 8)
    private static let statusLabel = TableColumn("状態(和文)", "status_label", width: 8)

    /// The columns every table begins with: who the plan is of, as open data names a local government (全国地方公共団体
    /// コード, 都道府県名, 市区町村名 — so that 北区 is not ambiguous nationally — then 区名), the fiscal year and the
    /// state, which tells the versions of one plan (案, 確定, …) apart and so is part of every key.
    private static let planFields: [Field<OperatingPlan>] = [
        Field(localGovernmentCode) { .text($0.ward.code ?? Ward(osakaCityName: $0.ward.name)?.code) },
        Field(prefecture) { .text(Ward(osakaCityName: $0.ward.name).map { _ in Ward.osakaPrefectureName }) },
        Field(municipality) { .text(Ward(osakaCityName: $0.ward.name).map { _ in Ward.osakaCityName }) },
        Field(ward) { .text($0.ward.name) },
        Field(fiscalYear) { .integer($0.fiscalYear.startYear) },
        Field(fiscalYearLabel) { .text($0.fiscalYear.japaneseLabel) },
        Field(status) { .text($0.status.rawValue) },
        Field(statusLabel) { .text($0.status.japaneseName) },
    ]

    /// One row per plan: front matter, totals and counts.
    public static let plans = FlatTable("plans", [
        Field(TableColumn("区長", "head")) { .text($0.plan.head) },
        Field(TableColumn("区の目標", "goal")) { .text($0.plan.goal) },
        Field(TableColumn("区の使命", "mission")) { .text($0.plan.mission) },
        Field(TableColumn("予算額合計(千円)", "total_budget_thousand_yen", integer: true, unit: "千円")) { .integer($0.budget.knownTotal?.amount) },
        Field(TableColumn("経営課題数", "issue_count", integer: true)) { .integer($0.plan.issues.count) },
        Field(TableColumn("具体的取組数", "initiative_count", integer: true)) { .integer($0.budget.initiativeCount) },
        Field(TableColumn("予算なし具体的取組数", "unbudgeted_initiative_count", integer: true)) {
            .integer($0.budget.unbudgetedInitiativeCount)
        },
        Field(TableColumn("取組項目数", "reform_item_count", integer: true)) { .integer($0.plan.reformItems.count) },
    ], key: ["ward", "fiscal_year", "status"]) { [$0] }

    /// One row per 経営課題: its budget for the plan's year and where that comes from, with its own 予算額 lines
    /// for the year and the year before, SDGs and counts.
    public static let issues = FlatTable("issues", [
        Field(TableColumn("経営課題番号", "issue_number", integer: true, width: 8)) { .integer($0.issue.number) },
        Field(TableColumn("経営課題番号(公表)", "issue_label", width: 8)) { .text($0.issue.publishedNumber) },
        Field(TableColumn("経営課題名", "issue_title", width: 36)) { .text($0.issue.title) },
        Field(TableColumn("予算額(千円)", "budget_thousand_yen", integer: true, unit: "千円", width: 12)) {
            .integer($0.budget.knownTotal?.amount)
        },
        Field(TableColumn("予算額の根拠", "budget_basis", width: 12)) { .text($0.budget.basis.rawValue) },
        Field(TableColumn("課題の予算額(千円)", "stated_budget_thousand_yen", integer: true, unit: "千円", width: 12)) {
            .integer($0.budget.statedBudget?.amount)
        },
        Field(TableColumn("前年度予算額(千円)", "previous_year_budget_thousand_yen", integer: true, unit: "千円", width: 12)) {
            .integer($0.budget.previousYearBudget?.amount)
        },
        Field(TableColumn("関連するSDGs", "sdgs", width: 10)) {
            .text($0.issue.sdgs.isEmpty ? nil : $0.issue.sdgs.map(String.init).joined(separator: ";"))
        },
        Field(TableColumn("戦略数", "strategy_count", integer: true)) { .integer($0.issue.strategies.count) },
        Field(TableColumn("具体的取組数", "initiative_count", integer: true)) { .integer($0.budget.initiativeCount) },
        Field(TableColumn("課題認識", "problem_recognition", width: 60)) { .text($0.issue.problemRecognition) },
    ], key: ["ward", "fiscal_year", "status", "issue_number"]) { budgeted in
        budgeted.issues.map { IssueRow(plan: budgeted.plan, budgeted: $0) }
    }

    /// One row per 予算額・決算額 line an issue states (the 2023+ layout), the amount exact and the text as published.
    public static let issueBudgetLines = FlatTable("issue-budget-lines", [
        Field(TableColumn("経営課題番号", "issue_number", integer: true, width: 8)) { .integer($0.issue.number) },
        Field(TableColumn("区分", "kind", width: 10)) { .text($0.line.kind.rawValue) },
        Field(TableColumn("区分(和文)", "kind_label", width: 8)) { .text($0.line.kind.japaneseName) },
        Field(TableColumn("対象年度", "line_fiscal_year", integer: true, width: 7)) { .integer($0.line.fiscalYear.startYear) },
        Field(TableColumn("金額(千円)", "amount_thousand_yen", integer: true, unit: "千円", width: 12)) { .integer($0.line.amount.amount) },
        Field(TableColumn("公表の表記", "text", width: 30)) { .text($0.line.text) },
    ], key: ["ward", "fiscal_year", "status", "issue_number", "kind", "line_fiscal_year"]) { budgeted in
        budgeted.plan.issues.flatMap { issue in issue.budgetLines.map { BudgetLineRow(plan: budgeted.plan, issue: issue, line: $0) } }
    }

    /// One row per 戦略: its text, its 具体的取組 and their budget total.
    public static let strategies = FlatTable("strategies", [
        Field(TableColumn("経営課題番号", "issue_number", integer: true, width: 8)) { .integer($0.issue.number) },
        Field(TableColumn("戦略番号", "strategy_id", width: 8)) { .text($0.strategy.id.description) },
        Field(TableColumn("戦略名", "strategy_title", width: 30)) { .text($0.strategy.title) },
        Field(TableColumn("戦略の内容", "strategy_description", width: 60)) { .text($0.strategy.description) },
        Field(TableColumn("具体的取組数", "initiative_count", integer: true)) { .integer($0.budgeted.budget.initiativeCount) },
        Field(TableColumn("予算額(千円)", "budget_thousand_yen", integer: true, unit: "千円", width: 12)) {
            // No budgeted 具体的取組: no budget, empty — never 0.
            let budget = $0.budgeted.budget
            return .integer(budget.knownTotal?.amount)
        },
        Field(TableColumn("中間振り返り", "interim_review", width: 60)) { .text($0.strategy.interimReview) },
        Field(TableColumn("自己評価", "self_evaluation", width: 60)) { .text($0.strategy.selfEvaluation) },
    ], key: ["ward", "fiscal_year", "status", "strategy_id"]) { budgeted in
        budgeted.issues.flatMap { issue in issue.strategies.map { StrategyRow(plan: budgeted.plan, issue: issue.issue, budgeted: $0) } }
    }

    /// One row per アウトカム指標 and year measured: target, actual and achievement rating as published.
    public static let outcomeIndicators = FlatTable("outcome-indicators", [
        Field(TableColumn("経営課題番号", "issue_number", integer: true, width: 8)) { .integer($0.issue.number) },
        Field(TableColumn("戦略番号", "strategy_id", width: 8)) { .text($0.strategy?.id.description) },
        Field(TableColumn("指標の対象", "owner", width: 10)) {
            .text($0.strategy.map { "戦略\($0.id)" } ?? "経営課題\($0.issue.publishedNumber)")
        },
        Field(TableColumn("指標番号", "indicator_number", integer: true, width: 6)) { .integer($0.number) },
        Field(TableColumn("アウトカム指標", "indicator", width: 40)) { .text($0.indicator.name) },
        Field(TableColumn("目標", "target", width: 16)) { .text($0.indicator.target) },
        // An indicator not yet measured is for the plan's year.
        Field(TableColumn("対象年度", "measured_fiscal_year", integer: true, width: 7)) {
            .integer(($0.measurement?.fiscalYear ?? $0.plan.fiscalYear).startYear)
        },
        Field(TableColumn("年度の目標", "year_target", width: 16)) { .text($0.measurement?.target) },
        Field(TableColumn("実績", "actual", width: 16)) { .text($0.measurement?.actual) },
        Field(TableColumn("達成状況", "rating", width: 8)) { .text($0.measurement?.rating) },
    ], key: ["ward", "fiscal_year", "status", "owner", "indicator_number", "measured_fiscal_year"]) { budgeted in
        IndicatorRow.rows(of: budgeted.plan)
    }

    /// One row per 具体的取組, with its 経営課題 and 戦略.
    public static let initiatives = FlatTable("initiatives", [
        Field(TableColumn("経営課題番号", "issue_number", integer: true, width: 8)) { .integer($0.issue.number) },
        Field(TableColumn("経営課題名", "issue_title", width: 36)) { .text($0.issue.title) },
        Field(TableColumn("戦略番号", "strategy_id", width: 8)) { .text($0.strategy.id.description) },
        Field(TableColumn("戦略名", "strategy_title", width: 30)) { .text($0.strategy.title) },
        Field(TableColumn("具体的取組番号", "initiative_id", width: 10)) { .text($0.initiative.id.description) },
        Field(TableColumn("具体的取組名", "initiative_title", width: 30)) { .text($0.initiative.title) },
        Field(TableColumn("予算額(千円)", "budget_thousand_yen", integer: true, unit: "千円", width: 12)) {
            .integer($0.initiative.budget?.amount)
        },
        Field(TableColumn("取組内容", "description", width: 60)) { .text($0.initiative.description) },
        Field(TableColumn("業績目標", "performance_target", width: 40)) { .text($0.initiative.performanceTarget) },
        Field(TableColumn("中間振り返り", "interim_review", width: 40)) { .text($0.initiative.interimReview) },
        Field(TableColumn("自己評価", "self_evaluation", width: 40)) { .text($0.initiative.selfEvaluation) },
        Field(TableColumn("戦略の内容", "strategy_description", width: 40)) { .text($0.strategy.description) },
    ], key: ["ward", "fiscal_year", "status", "initiative_id"]) { budgeted, body in
        _ = forEachPlace(in: budgeted.plan.issues) { issue in
            forEachPlace(in: issue.pointee.strategies) { strategy in
                forEachPlace(in: strategy.pointee.initiatives) { body(InitiativeRow(issue, strategy, $0)) }
            }
        }
    }

    /// One row per 様式3 取組項目.
    public static let reformItems = FlatTable("reform-items", [
        Field(TableColumn("取組項目番号", "item_number", integer: true)) { .integer($0.item.number) },
        Field(TableColumn("取組項目名", "item_title")) { .text($0.item.title) },
        Field(TableColumn("改革の柱", "pillar")) { .text($0.item.pillar?.text) },
        Field(TableColumn("改革の柱1", "pillar_level1", integer: true)) { .integer(pillarLevel($0.item, 0)) },
        Field(TableColumn("改革の柱2", "pillar_level2", integer: true)) { .integer(pillarLevel($0.item, 1)) },
        Field(TableColumn("改革の柱3", "pillar_level3", integer: true)) { .integer(pillarLevel($0.item, 2)) },
        Field(TableColumn("取組内容", "actions")) { .text($0.item.actions.joined(separator: "\n")) },
        Field(TableColumn("目標", "target")) { .text($0.item.target) },
    ], key: ["ward", "fiscal_year", "status", "item_number"]) { budgeted in
        budgeted.plan.reformItems.map { ReformItemRow(plan: budgeted.plan, item: $0) }
    }

    private static func pillarLevel(_ item: ReformItem, _ level: Int) -> Int? {
        guard let components = item.pillar?.components, components.count > level else { return nil }
        return components[level]
    }
}
