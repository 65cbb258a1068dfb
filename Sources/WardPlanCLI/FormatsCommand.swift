import ArgumentParser
import WardPlanExport

/// `wardplan formats` — the registered exporters and their options.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "formats", abstract: "List the export formats and their options.")

    func run() throws {
        let registry = CLIContext.current.registry
        try CLIContext.current.console.print(Self.optionsHelp(registry))
    }

    /// Each format with its summary, then each option: `  --name <values> (default: …)` and its help below.
    static func optionsHelp(_ registry: ExporterRegistry) -> String {
        registry.all.map { exporter in
            let lines = exporter.declarations.map { declaration in
                "  \(declaration.usage) (default: \(declaration.defaultValue))\n      \(declaration.help)"
            }
            return (["\(exporter.format.name)\t\(exporter.format.summary)"] + lines).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
