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
    public var columns: [CSVColumn] {
        switch self {
        case .plans: CSVColumn.plan
        case .initiatives: CSVColumn.initiative
        case .reformItems: CSVColumn.reformItem
        }
    }

    /// The columns that identify a row.
    public var primaryKey: [CSVColumn] {
        switch self {
        case .plans: [CSVColumn.plan[0], CSVColumn.plan[1]]
        case .initiatives: [CSVColumn.initiative[0], CSVColumn.initiative[1], CSVColumn.initiative[7]]
        case .reformItems: [CSVColumn.reformItem[0], CSVColumn.reformItem[1], CSVColumn.reformItem[3]]
        }
    }

    /// The table's rows for one plan, each a list of cells matching ``columns``.
    func rows(of plan: OperatingPlan) throws(BudgetError) -> [[CSVCell]] {
        let ward = CSVCell.text(plan.ward.name)
        let year = CSVCell.integer(plan.fiscalYear.startYear)
        let label = CSVCell.text(plan.fiscalYear.japaneseLabel)
        switch self {
        case .plans:
            let budget = try PlanBudget(plan)
            return [[
                ward, year, label, .text(plan.status.rawValue), .text(plan.status.japaneseName), .text(plan.head),
                .text(plan.goal), .text(plan.mission), .integer(budget.total.amount), .integer(plan.issues.count),
                .integer(budget.initiativeCount), .integer(budget.unbudgetedInitiativeCount), .integer(plan.reformItems.count),
            ]]
        case .initiatives:
            return plan.initiativeEntries.map { entry in
                [
                    ward, year, label, .integer(entry.issue.number), .text(entry.issue.title), .text(entry.strategy.id.description),
                    .text(entry.strategy.title), .text(entry.initiative.id.description), .text(entry.initiative.title),
                    .integer(entry.initiative.budget?.amount), .text(entry.initiative.description),
                ]
            }
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

/// One cell value: text (subject to quoting and the formula guard) or an integer (written plainly).
enum CSVCell {
    case text(String?)
    case integer(Int?)
}
