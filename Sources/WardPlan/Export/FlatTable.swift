/// A column of a flat, machine-readable table (CSV, the XLSX データ sheet): one value per cell,
/// units in the header, 西暦 beside 和暦.
public struct TableColumn: Sendable, Equatable {
    /// The Japanese header, e.g. `予算額(千円)`.
    public let japanese: String
    /// The English header, e.g. `budget_thousand_yen`.
    public let english: String
    /// Whether the column holds whole numbers (else text).
    public let isInteger: Bool
    /// The unit of a number column, e.g. `千円`.
    public let unit: String?

    /// Creates a column.
    public init(_ japanese: String, _ english: String, integer: Bool = false, unit: String? = nil) {
        self.japanese = japanese
        self.english = english
        self.isInteger = integer
        self.unit = unit
    }
}

/// One cell of a flat table: text, or a whole number written plainly. `nil` is an empty cell.
public enum TableValue: Sendable, Equatable {
    case text(String?)
    case integer(Int?)
}

/// The flat table of 具体的取組: one row per initiative with its plan, issue and strategy.
/// CSV's `initiatives.csv` and the XLSX データ sheet share it.
public enum InitiativeTable {
    /// The ward column, shared by every flat table.
    public static let ward = TableColumn("区名", "ward")
    /// The 西暦 fiscal-year column.
    public static let fiscalYear = TableColumn("年度", "fiscal_year", integer: true)
    /// The 和暦 label column.
    public static let fiscalYearLabel = TableColumn("年度(和暦)", "fiscal_year_label")

    /// The columns, in order.
    public static let columns = [
        ward, fiscalYear, fiscalYearLabel, TableColumn("経営課題番号", "issue_number", integer: true),
        TableColumn("経営課題名", "issue_title"), TableColumn("戦略番号", "strategy_id"), TableColumn("戦略名", "strategy_title"),
        TableColumn("具体的取組番号", "initiative_id"), TableColumn("具体的取組名", "initiative_title"),
        TableColumn("予算額(千円)", "budget_thousand_yen", integer: true, unit: "千円"), TableColumn("取組内容", "description"),
    ]

    /// The rows of one plan, each matching ``columns``.
    public static func rows(of plan: OperatingPlan) -> [[TableValue]] {
        plan.initiativeEntries.map { entry in
            [
                .text(plan.ward.name), .integer(plan.fiscalYear.startYear), .text(plan.fiscalYear.japaneseLabel),
                .integer(entry.issue.number), .text(entry.issue.title), .text(entry.strategy.id.description),
                .text(entry.strategy.title), .text(entry.initiative.id.description), .text(entry.initiative.title),
                .integer(entry.initiative.budget?.amount), .text(entry.initiative.description),
            ]
        }
    }
}
