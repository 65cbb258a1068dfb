import WardPlan

/// A registered exporter, its options taken as text (`-O name=value`) and checked against its declarations.
public struct AnyPlanExporter: Sendable {
    /// The exporter's format.
    public let format: ExportFormat
    /// Its options, in the order help lists them.
    public let declarations: [OptionDeclaration]
    private let run: @Sendable (inout PlanStream, ExportDestination, OptionValues) throws -> Void

    /// Wraps `exporter`.
    public init<Exporter: PlanExporter>(_ exporter: Exporter) {
        format = exporter.format
        declarations = Exporter.Options.declarations
        run = { plans, destination, values in
            try exporter.export(&plans, to: destination, options: Exporter.Options(values: values))
        }
    }

    /// Checks `settings` against the declarations (see ``OptionValues``).
    public func values(_ settings: [String: String]) throws(WardPlanError) -> OptionValues {
        try OptionValues(settings, declarations: declarations, format: format.name)
    }

    /// Exports `plans` to `destination` with the options `settings` gives.
    /// - Throws: ``WardPlanError``: ``WardPlanError/Kind/invalidOption`` for bad settings, the stream's errors,
    ///   the exporter's (any other error wrapped as ``WardPlanError/Kind/external``); an error that names no
    ///   place is placed at the destination.
    public func export(_ plans: inout PlanStream, to destination: ExportDestination, settings: [String: String] = [:])
        throws(WardPlanError)
    {
        let values = try values(settings)
        do { try run(&plans, destination, values) } catch {
            throw WardPlanError.wrapping(error, path: destination.description)
        }
    }
}
