import ArgumentParser
import WardPlan
import WardPlanExport

/// `wardplan formats` — the registered exporters and their options.
struct FormatsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "formats", abstract: Message.formatsAbstract.localized)
    }

    func run() throws {
        try CLIContext.current.console.print(CLIContext.current.formatsHelp)
    }

    /// Each format with its summary, then each option: `  --name <values> (default: …)` and its help below.
    static func optionsHelp(_ registry: ExporterRegistry) -> String {
        registry.all.map { exporter in
            let lines = exporter.declarations.map { declaration in
                "  \(declaration.usage) (\(Message.optionDefault(declaration.defaultValue).localized))\n      \(declaration.help.localized)"
            }
            return (["\(exporter.format.name)\t\(exporter.format.summary.localized)"] + lines).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
