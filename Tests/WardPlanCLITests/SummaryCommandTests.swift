import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

@Suite("wardplan summary")
struct SummaryCommandTests {
    private func json(_ result: CommandResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    }

    @Test("JSON summary of the sample: 東住吉区, 2020, draft, 8 initiatives, 135,783千円 by issue")
    func sampleJSON() throws {
        let result = try CommandRunner.wardplan(["summary", Fixtures.url(Fixtures.higashisumiyoshi).path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty)
        let summary = try json(result)
        #expect(summary["totalThousandYen"] as? Int == 135_783)
        let plans = try #require(summary["plans"] as? [[String: Any]])
        let plan = try #require(plans.first)
        #expect(plans.count == 1)
        #expect(plan["ward"] as? String == "東住吉区")
        #expect(plan["fiscalYear"] as? Int == 2020)
        #expect(plan["fiscalYearLabel"] as? String == "令和2年度")
        #expect(plan["status"] as? String == "draft")
        #expect(plan["totalThousandYen"] as? Int == 135_783)
        #expect(plan["initiativeCount"] as? Int == 8)
        #expect(plan["unbudgetedInitiativeCount"] as? Int == 0)
        let issues = try #require(plan["issues"] as? [[String: Any]])
        #expect(issues.map { $0["number"] as? Int } == [1, 2, 3, 4, 5])
        #expect(issues.map { $0["totalThousandYen"] as? Int } == [8765, 48467, 49479, 28291, 781])
        #expect(issues.map { $0["initiativeCount"] as? Int } == [2, 2, 2, 1, 1])
        #expect(issues.first?["title"] as? String == "子育て層が住みたい、住み続けたいと思うまちづくりの推進")
    }

    @Test("text summary: amounts as 135,783千円 and shares in %")
    func sampleText() throws {
        let result = try CommandRunner.wardplan(["summary", Fixtures.url(Fixtures.higashisumiyoshi).path])
        #expect(result.status == 0)
        #expect(result.text.contains("東住吉区 令和2年度 (FY2020) 案"))
        #expect(result.text.contains("135,783千円"))
        #expect(result.text.contains("48,467千円"))
        #expect(result.text.contains("35.7%"))
    }

    @Test("several inputs of several kinds: text, JSON and JSON Lines on standard input")
    func severalInputs() throws {
        let folder = try Fixtures.temporaryFolder()
        let jsonl = folder.appendingPathComponent("more.jsonl")
        let plans = [Fixtures.smallPlan(ward: "東住吉区", year: 2021), Fixtures.smallPlan(ward: "北区", year: 2021)]
        let lines = try plans.map { String(decoding: try PlanJSON.encode($0, pretty: false), as: UTF8.self) }
        try Data(lines.joined(separator: "\n").utf8).write(to: jsonl)
        let stdin = try PlanJSON.encode(Fixtures.smallPlan(ward: "西区", year: 2020))
        let result = try CommandRunner.wardplan(
            ["summary", Fixtures.url(Fixtures.higashisumiyoshi).path, jsonl.path, "-", "--format", "json"], input: stdin)
        #expect(result.status == 0)
        let summary = try json(result)
        #expect(summary["totalThousandYen"] as? Int == 135_783 + 4000 * 3)
        let changes = try #require(summary["yearOverYear"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["ward"] as? String == "東住吉区")
        #expect(changes.first?["deltaThousandYen"] as? Int == 4000 - 135_783)
        let byWard = try #require(summary["byWard"] as? [[String: Any]])
        #expect(byWard.count == 3)
    }
}
