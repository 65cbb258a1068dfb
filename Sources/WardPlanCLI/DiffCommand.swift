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
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "新旧対照表: what changed from one plan to another (案 → 確定, or one year to the next).",
        discussion: """
            Formats: text (changes marked, coloured on a terminal), json (the PlanDiff, documented in the README), \
            html and xlsx (a 新旧対照表: 変更前 / 変更後 side by side, changed characters marked, budget deltas). \
            Exit status 0 whether or not the plans differ (1 when they differ with --exit-code), 1 on bad input, 2 on usage errors.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html, xlsx
    }

    @Argument(help: "The old plan: published text or a JSON file holding one plan.")
    var old: String

    @Argument(help: "The new plan.")
    var new: String

    @Option(help: "Output form: text, json, html or xlsx.")
    var format: Format = .text

    @Option(help: "Where to write: a file, or - for standard output (the default; xlsx needs a file).")
    var output: String?

    @Flag(help: "Exit 1 when the plans differ, as git diff --exit-code does.")
    var exitCode = false

    @Flag(help: "Fail on any problem met while importing text.")
    var strict = false

    @Flag(help: "Compare plans whose import met errors (an unreadable budget, say), which are otherwise refused.")
    var force = false

    func validate() throws {
        if format == .xlsx, output == nil || output == "-" {
            throw ValidationError("--format xlsx writes a workbook: name it with --output FILE.xlsx")
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
        var reader = PlanInputReader(paths: [path], strict: strict)
        guard let loaded = try reader.next() else { throw WardPlanError(.invalidInput, "the input holds no plan", path: path) }
        CLIContext.current.console.report(loaded.diagnostics.map { $0.inFile(path) })
        if loaded.diagnostics.containsErrors && !force {
            // What the errors name (a budget that could not be read) would show as a change that is not one.
            throw WardPlanError(.invalidPlan, "the import met errors (printed above): what they name would show as changed; "
                                    + "fix them, or compare anyway with --force", path: path)
        }
        guard try reader.next() == nil else {
            throw WardPlanError(.invalidInput, "the input holds several plans; diff compares one plan with one plan", path: path)
        }
        do throws(WardPlanError) { return try BudgetedPlan(loaded.plan) } catch { throw error.inFile(path) }
    }
}
