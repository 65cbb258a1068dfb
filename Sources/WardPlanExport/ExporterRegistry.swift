import WardPlan

/// The exporters available by name: a value the caller builds and passes in — no global state.
///
/// ```swift
/// var registry = ExporterRegistry()
/// try registry.register(JSONExporter())
/// try registry.register(MyExporter())   // an exporter from another package
/// ```
public struct ExporterRegistry: Sendable {
    private var exporters: [String: AnyPlanExporter] = [:]

    /// An empty registry.
    public init() {}

    /// Adds an exporter under its format's name.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/formatConflict`` when the name is taken.
    public mutating func register<Exporter: PlanExporter>(_ exporter: Exporter) throws(WardPlanError) {
        let wrapped = AnyPlanExporter(exporter)
        guard exporters[wrapped.format.name] == nil else {
            throw WardPlanError(.formatConflict, .formatRegisteredTwice(wrapped.format.name))
        }
        exporters[wrapped.format.name] = wrapped
    }

    /// The registered exporters, by format name.
    public var all: [AnyPlanExporter] { exporters.values.sorted { $0.format.name < $1.format.name } }

    /// The registered formats, by name.
    public var formats: [ExportFormat] { all.map(\.format) }

    /// The exporter registered as `name`.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/unknownFormat``, with the closest name and the list.
    public func exporter(named name: String) throws(WardPlanError) -> AnyPlanExporter {
        guard let exporter = exporters[name] else {
            let names = formats.map(\.name)
            throw WardPlanError(.unknownFormat, .unknownFormat(name, suggestion: Suggestion.closest(to: name, among: names),
                                                               formats: names.joined(separator: ", ")))
        }
        return exporter
    }
}
