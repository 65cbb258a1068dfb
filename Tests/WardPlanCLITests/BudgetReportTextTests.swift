import Testing
import WardPlan
import WardPlanExport
import WardPlanSynthetic
@testable import WardPlanCLI

/// The summary table lines up in the terminal it is drawn for.
@Suite("summary table: its columns line up")
struct BudgetReportTextTests {
    @Test("every row of a plan's table is as wide as its header, East Asian Ambiguous characters counted narrow or wide",
          arguments: [DisplayWidth.Ambiguous.narrow, .wide])
    func rowsLineUp(ambiguous: DisplayWidth.Ambiguous) throws {
        // No budget anywhere, so every share is `—`; a label `①`; a title too long for its column. All three hold
        // Ambiguous characters.
        var plan = try #require(Array(SyntheticDataset(wards: 1, years: 1, initiativesPerPlan: 4, seed: 3, firstYear: 2020)).first)
        for issue in plan.issues.indices {
            plan.issues[issue].budgetLines = []
            for strategy in plan.issues[issue].strategies.indices {
                for initiative in plan.issues[issue].strategies[strategy].initiatives.indices {
                    plan.issues[issue].strategies[strategy].initiatives[initiative].budget = nil
                }
            }
        }
        plan.issues[0].label = "①"
        plan.issues[0].title = String(repeating: "○地域防災", count: 10)
        var report = BudgetReport()
        try report.add(BudgetedPlan(plan), file: nil)
        try report.finish()
        let lines = BudgetReportText.render(report, ambiguous: ambiguous).split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.contains("経営課題 (issue)") })
        let total = try #require(lines.firstIndex { $0.contains("合計 (total)") })
        let rows = lines[header...total]
        #expect(rows.count == plan.issues.count + 2)
        #expect(rows.contains { $0.contains("①") && $0.contains("…") && $0.contains("—") })
        let widths = rows.map { DisplayWidth.of($0, ambiguous: ambiguous) }
        #expect(Set(widths) == [DisplayWidth.of(lines[header], ambiguous: ambiguous)], "\(widths)")
    }
}
