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
    @Test("the sample's five tables and datapackage.json match their golden files", arguments: [
        "initiatives.csv", "plans.csv", "issues.csv", "issue-budget-lines.csv", "reform-items.csv", "datapackage.json",
    ])
    func sample(file: String) throws {
        try check(Fixtures.higashisumiyoshi, file, golden: "higashisumiyoshi-r2.")
    }

    @Test("the 2023+ sample's issues and their 予算額・決算額 lines match their golden files", arguments: [
        "issues.csv", "issue-budget-lines.csv", "plans.csv",
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
        #expect(rows[1].hasSuffix(",1000,'" + text) || rows[1].hasSuffix(",1000,\"'" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""),
                "\(rows[1])")
    }
}
