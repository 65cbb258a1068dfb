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
    /// - Throws: ``ExportError`` when the name is taken already.
    public mutating func register<Exporter: PlanExporter>(_ exporter: Exporter) throws(ExportError) {
        let name = exporter.format.name
        guard exporters[name] == nil else {
            throw ExportError("an exporter named \"\(name)\" is registered already", destination: name)
        }
        exporters[name] = AnyPlanExporter(exporter)
    }

    /// The registered formats, by name.
    public var formats: [ExportFormat] { exporters.values.map(\.format).sorted { $0.name < $1.name } }

    /// The exporter registered as `name`.
    /// - Throws: ``ExportError`` naming the formats there are.
    public func exporter(named name: String) throws(ExportError) -> AnyPlanExporter {
        guard let exporter = exporters[name] else {
            let known = formats.map(\.name).joined(separator: ", ")
            throw ExportError("no exporter named \"\(name)\"; there are: \(known)", destination: name)
        }
        return exporter
    }
}

/// A registered exporter whose options come as ``ExportSettings``.
public struct AnyPlanExporter: Sendable {
    /// The exporter's format.
    public let format: ExportFormat
    /// The setting names it accepts.
    public let settingNames: [String]
    private let run: @Sendable (inout PlanStream, ExportDestination, ExportSettings) throws -> Void

    init<Exporter: PlanExporter>(_ exporter: Exporter) {
        format = exporter.format
        settingNames = Exporter.Options.settingNames
        run = { plans, destination, settings in
            let options = try Exporter.Options(settings: settings)
            try exporter.export(&plans, to: destination, options: options)
        }
    }

    /// Builds the exporter's options from `settings` and exports `plans` to `destination`.
    public func export(_ plans: inout PlanStream, to destination: ExportDestination, settings: ExportSettings) throws {
        try run(&plans, destination, settings)
    }
}
