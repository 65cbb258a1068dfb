/// The table the CSV exporter writes to standard output (`table=…`).
public enum CSVTableChoice: String, Sendable, CaseIterable {
    /// One row per plan.
    case plans
    /// One row per 具体的取組 (the default).
    case initiatives
    /// One row per 様式3 取組項目.
    case reformItems = "reform-items"
}
