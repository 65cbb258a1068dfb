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

    /// Each format with its summary, then each option: `  --name <values> (default: …)` and its help below, in
    /// `language`.
    static func optionsHelp(_ registry: ExporterRegistry, in language: Language) -> String {
        registry.all.map { exporter in
            let lines = exporter.declarations.map { declaration in
                let defaultValue = Message.optionDefault(declaration.defaultValue).text(in: language)
                return "  \(declaration.usage) (\(defaultValue))\n      \(declaration.help.text(in: language))"
            }
            return (["\(exporter.format.name)\t\(exporter.format.summary.text(in: language))"] + lines).joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
