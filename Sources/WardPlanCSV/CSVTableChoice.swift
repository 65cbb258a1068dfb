/// The table the CSV exporter writes to standard output (`table=…`).
public enum CSVTableChoice: String, Sendable, CaseIterable {
    /// One row per plan.
    case plans
    /// One row per 経営課題, with its budget and where it comes from.
    case issues
    /// One row per 予算額・決算額 line of a 経営課題 (the 2023+ layout).
    case issueBudgetLines = "issue-budget-lines"
    /// One row per 戦略.
    case strategies
    /// One row per アウトカム指標 and year measured.
    case outcomeIndicators = "outcome-indicators"
    /// One row per 具体的取組 (the default).
    case initiatives
    /// One row per 様式3 取組項目.
    case reformItems = "reform-items"
}
