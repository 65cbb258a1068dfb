import ArgumentParser
import WardPlan
import WardPlanExport
import WardPlanInput

/// `wardplan export` — writes plans through a registered exporter, its options checked against the
/// exporter's own declarations.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export", abstract: "Export plans to a format (see `wardplan formats`).",
            discussion: "Format options, given as --name value or -O name=value:\n\n"
                + FormatsCommand.optionsHelp(CLIContext.current.registry))
    }

    /// The names of this command's own options, which format options may not take.
    static let ownOptionNames: Set<String> = ["format", "output", "option", "strict", "force", "help"]

    @OptionGroup var input: InputOptions

    @Option(help: "The export format's name.", completion: .custom { _, _, _ in CLIContext.current.registry.formats.map(\.name) })
    var format: String

    @Option(help: "Where to write: a file or folder as the format needs, or - for standard output.")
    var output: String

    @Option(name: [.customShort("O"), .customLong("option")], help: "A format option, name=value or name (repeatable).",
            completion: .custom { _, _, _ in
                CLIContext.current.registry.all.flatMap(\.declarations).flatMap { declaration in
                    declaration.completions.isEmpty ? ["\(declaration.name)="] : declaration.completions.map { "\(declaration.name)=\($0)" }
                }
            })
    var options: [String] = []

    @Flag(help: "Export plans even when validation finds errors in them (the errors are still printed).")
    var force = false

    /// The `-O` options as settings: `name=value`, or `name` alone for on.
    private var settings: [String: String] {
        var settings: [String: String] = [:]
        for option in options {
            let parts = option.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            settings[parts[0]] = parts.count > 1 ? parts[1] : "true"
        }
        return settings
    }

    func run() throws {
        let context = CLIContext.current
        let exporter = try context.registry.exporter(named: format)
        let settings = self.settings
        _ = try exporter.values(settings)
        var reader = input.reader()
        guard let first = try reader.next() else { throw input.noPlan }
        var pending: LoadedPlan? = first
        let force = self.force
        var plans = PlanStream(budgeted: {
            guard let loaded = try pending ?? reader.next() else { return nil }
            pending = nil
            return try Self.checked(loaded, force: force, console: context.console)
        })
        try exporter.export(&plans, to: Self.destination(output, console: context.console), settings: settings)
    }

    /// `-` is the console's output; anything else a path.
    private static func destination(_ argument: String, console: Console) -> ExportDestination {
        argument == "-" ? .stream(console.output) : .path(argument)
    }

    /// The plan with its roll-up, once its diagnostics are printed; refused when validation finds errors,
    /// unless forced; an error names the input the plan came from.
    private static func checked(_ loaded: LoadedPlan, force: Bool, console: Console) throws -> BudgetedPlan {
        let diagnostics = loaded.validation()
        console.report(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty || force else {
            throw WardPlanError(.invalidPlan, "the plan has \(errors.count) error(s) and is not exported (use --force to export it anyway)",
                                path: loaded.file)
        }
        do throws(WardPlanError) { return try BudgetedPlan(loaded.plan) } catch { throw error.inFile(loaded.file) }
    }
}
