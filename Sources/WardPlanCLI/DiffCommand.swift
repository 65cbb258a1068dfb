import ArgumentParser
import Foundation
import WardPlan
import WardPlanExport
import WardPlanHTML
import WardPlanInput
import WardPlanJSON
import WardPlanXLSX

/// `wardplan diff OLD NEW` — the 新旧対照表 of two plans: two versions of one year, or two years of one ward.
struct DiffCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "diff", abstract: Message.diffAbstract.localized, discussion: Message.diffDiscussion.localized)
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, xlsx
    }

    @Argument(help: ArgumentHelp(.diffOldHelp))
    var old: String

    @Argument(help: ArgumentHelp(.diffNewHelp))
    var new: String

    @Option(help: ArgumentHelp(.diffFormatHelp))
    var format: Format = .text

    @Option(help: ArgumentHelp(.diffOutputHelp))
    var output: String?

    @Flag(help: ArgumentHelp(.exitCodeHelp))
    var exitCode = false

    @Flag(help: ArgumentHelp(.diffStrictHelp))
    var strict = false

    @Flag(help: ArgumentHelp(.diffForceHelp))
    var force = false

    func validate() throws {
        if format == .xlsx, output == nil || output == "-" {
            throw ValidationError(Message.xlsxDiffNeedsFile.localized)
        }
    }

    func run() throws {
        let console = CLIContext.current.console
        let diff = PlanDiff(from: try plan(old), to: try plan(new))
        let destination: ExportDestination = output.map { $0 == "-" ? .stream(console.output) : .path($0) } ?? .stream(console.output)
        switch format {
        case .text:
            let colored = output == nil && console.output.isTerminal
            try destination.writeFile(named: "diff.txt") { writer in try writer.write(PlanDiffText.render(diff, colored: colored) + "\n") }
        case .json:
            let encoder = PlanJSON.encoder(pretty: true)
            let json = try encoder.encode(diff)
            try destination.writeFile(named: "diff.json") { writer in try writer.write(bytes: Array(json) + [0x0A]) }
        case .html:
            let page = try ComparisonPage(diff).render()
            try destination.writeFile(named: "diff.html") { writer in try writer.write(page) }
        case .xlsx:
            try ComparisonWorkbook(diff).write(to: destination)
        }
        if exitCode && diff.hasChanges { throw ExitCode(1) }
    }

    /// The one plan in `path`, with its roll-up; import problems are reported.
    private func plan(_ path: String) throws -> BudgetedPlan {
        var reader = ReportingPlanReader(paths: [path], strict: strict)
        guard let loaded = try reader.next() else { throw WardPlanError(.invalidInput, .inputHoldsNoPlan, path: path) }
        CLIContext.current.console.report(loaded.diagnostics.map { $0.inFile(loaded.file) })
        if loaded.diagnostics.containsErrors && !force {
            // What the errors name (a budget that could not be read) would show as a change that is not one.
            throw WardPlanError(.invalidPlan, .importErrorsBeforeDiff, path: loaded.file)
        }
        guard try reader.next() == nil else {
            throw WardPlanError(.invalidInput, .severalPlansInDiff, path: path)
        }
        do throws(WardPlanError) { return try BudgetedPlan(loaded.plan) } catch { throw error.inFile(loaded.file) }
    }
}
