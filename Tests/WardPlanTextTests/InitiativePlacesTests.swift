import Foundation
import Testing
import WardPlan
import WardPlanText

/// Where 具体的取組 and their budgets stand in the text: kept compactly while importing, recorded on the source map
/// when a place is first asked for, each at its first sighting in the order of the text.
@Suite("Initiative places")
struct InitiativePlacesTests {
    private func importText(_ text: String) throws -> ImportedPlan {
        try PublishedTextImporter().importPlan(from: Data(text.utf8), file: "t.txt")
    }

    @Test("an initiative and its budget are located by line and column, at their first sighting")
    func initiativeAndBudget() throws {
        let text = """
            令和4年度 中之島区運営方針
            【経営課題1】安全なまち
            【戦略1-1】見守り
            【具体的取組1-1-1】防犯 《1,000千円》
            【具体的取組1-1-2】防災
            予算額 《2,000千円》
            【具体的取組1-1-1】防犯
            """
        let map = try importText(text).sourceMap
        let first = ItemID([1, 1, 1])!, second = ItemID([1, 1, 2])!
        #expect(map.location(of: .initiative(first)) == SourceLocation(file: "t.txt", line: 4, column: 1, field: "具体的取組 1-1-1"))
        #expect(map.location(of: .budget(first)) == SourceLocation(file: "t.txt", line: 4, column: 16, field: "具体的取組 1-1-1 budget"))
        #expect(map.location(of: .initiative(second)).line == 5)
        #expect(map.location(of: .budget(second)) == SourceLocation(file: "t.txt", line: 6, column: 5, field: "具体的取組 1-1-2 budget"))
        #expect(map.location(of: .strategy(ItemID([1, 1])!)).line == 3)
    }

    @Test("an id given to initiatives of several issues is located where the text first gives it")
    func idInSeveralIssues() throws {
        // Issue N's 具体的取組 are misnumbered 1-1-K: the same ids under eight strategies, first seen under issue 1.
        var lines = ["令和4年度 中之島区運営方針"]
        for issue in 1...8 {
            lines.append("【経営課題\(issue)】課題\(issue)")
            lines.append("【戦略\(issue)-1】戦略\(issue)")
            for number in 1...3 { lines.append("【具体的取組1-1-\(number)】取組 《\(issue)00千円》") }
        }
        let imported = try importText(lines.joined(separator: "\n"))
        #expect(imported.plan.issues.map { $0.strategies[0].initiatives.count } == Array(repeating: 3, count: 8))
        for number in 1...3 {
            let id = ItemID([1, 1, number])!
            #expect(imported.sourceMap.location(of: .initiative(id)).line == 3 + number)
            #expect(imported.sourceMap.location(of: .budget(id)).line == 3 + number)
        }
    }
}
