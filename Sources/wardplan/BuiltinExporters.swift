import WardPlan
import WardPlanCSV
import WardPlanHTML
import WardPlanXLSX

/// The exporters the command line offers.
enum BuiltinExporters {
    static func registry() throws -> ExporterRegistry {
        var registry = ExporterRegistry()
        try registry.register(JSONExporter())
        try registry.register(CSVExporter())
        try registry.register(HTMLExporter())
        try registry.register(XLSXExporter())
        return registry
    }
}
