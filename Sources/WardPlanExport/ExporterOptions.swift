/// The typed options of an exporter, built from checked ``OptionValues``.
///
/// Declare each option once as a static ``ExportOption`` and list their declarations:
///
/// ```swift
/// struct Options: ExporterOptions {
///     static let level = ExportOption.integer("heading-level", default: 2, in: 1...4, help: "…")
///     static let declarations = [level.declaration]
///     var headingLevel: Int
///     init(values: OptionValues) { headingLevel = values[Self.level] }
/// }
/// ```
public protocol ExporterOptions: Sendable {
    /// Every option, in the order help lists them.
    static var declarations: [OptionDeclaration] { get }
    /// The options from checked values (unknown names and bad values were refused before).
    init(values: OptionValues)
}

/// Options of an exporter that has none.
public struct NoOptions: ExporterOptions {
    public static let declarations: [OptionDeclaration] = []
    /// No options.
    public init() {}
    public init(values: OptionValues) {}
}
