import Foundation
import Testing
import WardPlan
import WardPlanCSV
import WardPlanExport
import WardPlanText
import TestSupport

/// The sample's tables byte for byte: a change to the CSV formatter or the tables fails here first.
@Suite("CSV golden files")
struct CSVGoldenTests {
    @Test("the sample's seven tables and datapackage.json match their golden files", arguments: [
        "initiatives.csv", "plans.csv", "issues.csv", "issue-budget-lines.csv", "strategies.csv", "outcome-indicators.csv",
        "reform-items.csv", "datapackage.json",
    ])
    func sample(file: String) throws {
        try check(Fixtures.higashisumiyoshi, file, golden: "higashisumiyoshi-r2.")
    }

    @Test("the 2023+ sample's issues, 予算額・決算額 lines, strategies and indicators match their golden files", arguments: [
        "issues.csv", "issue-budget-lines.csv", "plans.csv", "strategies.csv", "outcome-indicators.csv",
    ])
    func statedBudgets(file: String) throws {
        try check("samples/higashiura-r6-webpage.txt", file, golden: "higashiura-r6.")
    }

    private func check(_ fixture: String, _ file: String, golden: String) throws {
        let plan = try PublishedTextImporter().importPlan(from: Fixtures.data(fixture)).plan
        let output = MemoryOutput()
        var stream = PlanStream([plan])
        try CSVExporter().export(&stream, to: .memory(output), options: .init())
        let actual = try #require(output.contents(of: file))
        let expected = try GoldenFile.expected(golden + file, actual: actual)
        #expect(expected == actual, "\(GoldenFile.firstDifference(expected, actual))")
    }
}

@Suite("CSV formula guard by Unicode scalar")
struct CSVFormulaGuardScalarTests {
    @Test("a combining mark or joiner after = + - @ does not slip past the guard",
          arguments: ["=\u{301}HYPERLINK(\"x\")", "=\u{200D}1+1", "+\u{FE0F}1", "@\u{301}x"])
    func combiningMarks(text: String) throws {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].initiatives[0].description = text
        let sink = ByteSink(memoryNamed: "-")
        var stream = PlanStream([plan])
        try CSVExporter().export(&stream, to: .stream(sink), options: .init(encoding: .utf8))
        let rows = String(decoding: sink.bytes, as: UTF8.self).components(separatedBy: "\r\n")
        // The description follows the budget; 業績目標, the reviews and the strategy's text (all empty) come after it.
        let guarded = ",1000,'" + text + ",,,,"
        let quoted = ",1000,\"'" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\",,,,"
        #expect(rows[1].hasSuffix(guarded) || rows[1].hasSuffix(quoted), "\(rows[1])")
    }
}
