import WardPlanExport

/// The language of a CSV header row.
public enum HeaderLanguage: String, Sendable, CaseIterable {
    /// `区名,年度,…` (the default).
    case ja
    /// `ward,fiscal_year,…`.
    case en
}

extension TableColumn {
    /// The header in `language`.
    public func name(_ language: HeaderLanguage) -> String { language == .ja ? japanese : key }
}
