import WardPlan

/// The three tables the CSV exporter writes: plans, initiatives (具体的取組) and reform items (様式3).
public enum CSVTable: String, CaseIterable, Sendable {
    /// One row per plan.
    case plans
    /// One row per 具体的取組, with its issue and strategy.
    case initiatives
    /// One row per 様式3 取組項目.
    case reformItems = "reform-items"

    /// The table's file name, e.g. `initiatives.csv`.
    public var fileName: String { rawValue + ".csv" }

    /// The table's columns, in order.
    public var columns: [TableColumn] {
        switch self {
        case .plans: Self.planColumns
        case .initiatives: InitiativeTable.columns
        case .reformItems: Self.reformItemColumns
        }
    }

    /// The columns that identify a row.
    public var primaryKey: [TableColumn] {
        switch self {
        case .plans: [columns[0], columns[1]]
        case .initiatives: [columns[0], columns[1], columns[7]]
        case .reformItems: [columns[0], columns[1], columns[3]]
        }
    }

    private static let planColumns = [
        InitiativeTable.ward, InitiativeTable.fiscalYear, InitiativeTable.fiscalYearLabel,
        TableColumn("状態", "status"), TableColumn("状態(和文)", "status_label"), TableColumn("区長", "head"),
        TableColumn("区の目標", "goal"), TableColumn("区の使命", "mission"),
        TableColumn("予算額合計(千円)", "total_budget_thousand_yen", integer: true, unit: "千円"),
        TableColumn("経営課題数", "issue_count", integer: true), TableColumn("具体的取組数", "initiative_count", integer: true),
        TableColumn("予算なし具体的取組数", "unbudgeted_initiative_count", integer: true),
        TableColumn("取組項目数", "reform_item_count", integer: true),
    ]

    private static let reformItemColumns = [
        InitiativeTable.ward, InitiativeTable.fiscalYear, InitiativeTable.fiscalYearLabel,
        TableColumn("取組項目番号", "item_number", integer: true), TableColumn("取組項目名", "item_title"),
        TableColumn("改革の柱", "pillar"), TableColumn("改革の柱1", "pillar_level1", integer: true),
        TableColumn("改革の柱2", "pillar_level2", integer: true), TableColumn("改革の柱3", "pillar_level3", integer: true),
        TableColumn("取組内容", "actions"), TableColumn("目標", "target"),
    ]

    /// The table's rows for one plan, each a list of cells matching ``columns``.
    func rows(of plan: OperatingPlan) throws(BudgetError) -> [[TableValue]] {
        let ward = TableValue.text(plan.ward.name)
        let year = TableValue.integer(plan.fiscalYear.startYear)
        let label = TableValue.text(plan.fiscalYear.japaneseLabel)
        switch self {
        case .plans:
            let budget = try PlanBudget(plan)
            return [[
                ward, year, label, .text(plan.status.rawValue), .text(plan.status.japaneseName), .text(plan.head),
                .text(plan.goal), .text(plan.mission), .integer(budget.total.amount), .integer(plan.issues.count),
                .integer(budget.initiativeCount), .integer(budget.unbudgetedInitiativeCount), .integer(plan.reformItems.count),
            ]]
        case .initiatives:
            return InitiativeTable.rows(of: plan)
        case .reformItems:
            return plan.reformItems.map { item in
                let levels = item.pillar?.components ?? []
                return [
                    ward, year, label, .integer(item.number), .text(item.title), .text(item.pillar?.text),
                    .integer(levels.count > 0 ? levels[0] : nil), .integer(levels.count > 1 ? levels[1] : nil),
                    .integer(levels.count > 2 ? levels[2] : nil), .text(item.actions.joined(separator: "\n")), .text(item.target),
                ]
            }
        }
    }
}
