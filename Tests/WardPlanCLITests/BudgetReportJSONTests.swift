import Foundation
import Testing
import WardPlan
import WardPlanSynthetic
@testable import WardPlanCLI

/// `BudgetReport.json()` writes its bytes itself: they must be the bytes `JSONEncoder` writes for the report.
@Suite("summary JSON: written byte for byte as JSONEncoder writes it")
struct BudgetReportJSONTests {
    /// What `JSONEncoder` writes for `report` with the options the report's JSON promises.
    private func encoderJSON(_ report: BudgetReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    @Test("generated plans of 30 wards over 6 years: versions set aside, 2023+ budget lines, plans without budget")
    func generatedDataset() throws {
        var report = BudgetReport()
        let plans = Array(SyntheticDataset(wards: 30, years: 6, initiativesPerPlan: 12, seed: 7))
        for plan in plans { try report.add(BudgetedPlan(plan), file: "plans.jsonl") }
        try report.finish()
        #expect(!report.setAside.isEmpty)
        #expect(report.plans.contains { $0.issues.contains { $0.statedBudgetThousandYen != nil } })
        #expect(report.plans.contains { !$0.counted })
        #expect(!report.yearOverYear.isEmpty)
        let json = try report.json()
        #expect(json == (try encoderJSON(report)))
        #expect(json.hasPrefix("{\n  \"byFiscalYear\" : [\n    {\n      \"fiscalYear\" : "))
    }

    @Test("every optional present and absent, escapes, slashes, control characters, Japanese, an empty report")
    func oddValues() throws {
        #expect(try BudgetReport().json() == (try encoderJSON(BudgetReport())))
        var controls = ""
        for value in 0..<0x20 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        let odd = "\"引用\" \\ back/slash \u{7F} é \u{2028} \u{85}" + controls
        var plan = try #require(Array(SyntheticDataset(wards: 1, years: 1, initiativesPerPlan: 3, seed: 2, firstYear: 2024)).first)
        plan.title = odd
        plan.head = nil
        for index in plan.issues.indices {
            plan.issues[index].budgetLines.append(
                IssueBudgetLine(kind: .budget, fiscalYear: plan.fiscalYear.previous, amount: ThousandYen(1_000), text: "前年度予算額"))
        }
        let problems = [
            Diagnostic(.error, Message(odd), at: SourceLocation(file: "a/b.json", line: 3, column: 14, field: "issues[0].title")),
            Diagnostic(.warning, Message("no place"), at: SourceLocation()),
        ]
        var report = BudgetReport(versions: .all)
        try report.add(BudgetedPlan(plan), file: nil, problems: problems)
        try report.finish()
        #expect(!report.complete)
        #expect(report.plans.first?.previousYear != nil)
        let json = try report.json()
        #expect(json == (try encoderJSON(report)))
        #expect(json.contains("\"column\" : 14"))
        #expect(json.contains("back/slash"))
        #expect(json.contains("\\u001f"))
    }
}
