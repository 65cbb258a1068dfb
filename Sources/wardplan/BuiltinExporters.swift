import WardPlan
import WardPlanCSV
import WardPlanHTML

/// The exporters the command line offers.
enum BuiltinExporters {
    static func registry() throws -> ExporterRegistry {
        var registry = ExporterRegistry()
        try registry.register(JSONExporter())
        try registry.register(CSVExporter())
        try registry.register(HTMLExporter())
        return registry
    }
}
