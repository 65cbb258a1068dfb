import WardPlan

/// The exporters the command line offers.
enum BuiltinExporters {
    static func registry() throws -> ExporterRegistry {
        var registry = ExporterRegistry()
        try registry.register(JSONExporter())
        return registry
    }
}
