/// An exporter of plans to one format: the plug-in point for output formats.
///
/// Implement it in any module — this package's XLSX, CSV and HTML exporters are built the same
/// way — and register it in an ``ExporterRegistry``. Exporters read plans from a ``PlanStream``
/// one at a time, and write files atomically (see ``AtomicFile``).
public protocol PlanExporter: Sendable {
    /// The exporter's typed options.
    associatedtype Options: ExporterOptions

    /// The format's name, description and file extension.
    var format: ExportFormat { get }

    /// Writes every plan of `plans` to `destination`.
    /// - Throws: ``ExportError`` for output problems; input errors of the stream pass through.
    func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws
}

/// What an exporter writes, as users choose it by name.
public struct ExportFormat: Sendable, Hashable {
    /// The name users choose it by, e.g. `csv`.
    public let name: String
    /// One line saying what it writes.
    public let summary: String
    /// The file extension of its output, without the dot.
    public let fileExtension: String

    /// Creates a format description.
    public init(name: String, summary: String, fileExtension: String) {
        self.name = name
        self.summary = summary
        self.fileExtension = fileExtension
    }
}

/// Typed options of an exporter, built from command-line ``ExportSettings``.
public protocol ExporterOptions: Sendable {
    /// The setting names the options accept, for help and for rejecting unknown ones.
    static var settingNames: [String] { get }
    /// Builds the options; an error names the setting at fault and what it accepts.
    init(settings: ExportSettings) throws(ExportError)
}

/// Options of an exporter that has none.
public struct NoExportOptions: ExporterOptions {
    public static let settingNames: [String] = []
    /// No options.
    public init() {}
    public init(settings: ExportSettings) throws(ExportError) {
        try settings.checkNames([], format: "this")
    }
}
