import WardPlan

extension TableColumn {
    /// The header in the chosen language.
    public func name(_ header: CSVExporter.HeaderLanguage) -> String { header == .japanese ? japanese : english }
}
