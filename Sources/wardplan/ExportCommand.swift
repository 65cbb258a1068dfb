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

    @Option(help: "csv: header language, ja or en.")
    var header: String?

    @Option(help: "csv: utf8-bom (default), utf8 or cp932.")
    var encoding: String?

    @Option(help: "csv: the table written to standard output: initiatives, plans or reform-items.")
    var table: String?

    @Option(help: "xlsx: forms, data or both.")
    var layout: String?

    @Flag(help: "csv: keep cells starting with = + - @ as they are (no formula guard).")
    var noFormulaGuard = false

    @Option(name: [.customShort("O"), .customLong("option")], help: "Any format option, name=value or name (repeatable).")
    var options: [String] = []

    /// The named options and the -O ones, as the exporter's settings.
    private var settings: ExportSettings {
        var settings = ExportSettings()
        for option in options {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            settings[parts.first ?? ""] = parts.count > 1 ? parts[1] : "true"
        }
        settings["header"] = header ?? settings["header"]
        settings["encoding"] = encoding ?? settings["encoding"]
        settings["table"] = table ?? settings["table"]
        settings["layout"] = layout ?? settings["layout"]
        if noFormulaGuard { settings["no-formula-guard"] = "true" }
        return settings
    }

    func run() throws {
        let exporter = try BuiltinExporters.registry().exporter(named: format)
        let settings = self.settings
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
