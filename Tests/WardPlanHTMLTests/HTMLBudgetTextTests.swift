import Testing
import WardPlan
import TestSupport

/// A missing budget reads 予算なし — in the tables, the subtotals, the chart and the index — never 0 or blank;
/// a stated 0千円 stays 0.
@Suite("HTML budgets: 予算なし")
struct HTMLBudgetTextTests {
    /// The small plan with a third issue whose one initiative has no budget and a fourth whose one budget is 0千円.
    private static var plan: OperatingPlan {
        var plan = Fixtures.smallPlan()
        plan.issues.append(ManagementIssue(number: 3, title: "課題3", strategies: [
            Strategy(id: ItemID([3, 1])!, title: "戦略3-1", initiatives: [Initiative(id: ItemID([3, 1, 1])!, title: "取組3-1-1")]),
        ]))
        plan.issues.append(ManagementIssue(number: 4, title: "課題4", strategies: [
            Strategy(id: ItemID([4, 1])!, title: "戦略4-1", initiatives: [
                Initiative(id: ItemID([4, 1, 1])!, title: "取組4-1-1", budget: .zero),
            ]),
        ]))
        return plan
    }

    @Test("an issue and a strategy without budget say 予算なし in the table, the subtotal, the overview and the chart")
    func missing() throws {
        let html = try HTMLPageReader.page(Self.plan)
        let overview = HTMLPageReader.rows(of: html, from: "<tbody>", to: "</tfoot>")
        #expect(overview == [
            ["経営課題1　課題1", "1,000", "25.0%", "2"], ["経営課題2　課題2", "3,000", "75.0%", "1"],
            ["経営課題3　課題3", "予算なし", "—", "1"], ["経営課題4　課題4", "0", "0.0%", "1"], ["合計", "4,000", "100.0%", "5"],
        ])
        #expect(html.contains("<td class=\"num\" data-label=\"予算額（千円）\">予算なし</td></tr></tbody>"
                              + "<tfoot><tr><th scope=\"row\" colspan=\"3\">戦略3-1 計</th><td class=\"num\" data-label=\"予算額（千円）\">予算なし</td>"))
        #expect(html.contains("経営課題3 小計：予算なし<"))
        #expect(html.contains("経営課題4 小計：0千円<"))
        #expect(html.contains("経営課題1 小計：1,000千円<"))
        #expect(html.contains("<text x=\"0\" y=\"115\">経営課題3　予算なし</text><text x=\"0\" y=\"165\">経営課題4　0千円（0.0%）</text>"))
        #expect(html.contains("経営課題2：3,000千円（75.0%）、経営課題3：予算なし、経営課題4：0千円（0.0%）</desc>"))
        #expect(html.contains("<rect x=\"0\" y=\"70\" width=\"100.0%\" height=\"16\">"))
        #expect(html.contains("<rect x=\"0\" y=\"20\" width=\"33.3%\" height=\"16\">"))
    }

    @Test("a plan without any budget: 予算額合計 予算なし on its page and in the index, and in its year's total")
    func noneAtAll() throws {
        var plan = Fixtures.smallPlan(ward: "中央区", year: 2022)
        for issue in plan.issues.indices {
            for strategy in plan.issues[issue].strategies.indices {
                for initiative in plan.issues[issue].strategies[strategy].initiatives.indices {
                    plan.issues[issue].strategies[strategy].initiatives[initiative].budget = nil
                }
            }
        }
        let site = try HTMLPageReader.site([plan, Fixtures.smallPlan(ward: "北区", year: 2022)])
        let page = try #require(site["2022-中央区-final.html"])
        #expect(page.contains("予算額合計：予算なし<"))
        #expect(HTMLPageReader.rows(of: page, from: "<tfoot>", to: "</tfoot>") == [["合計", "予算なし", "—", "3"]])
        let index = try #require(site["index.html"])
        #expect(HTMLPageReader.rows(of: index, from: "<tbody>", to: "</tbody>") == [
            ["北区", "令和4年度（2022年度）", "確定", "4,000"], ["中央区", "令和4年度（2022年度）", "確定", "予算なし"],
        ])
        #expect(HTMLPageReader.rows(of: index, from: "<tfoot>", to: "</tfoot>") == [["令和4年度（2022年度）の合計（2区）", "4,000"]])
        let alone = try HTMLPageReader.site([plan, Fixtures.smallPlan(ward: "中央区", year: 2023)])
        #expect(HTMLPageReader.rows(of: alone["index.html"] ?? "", from: "<tfoot>", to: "</tfoot>") == [
            ["令和4年度（2022年度）の合計（1区）", "予算なし"], ["令和5年度（2023年度）の合計（1区）", "4,000"],
        ])
    }
}
