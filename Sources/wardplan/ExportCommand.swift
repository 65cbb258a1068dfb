import ArgumentParser
import WardPlan

/// `wardplan export` — writes plans through a registered exporter.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export plans to a format (see `wardplan formats`).")

    @OptionGroup var input: InputOptions

    @Option(help: "The export format's name.")
    var format: String

    @Option(help: "Where to write: a file or folder as the format needs, or - for standard output.")
    var output: String

    @Option(name: [.customShort("O"), .customLong("option")], help: "A format option, name=value or name (repeatable).")
    var options: [String] = []

    func run() throws {
        let exporter = try BuiltinExporters.registry().exporter(named: format)
        var settings = ExportSettings()
        for option in options {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            settings[parts[0]] = parts.count > 1 ? parts[1] : "true"
        }
        var reader = input.reader()
        guard let first = try reader.next() else {
            throw InputError("the inputs hold no plan", at: SourceLocation(file: input.inputs.first))
        }
        StandardError.report(first.diagnostics)
        var pending: LoadedPlan? = first
        var plans = PlanStream {
            if let plan = pending {
                pending = nil
                return plan.plan
            }
            guard let loaded = try reader.next() else { return nil }
            StandardError.report(loaded.diagnostics)
            return loaded.plan
        }
        try exporter.export(&plans, to: ExportDestination(argument: output), settings: settings)
    }
}
