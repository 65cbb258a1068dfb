import Foundation
import Testing
import TestSupport

/// What the exports make of the corpus's damaged text: kept byte for byte where the format can hold it,
/// refused with the field named where it cannot, never markup or a formula.
@Suite("Bad-input corpus: exports")
struct BadInputExportTests {
    private func corpus(_ name: String) -> String { BadInputCorpusTests.folder.appendingPathComponent(name).path }

    @Test("VT, FF, NEL and U+2028 are text: kept byte for byte in JSON, refused by HTML naming the field, nothing written")
    func controlCharacters() throws {
        let json = try CommandRunner.wardplan(["export", corpus("control-characters.txt"), "--format", "json", "--output", "-", "--force"])
        #expect(json.status == 0)
        #expect(json.text.contains(#""title" : "地域の\u000b安全\fと\#u{85}防災\#u{2028}対策""#), "\(json.text)")
        let folder = try Fixtures.temporaryFolder()
        let page = folder.appendingPathComponent("plan.html")
        let html = try CommandRunner.wardplan(["export", corpus("control-characters.txt"), "--format", "html", "--output", page.path, "--force"])
        #expect(html.status == 1)
        #expect(html.errors.hasSuffix("plan.html: error: 経営課題 1 title holds U+000B, a control character or noncharacter, "
                                          + "which a web page cannot hold; remove it from the plan\n"), "\(html.errors)")
        #expect(!FileManager.default.fileExists(atPath: page.path))
    }

    @Test("U+FFFE is refused by XLSX and HTML naming the field; nothing is written", arguments: ["xlsx", "html"])
    func noncharacter(format: String) throws {
        let folder = try Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("plan.\(format)")
        let result = try CommandRunner.wardplan(["export", corpus("noncharacter.txt"), "--format", format, "--output", output.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("経営課題 1"), "\(result.errors)")
        #expect(result.errors.contains("U+FFFE"), "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("markup in pasted cells is read as the page's markup, never written as markup: no script, no img; the words stay")
    func markup() throws {
        let result = try CommandRunner.wardplan(["export", corpus("html-and-script.txt"), "--format", "html", "--output", "-"])
        #expect(result.status == 0)
        for tag in ["<script", "<img", "<b>", "onerror"] { #expect(!result.text.contains(tag), "\(tag)") }
        #expect(result.text.contains("alert(&#39;x&#39;)"))
        #expect(result.text.contains("&quot;引用&quot;"))
        #expect(result.text.contains("入れ子"))
    }

    @Test("formula starts, with a combining mark or joiner after them, are guarded in CSV")
    func formulas() throws {
        let folder = try Fixtures.temporaryFolder()
        let result = try CommandRunner.wardplan(["export", corpus("formula-in-cell.txt"), "--format", "csv", "--output", folder.path])
        #expect(result.status == 0, "\(result.errors)")
        let initiatives = try String(contentsOf: folder.appendingPathComponent("initiatives.csv"), encoding: .utf8)
        #expect(initiatives.contains("\"'=\u{301}HYPERLINK(\"\"http://x\"\")\""), "\(initiatives)")
        #expect(initiatives.contains("'+\u{200D}1+1"), "\(initiatives)")
        #expect(initiatives.contains("'@SUM(A1)"), "\(initiatives)")
    }

    @Test("a lenient summary that left a budget out says so as data: complete false, the problem located")
    func lossIsData() throws {
        let result = try CommandRunner.wardplan(["summary", corpus("budget-letters.txt"), "--format", "json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(report["complete"] as? Bool == false)
        let plan = try #require((report["plans"] as? [[String: Any]])?.first)
        let problem = try #require((plan["problems"] as? [[String: Any]])?.first)
        #expect(problem["severity"] as? String == "error")
        #expect(problem["line"] as? Int == 11)
        #expect(problem["field"] as? String == "具体的取組 1-1-1 budget")
        let text = try CommandRunner.wardplan(["summary", corpus("budget-letters.txt")])
        #expect(text.text.contains("注意: 1 error(s)"))
    }

    @Test("1千円 then 9.3e15千円: the year-over-year change is exact and its ratio, past every Int, is left empty")
    func hugeChange() throws {
        let result = try CommandRunner.wardplan(["summary", corpus("jsonl-tiny-then-huge-year-over-year.jsonl"), "--format", "json"])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let change = try #require((report["yearOverYear"] as? [[String: Any]])?.first)
        #expect(change["deltaThousandYen"] as? Int == 9_299_999_999_999_999)
        #expect(change["ratioPerMille"] == nil)
    }

    @Test("a negative budget from JSON: summary counts it but says the totals are doubtful (complete false, the error named)")
    func negativeBudget() throws {
        let result = try CommandRunner.wardplan(["summary", BadInputCorpusTests.folder.appendingPathComponent("json-negative-budget.json").path,
                                                 "--format", "json"])
        #expect(result.status == 0)
        #expect(result.errors.contains("error: 具体的取組 1-1-1 has a negative budget (-5千円)"))
        let report = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(report["complete"] as? Bool == false)
        #expect(report["totalThousandYen"] as? Int == -5)
    }
}
