import ArgumentParser
import Foundation
import WardPlan
import WardPlanExport

/// `wardplan summary` — the budget roll-up of one or many plans.
struct SummaryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "summary", abstract: Message.summaryAbstract.localized)
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp(.summaryFormatHelp))
    var format: Format = .text

    @Option(help: ArgumentHelp(.versionsHelp))
    var versions: VersionPolicy = .latest

    func run() throws {
        var report = BudgetReport(versions: versions)
        try input.forEachPlan { loaded in
            let invalid = loaded.validator.validate(loaded.plan, sourceMap: loaded.sourceMap).filter { $0.severity == .error }
            CLIContext.current.console.report(invalid.map { $0.inFile(loaded.file) })
            let problems = (loaded.diagnostics + invalid).map { $0.inFile(loaded.file) }
            do throws(WardPlanError) { try report.add(BudgetedPlan(loaded.plan), file: loaded.file, problems: problems) } catch {
                throw error.inFile(loaded.file)
            }
        }
        try report.finish()
        let console = CLIContext.current.console
        switch format {
        case .text:
            // WARDPLAN_AMBIGUOUS_WIDTH=2 for a terminal that draws East Asian Ambiguous characters (①, ■) wide.
            let ambiguous: DisplayWidth.Ambiguous = ProcessInfo.processInfo.environment["WARDPLAN_AMBIGUOUS_WIDTH"] == "2" ? .wide : .narrow
            try console.print(BudgetReportText.render(report, ambiguous: ambiguous))
        case .json:
            try report.writeJSONLine(to: console.output)
        }
    }
}

extension VersionPolicy: ExpressibleByArgument {}
