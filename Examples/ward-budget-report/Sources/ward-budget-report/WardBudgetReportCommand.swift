import ArgumentParser
import Foundation
import WardBudgetReport
import WardPlan

/// `ward-budget-report FOLDER --year 2021 --ward 東住吉区 [--xlsx 集計.xlsx]`.
@main
struct WardBudgetReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ward-budget-report", abstract: "Cross-ward and year-over-year budget report over a folder of plan files.")

    @Argument(help: "A folder of plan files, read at any depth: published text (.txt), .json or .jsonl.")
    var folder: String

    @Option(help: "The fiscal year (西暦, e.g. 2021) of the cross-ward comparison.")
    var year: Int

    @Option(help: "The ward of the year-over-year report, e.g. 東住吉区.")
    var ward: String

    @Option(help: "Also write the 集計 and データ sheets to this workbook.")
    var xlsx: String?

    func run() throws {
        let report = try WardBudgetReport(folder: URL(fileURLWithPath: folder))
        for problem in report.problems { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
        print(report.crossWard(year: FiscalYear(year)))
        print()
        print(try report.yearOverYear(ward: ward))
        if let xlsx { try report.writeSummaryWorkbook(to: xlsx) }
    }
}
