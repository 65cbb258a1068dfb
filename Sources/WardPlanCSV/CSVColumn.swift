/// A column of a CSV table, with its Japanese and English header names and its type.
public struct CSVColumn: Sendable, Equatable {
    /// The Japanese header, e.g. `予算額(千円)`.
    public let japanese: String
    /// The English header, e.g. `budget_thousand_yen`.
    public let english: String
    /// Whether the column holds whole numbers (else text).
    public let isInteger: Bool
    /// The unit of a number column, e.g. `千円`.
    public let unit: String?

    init(_ japanese: String, _ english: String, integer: Bool = false, unit: String? = nil) {
        self.japanese = japanese
        self.english = english
        self.isInteger = integer
        self.unit = unit
    }

    /// The header in the chosen language.
    public func name(_ header: CSVExporter.HeaderLanguage) -> String { header == .japanese ? japanese : english }

    private static let ward = CSVColumn("区名", "ward")
    private static let fiscalYear = CSVColumn("年度", "fiscal_year", integer: true)
    private static let fiscalYearLabel = CSVColumn("年度(和暦)", "fiscal_year_label")

    static let plan = [
        ward, fiscalYear, fiscalYearLabel, CSVColumn("状態", "status"), CSVColumn("状態(和文)", "status_label"),
        CSVColumn("区長", "head"), CSVColumn("区の目標", "goal"), CSVColumn("区の使命", "mission"),
        CSVColumn("予算額合計(千円)", "total_budget_thousand_yen", integer: true, unit: "千円"),
        CSVColumn("経営課題数", "issue_count", integer: true), CSVColumn("具体的取組数", "initiative_count", integer: true),
        CSVColumn("予算なし具体的取組数", "unbudgeted_initiative_count", integer: true),
        CSVColumn("取組項目数", "reform_item_count", integer: true),
    ]

    static let initiative = [
        ward, fiscalYear, fiscalYearLabel, CSVColumn("経営課題番号", "issue_number", integer: true),
        CSVColumn("経営課題名", "issue_title"), CSVColumn("戦略番号", "strategy_id"), CSVColumn("戦略名", "strategy_title"),
        CSVColumn("具体的取組番号", "initiative_id"), CSVColumn("具体的取組名", "initiative_title"),
        CSVColumn("予算額(千円)", "budget_thousand_yen", integer: true, unit: "千円"), CSVColumn("取組内容", "description"),
    ]

    static let reformItem = [
        ward, fiscalYear, fiscalYearLabel, CSVColumn("取組項目番号", "item_number", integer: true),
        CSVColumn("取組項目名", "item_title"), CSVColumn("改革の柱", "pillar"),
        CSVColumn("改革の柱1", "pillar_level1", integer: true), CSVColumn("改革の柱2", "pillar_level2", integer: true),
        CSVColumn("改革の柱3", "pillar_level3", integer: true), CSVColumn("取組内容", "actions"), CSVColumn("目標", "target"),
    ]
}
