import Foundation
import Testing
import WardPlan
import WardPlanJSON
import WardPlanExport
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

    @Test("the 2023+ layout: each issue's basis (its own 予算額 line), and 前年度比 from the plan's own previous-year lines")
    func statedBudgetBasis() throws {
        let path = Fixtures.url("samples/higashiura-r6-webpage.txt").path
        let result = try CommandRunner.wardplan(["summary", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "notes are for validate: \(result.errors)")
        let plan = try #require((try json(result)["plans"] as? [[String: Any]])?.first)
        #expect(plan["totalThousandYen"] as? Int == 66_000)
        let issues = try #require(plan["issues"] as? [[String: Any]])
        #expect(issues.map { $0["basis"] as? String } == ["statedBudget", "statedBudget"])
        #expect(issues.map { $0["statedBudgetThousandYen"] as? Int } == [56_000, 10_000])
        #expect(issues.map { $0["previousYearBudgetThousandYen"] as? Int } == [51_000, 12_000])
        let previous = try #require(plan["previousYear"] as? [String: Any])
        #expect(previous["fiscalYear"] as? Int == 2023)
        #expect(previous["previousThousandYen"] as? Int == 63_000)
        #expect(previous["deltaThousandYen"] as? Int == 3_000)
        #expect(previous["ratioPerMille"] as? Int == 1048)
        let text = try CommandRunner.wardplan(["summary", path]).text
        #expect(text.contains("課題予算"))
        #expect(text.contains("前年度 FY2023 予算額 63,000千円 → +3,000千円 (前年度比 104.8%)"))
        let sample = try CommandRunner.wardplan(["summary", Fixtures.url(Fixtures.higashisumiyoshi).path, "--format", "json"])
        let sampleIssues = try #require(((try json(sample)["plans"] as? [[String: Any]])?.first?["issues"]) as? [[String: Any]])
        #expect(sampleIssues.allSatisfy { $0["basis"] as? String == "initiatives" })
    }

    @Test("the text summary's table fits an 80-column terminal, Japanese counting two columns a character")
    func fitsEightyColumns() throws {
        for fixture in [Fixtures.higashisumiyoshi, "samples/higashiura-r6-webpage.txt", "samples/kawanami-h25-webpage.txt"] {
            let text = try CommandRunner.wardplan(["summary", Fixtures.url(fixture).path]).text
            let widest = text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
            #expect(widest <= 80, "\(fixture): \(widest) columns")
        }
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

/// `summary` over several versions of one plan: the 案 and 確定 of one year, and the next year's 確定.
@Suite("Summary of several versions")
struct SummaryVersionTests {
    private func files() throws -> [String] {
        let folder = try Fixtures.temporaryFolder()
        var names: [String] = []
        for (status, year, scale) in [(PlanStatus.draft, 2020, 3), (.final, 2020, 2), (.final, 2021, 4)] {
            var plan = Fixtures.smallPlan(ward: "東住吉区", year: year, scale: scale)
            plan.status = status
            let file = folder.appendingPathComponent("\(year)-\(status.rawValue).json")
            try PlanJSON.encode(plan).write(to: file)
            names.append(file.path)
        }
        return names
    }

    @Test("by default the latest version counts and the one set aside is named, in text and JSON")
    func latest() throws {
        let paths = try files()
        let text = try CommandRunner.wardplan(["summary"] + paths)
        #expect(text.status == 0)
        #expect(text.text.contains("別の版 (set aside, not in the totals): 東住吉区 FY2020 案 (\(paths[0])) — 確定 (\(paths[1])) is counted"))
        #expect(text.text.contains("東住吉区 FY2020→FY2021: +8,000千円 (前年度比 200.0%)"))
        let json = try CommandRunner.wardplan(["summary", "--format", "json"] + paths)
        let report = try #require(try JSONSerialization.jsonObject(with: json.output) as? [String: Any])
        #expect(report["totalThousandYen"] as? Int == 24_000)
        #expect(report["versions"] as? String == "latest")
        let setAside = try #require((report["setAside"] as? [[String: Any]])?.first)
        #expect(setAside["status"] as? String == "draft")
        #expect(setAside["file"] as? String == paths[0])
        #expect(setAside["countedStatus"] as? String == "final")
        let counted = (report["plans"] as? [[String: Any]])?.map { $0["counted"] as? Bool }
        #expect(counted == [false, true, true])
    }

    @Test("--versions all adds them; --versions error refuses them with exit 1")
    func policies() throws {
        let paths = try files()
        let all = try CommandRunner.wardplan(["summary", "--format", "json", "--versions", "all"] + paths)
        let report = try #require(try JSONSerialization.jsonObject(with: all.output) as? [String: Any])
        #expect(report["totalThousandYen"] as? Int == 36_000)
        let refused = try CommandRunner.wardplan(["summary", "--versions", "error"] + paths)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("are two versions of one plan"))
    }
}
