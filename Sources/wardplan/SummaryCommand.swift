import ArgumentParser
import Foundation
import WardPlan

/// `wardplan summary` — the budget roll-up of one or many plans.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "Budget totals per issue, plan, ward and fiscal year.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var input: InputOptions

    @Option(help: "Output form: text (a table) or json.")
    var format: Format = .text

    func run() throws {
        var report = BudgetReport()
        try input.forEachPlan { loaded in
            do { try report.add(loaded.plan) } catch {
                throw InputError("the budgets cannot be added up: \(error)", at: SourceLocation(file: loaded.file))
            }
        }
        try report.finish()
        switch format {
        case .text:
            print(BudgetReportText.render(report))
        case .json:
            let data = try PlanJSON.encoder().encode(report)
            print(String(decoding: data, as: UTF8.self))
        }
    }
}
