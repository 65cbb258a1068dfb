import ExampleSupport
import Foundation
import Testing
import WardBudgetReport
import WardPlan
import WardPlanJSON
import WardPlanText

@Suite("Ward budget report")
struct WardBudgetReportTests {
    /// A folder as a ward office keeps it: the sample's text (案, 令和2年度), its 確定 and next year's (in a
    /// subfolder) as JSON, 北区 and 都島区 of 令和2年度 in one JSON Lines file, and a note that is not a plan.
    private func folder() throws -> URL {
        let folder = try ExampleSupport.temporaryFolder()
        try FileManager.default.copyItem(at: ExampleSupport.sample, to: folder.appendingPathComponent("01-higashisumiyoshi-r2-an.txt"))
        let draft = try PublishedTextImporter().importPlan(contentsOf: ExampleSupport.sample).plan
        var final = draft
        final.status = .final
        final.issues[0].strategies[0].initiatives[0].budget = ThousandYen(10_000)
        try PlanJSON.encode(final).write(to: folder.appendingPathComponent("02-higashisumiyoshi-r2.json"))
        var next = final
        next.fiscalYear = FiscalYear(2021)
        next.issues[1].strategies[0].initiatives[0].budget = ThousandYen(5_000)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("r3"), withIntermediateDirectories: true)
        try PlanJSON.encode(next).write(to: folder.appendingPathComponent("r3/03-higashisumiyoshi-r3.json"))
        try Data("予算の確認メモ\n".utf8).write(to: folder.appendingPathComponent("README.md"))
        var lines = Data()
        for (ward, amount) in [("北区", 200_000), ("都島区", 90_000)] {
            var other = final
            other.ward = Ward(name: ward)
            other.issues = [other.issues[0]]
            other.issues[0].strategies = [other.issues[0].strategies[0]]
            other.issues[0].strategies[0].initiatives = [other.issues[0].strategies[0].initiatives[0]]
            other.issues[0].strategies[0].initiatives[0].budget = ThousandYen(amount)
            lines += try PlanJSON.encode(other, pretty: false) + Data("\n".utf8)
        }
        try lines.write(to: folder.appendingPathComponent("04-others-r2.jsonl"))
        return folder
    }

    @Test("cross-ward for 令和2年度: the 確定 counted, not the 案; shares from BudgetRatio")
    func crossWard() throws {
        let folder = try folder()
        let report = try WardBudgetReport(folder: folder)
        #expect(report.plans.count == 5)
        #expect(report.problems.filter { $0.severity == .warning }.map(\.location.file) == [folder.appendingPathComponent("README.md").path])
        #expect(report.ledger.setAside.map(\.version.status) == [.draft])
        let text = report.crossWard(year: FiscalYear(2020))
        #expect(text == """
            令和2年度（2020年度） 区別予算額 (cross-ward)
              北区             200,000千円  46.5%
              東住吉区         140,546千円  32.6%
              都島区            90,000千円  20.9%
              合計             430,546千円
            """)
    }

    @Test("year over year for 東住吉区, exact")
    func yearOverYear() throws {
        let text = try WardBudgetReport(folder: try folder()).yearOverYear(ward: "東住吉区")
        #expect(text.contains("令和2年度（2020年度） → 令和3年度（2021年度）: 140,546千円 → 144,306千円 (+3,760千円, 前年度比 102.7%)"))
    }

    @Test("the executable prints both reports and writes the 集計 workbook")
    func executable() throws {
        let folder = try folder()
        let book = folder.appendingPathComponent("集計.xlsx")
        let result = try ExampleSupport.run("ward-budget-report", [folder.path, "--year", "2020", "--ward", "東住吉区", "--xlsx", book.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("令和2年度（2020年度） 区別予算額"))
        #expect(result.output.contains("東住吉区 前年度比"))
        let bytes = try Data(contentsOf: book)
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
