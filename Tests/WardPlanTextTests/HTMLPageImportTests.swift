import Foundation
import Testing
import WardPlan
import WardPlanText

/// A saved web page (`.html`) is imported block by block, or refused with a clear error — never a success
/// with 0千円.
@Suite("HTML page import")
struct HTMLPageImportTests {
    private func importPage(_ html: String) throws(WardPlanError) -> ImportedPlan {
        try PublishedTextImporter().importPlan(from: Data(html.utf8), file: "page.html")
    }

    static let page = """
        <!DOCTYPE html>
        <html lang="ja"><head><title>令和5年度住吉区運営方針 - 大阪市</title>
        <style>p { color: red }</style><script>var budget = "(9,999千円)";</script></head>
        <body><nav><ul><li>ホーム</li><li>区政</li></ul></nav>
        <div id="main"><h1>令和5年度 住吉区運営方針</h1>
        <p>2023年4月1日</p>
        <h2>区の目標(何をめざすのか)</h2><p>安心して&nbsp;暮らせる&amp;まち</p>
        <h2>区の使命(どのような役割を担うのか)</h2>
        <ul><li>区民と
        ともに進める。</li><li>地域を支える。</li></ul>
        <h2>区運営の基本的な考え方(区長の方針)</h2><p>防災を柱に進める。</p>
        <h3>【経営課題1】安全なまち</h3>
        <h4>【戦略1-1】防災力の向上</h4>
        <table><tr><th>具体的取組</th><th>予算額</th></tr>
        <tr><td>【具体的取組1-1-1】訓練の実施</td><td>《5,237千円》</td></tr></table>
        <p>【具体的取組1-1-2】防災マップ&#x3000;(1,200千円)<!-- (8,000千円) --></p>
        </div><p>このページの作成者・問合せ先</p><p>住吉区役所 (9,999千円)</p></body></html>
        """

    @Test("block elements become lines, entities are decoded, head, script, style, navigation and comments are dropped")
    func importsPage() throws {
        let imported = try importPage(Self.page)
        let plan = imported.plan
        #expect(plan.ward == Ward(name: "住吉区", code: "271209"))
        #expect(plan.fiscalYear == FiscalYear(2023))
        #expect(plan.goal == "安心して\u{00A0}暮らせる&まち")
        #expect(plan.mission == "区民と ともに進める。\n地域を支える。")
        #expect(plan.issues.first?.strategies.first?.title == "防災力の向上")
        #expect(plan.issues.first?.initiatives.map(\.title) == ["訓練の実施", "防災マップ"])
        #expect(try PlanBudget(plan).total == ThousandYen(6_437))
        // The footer's contact line holds an amount: it is not read, and said so.
        #expect(imported.diagnostics.filter { $0.severity > .note }.map(\.message.english) == [
            "after the page's footer, this line looks like part of the plan (an item or a budget) and is not read",
        ])
        // Diagnostics point at the page's own lines.
        #expect(imported.sourceMap.location(of: .issue(1)).line == 12)
    }

    @Test("a page with no plan on it is refused with a clear error", arguments: [
        "<!DOCTYPE html><html><head><title>運営方針</title></head><body><script>x()</script></body></html>",
        "<html><body><p>お知らせ</p></body></html>",
    ])
    func refusesEmptyPage(html: String) {
        #expect(throws: WardPlanError.self) { try importPage(html) }
        do { _ = try importPage(html) } catch {
            #expect(error.kind == .invalidInput)
            #expect(error.message.english.contains("HTML page holds no text") || error.message.english.contains("no title line naming the ward"))
        }
    }
}
