import Foundation
import ArgumentParser
import WardPlan
import WardPlanExport
import WardPlanInput

/// `wardplan export` — writes plans through a registered exporter, its options checked against the
/// exporter's own declarations.
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export", abstract: Message.exportAbstract.localized,
            discussion: Message.exportDiscussion.localized + "\n\n" + CLIContext.current.formatsHelp)
    }

    /// The names of this command's own options, which format options may not take.
    static let ownOptionNames: Set<String> = ["format", "output", "option", "strict", "force", "quiet", "split-by", "jobs", "help"]

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp(.formatHelp), completion: .custom { _, _, _ in CLIContext.current.registry.formats.map(\.name) })
    var format: String

    @Option(help: ArgumentHelp(.outputHelp))
    var output: String

    @Option(name: [.customShort("O"), .customLong("option")], help: ArgumentHelp(.optionHelp),
            completion: .custom { _, _, _ in
                CLIContext.current.registry.all.flatMap(\.declarations).flatMap { declaration in
                    declaration.completions.isEmpty ? ["\(declaration.name)="] : declaration.completions.map { "\(declaration.name)=\($0)" }
                }
            })
    var options: [String] = []

    @Flag(help: ArgumentHelp(.forceHelp))
    var force = false

    @Flag(help: ArgumentHelp(.quietHelp))
    var quiet = false

    @Option(name: .customLong("split-by"), help: ArgumentHelp(.splitByHelp))
    var splitBy: SplitKey?

    @Option(help: ArgumentHelp(.jobsHelp))
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if splitBy != nil, output == "-" { throw ValidationError(Message.splitNeedsFolder.localized) }
        guard jobs >= 1 else { throw ValidationError(Message.jobsAtLeastOne.localized) }
    }

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
        if output != "-", splitBy == nil, let warning = exporter.format.nameWarning(for: output) {
            context.console.report("\(output): \(Message.severity(.warning).localized): \(warning.localized)")
        }
        var reader = input.reader()
        guard let first = try reader.next() else { throw input.noPlan }
        var pending: LoadedPlan? = first
        let force = self.force
        var count = 0
        let next = {
            guard let loaded = try pending ?? reader.next() else { return nil as BudgetedPlan? }
            pending = nil
            count += 1
            return try Self.checked(loaded, force: force, console: context.console)
        }
        if let splitBy {
            let split = SplitExport(exporter: exporter, settings: settings, key: splitBy, jobs: jobs, console: context.console, quiet: quiet)
            try split.run(next, to: output)
        } else {
            var plans = PlanStream(budgeted: next)
            try exporter.export(&plans, to: Self.destination(output, console: context.console), settings: settings)
        }
        if !quiet, output != "-" { context.console.report(Message.wrote(output, plans: count, size: Self.size(of: output))) }
    }

    /// The size of what was written: a file's bytes, or the files in a folder (at any depth) and their bytes.
    private static func size(of path: String) -> Message {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return .nothingOnDisk }
        let bytes = { (path: String) in ((try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0 }
        guard isFolder.boolValue else { return .fileSize(bytes: bytes(path).formatted()) }
        var files = 0
        var total = 0
        for case let name as String in manager.enumerator(atPath: path) ?? FileManager.DirectoryEnumerator() {
            var isSubfolder: ObjCBool = false
            guard manager.fileExists(atPath: path + "/" + name, isDirectory: &isSubfolder), !isSubfolder.boolValue else { continue }
            files += 1
            total += bytes(path + "/" + name)
        }
        return .folderSize(files: files, bytes: total.formatted())
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
            throw WardPlanError(.invalidPlan, .planRefused(errors: errors.count), path: loaded.file)
        }
        do throws(WardPlanError) { return try BudgetedPlan(loaded.plan) } catch { throw error.inFile(loaded.file) }
    }
}
