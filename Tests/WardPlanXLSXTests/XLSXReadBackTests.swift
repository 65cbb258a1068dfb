import Foundation
import Testing
import WardPlan
import WardPlanExport
import WardPlanText
import WardPlanXLSX
import TestSupport

/// Workbooks read back with Python's openpyxl: sheets, values byte for byte, formats, formulas with
/// their cached values, merges, print setup, the data sheet's rules.
@Suite("XLSX read back with openpyxl")
struct XLSXReadBackTests {
    static let reader = """
        import json, sys, openpyxl
        path = sys.argv[1]
        book = openpyxl.load_workbook(path)
        cached = openpyxl.load_workbook(path, data_only=True)
        out = {'sheets': book.sheetnames, 'title': book.properties.title, 'subject': book.properties.subject, 'detail': {}}
        for name in book.sheetnames:
            ws, wc = book[name], cached[name]
            cells = []
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None: continue
                    cells.append({'ref': c.coordinate, 'value': c.value if not isinstance(c.value, float) else int(c.value),
                                  'cached': wc[c.coordinate].value if not isinstance(wc[c.coordinate].value, float) else int(wc[c.coordinate].value),
                                  'format': c.number_format, 'font': c.font.name, 'wrap': bool(c.alignment.wrap_text),
                                  'bold': bool(c.font.bold)})
            out['detail'][name] = {
                'cells': cells, 'merged': sorted(str(r) for r in ws.merged_cells.ranges),
                'orientation': ws.page_setup.orientation, 'paper': ws.page_setup.paperSize,
                'fitToPage': bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                'fitToWidth': ws.page_setup.fitToWidth, 'fitToHeight': ws.page_setup.fitToHeight,
                'titleRows': ws.print_title_rows, 'footer': ws.oddFooter.center.text, 'freeze': ws.freeze_panes,
                'rowBreaks': [b.id for b in ws.row_breaks.brk],
                'filter': ws.auto_filter.ref, 'widths': {k: v.width for k, v in ws.column_dimensions.items()}}
        print(json.dumps(out, ensure_ascii=False))
        """

    struct Book: Decodable {
        let sheets: [String]
        let title: String?
        let subject: String?
        let detail: [String: SheetInfo]
    }

    struct SheetInfo: Decodable {
        let cells: [CellInfo]
        let merged: [String]
        let orientation: String?
        let paper: Int?
        let fitToPage: Bool
        let fitToWidth: Int?
        let fitToHeight: Int?
        let titleRows: String?
        /// The rows after which a printed page ends (openpyxl's row break ids: 1-based rows).
        let rowBreaks: [Int]
        let footer: String?
        let freeze: String?
        let filter: String?
        let widths: [String: Double]

        func cell(_ ref: String) -> CellInfo? { cells.first { $0.ref == ref } }
        var texts: [String] { cells.compactMap { if case .text(let text) = $0.value { text } else { nil } } }
    }

    struct CellInfo: Decodable {
        let ref: String
        let value: Value
        let cached: Value?
        let format: String
        let font: String?
        let wrap: Bool
        let bold: Bool
    }

    enum Value: Decodable, Equatable {
        case text(String)
        case number(Int)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) { self = .number(number) } else { self = .text(try container.decode(String.self)) }
        }
    }

    static func export(_ plans: [OperatingPlan], layout: XLSXExporter.Layout = .both, name: String = "plans.xlsx") throws -> URL {
        let output = try Fixtures.temporaryFolder().appendingPathComponent(name)
        var stream = PlanStream(plans)
        try XLSXExporter().export(&stream, to: .path(output.path), options: .init(layout: layout))
        return output
    }

    static func read(_ file: URL) throws -> Book {
        try JSONDecoder().decode(Book.self, from: try ExternalTools.runPython(reader, [file.path]).output)
    }

    static var sample: OperatingPlan {
        get throws { try PublishedTextImporter().importPlan(from: Fixtures.data(Fixtures.higashisumiyoshi)).plan }
    }

    @Test("the sample's workbook: sheets, properties, every text and budget byte for byte")
    func sampleContent() throws {
        let plan = try Self.sample
        let book = try Self.read(try Self.export([plan]))
        #expect(book.sheets == ["東住吉R2_様式1", "東住吉R2_様式2", "東住吉R2_様式3", "データ"])
        #expect(book.title == "令和2年度 東住吉区運営方針(案)")
        #expect(book.subject == "東住吉区 令和2年度")
        let formOne = try #require(book.detail["東住吉R2_様式1"])
        let formTwo = try #require(book.detail["東住吉R2_様式2"])
        for entry in plan.initiativeEntries {
            #expect(formTwo.texts.contains(entry.initiative.title))
            #expect(formTwo.texts.contains(entry.initiative.description!))
            #expect(formOne.texts.contains(entry.initiative.description!))
            #expect(formOne.texts.contains("\(entry.initiative.id)　\(entry.initiative.title)"))
        }
        for issue in plan.issues {
            #expect(formTwo.texts.contains("経営課題\(issue.number)　\(issue.title)"))
            #expect(formTwo.texts.contains(issue.summary!))
            #expect(formOne.texts.contains("経営課題\(issue.number)\n\(issue.title)"))
        }
        for text in [plan.goal!, plan.mission!, plan.head!, plan.policy.joined(separator: "\n")] {
            #expect(formOne.texts.contains(text))
        }
        let formThree = try #require(book.detail["東住吉R2_様式3"])
        for item in plan.reformItems {
            #expect(formThree.texts.contains(item.actions.joined(separator: "\n")))
            #expect(formThree.texts.contains(item.pillar!.text))
        }
        let budgets = formTwo.cells.filter { $0.format == "#,##0" && !$0.bold }.map(\.value)
        #expect(budgets == plan.initiativeEntries.map { .number($0.initiative.budget!.amount) })
        #expect(formOne.texts.contains("(単位:千円)") && formTwo.texts.contains("(単位:千円)"))
        #expect(formOne.cells.allSatisfy { $0.font == "游ゴシック" })
    }

    @Test("subtotals and the total are SUM formulas with cached values 8,765 / 48,467 / 49,479 / 28,291 / 781 and 135,783")
    func formulas() throws {
        let book = try Self.read(try Self.export([try Self.sample]))
        let formTwo = try #require(book.detail["東住吉R2_様式2"])
        let formulas = formTwo.cells.filter { if case .text(let text) = $0.value { text.hasPrefix("=SUM(") } else { false } }
        #expect(formulas.map(\.cached) == [8765, 48467, 49479, 28291, 781, 135_783].map { .number($0) })
        #expect(formulas.allSatisfy { $0.format == "#,##0" })
        #expect(formulas.last?.value == .text("=SUM(E25,E49,E73,E89,E105)"))
        let formOne = try #require(book.detail["東住吉R2_様式1"])
        let total = try #require(formOne.cells.first { if case .text(let text) = $0.value { text.hasPrefix("=SUM(") } else { false } })
        #expect(total.cached == .number(135_783))
    }

    @Test("an issue or plan without any budget shows 予算なし, never a 0 subtotal")
    func noBudget() throws {
        var plan = Fixtures.smallPlan(ward: "北区")
        plan.issues[0].strategies[0].initiatives[0].budget = nil
        let book = try Self.read(try Self.export([plan]))
        let formTwo = try #require(book.detail["北R3_様式2"], "\(book.sheets)")
        let sums = formTwo.cells.filter { if case .text(let text) = $0.value { text.hasPrefix("=SUM(") } else { false } }
        #expect(sums.map(\.cached) == [.number(3_000), .number(3_000)])
        #expect(formTwo.texts.filter { $0 == "予算なし" }.count == 1)
        plan.issues[1].strategies[0].initiatives[0].budget = nil
        let none = try Self.read(try Self.export([plan]))
        #expect(none.detail["北R3_様式2"]?.texts.filter { $0 == "予算なし" }.count == 3)
        #expect(none.detail["北R3_様式1"]?.texts.contains("予算なし") == true)
    }

    @Test("様式2 starts a printed page before each 経営課題 after the first; every form repeats its header rows")
    func pageBreaks() throws {
        let book = try Self.read(try Self.export([try Self.sample]))
        let formTwo = try #require(book.detail["東住吉R2_様式2"])
        let headings = formTwo.cells.filter { if case .text(let text) = $0.value { text.hasPrefix("経営課題") && text.contains("　") } else { false } }
        let headingRows = headings.compactMap { Int($0.ref.drop { $0.isLetter }) }
        #expect(headingRows.count == 5)
        // A break after row N starts the next page at row N + 1: exactly the heading rows of issues 2 to 5.
        #expect(formTwo.rowBreaks.map { $0 + 1 } == Array(headingRows.dropFirst()))
        for name in ["東住吉R2_様式1", "東住吉R2_様式2", "東住吉R2_様式3"] {
            #expect(book.detail[name]?.titleRows?.isEmpty == false, "\(name)")
        }
    }

    @Test("merged headers, wrapped text, A4 landscape, one page wide, repeated rows, page-number footer")
    func layout() throws {
        let book = try Self.read(try Self.export([try Self.sample]))
        for name in ["東住吉R2_様式1", "東住吉R2_様式2", "東住吉R2_様式3"] {
            let sheet = try #require(book.detail[name])
            #expect(sheet.orientation == "landscape")
            #expect(sheet.paper == 9)
            #expect(sheet.fitToPage)
            #expect(sheet.fitToWidth ?? 1 == 1)
            #expect(sheet.fitToHeight == 0)
            #expect(sheet.titleRows?.hasPrefix("$1:") == true)
            #expect(sheet.footer == "&P / &N")
        }
        let formOne = try #require(book.detail["東住吉R2_様式1"])
        #expect(formOne.merged.contains("A1:E1"))
        #expect(formOne.merged.contains("B3:F3"))
        #expect(formOne.cell("B3")?.wrap == true)
        let formTwo = try #require(book.detail["東住吉R2_様式2"])
        #expect(formTwo.merged.contains("A3:G3"))
        #expect(book.detail["東住吉R2_様式3"]?.titleRows == "$1:$3")
        #expect((formOne.widths["E"] ?? 0) > (formOne.widths["F"] ?? 0))
    }

    @Test("the データ sheet: no merged cells, frozen header, autofilter, numbers as numbers, 西暦 beside 和暦")
    func dataSheet() throws {
        let plan = try Self.sample
        let book = try Self.read(try Self.export([plan]))
        let data = try #require(book.detail["データ"])
        #expect(data.merged.isEmpty)
        #expect(data.freeze == "A2")
        #expect(data.filter == "A1:T9")
        let header = data.cells.filter { $0.ref.hasSuffix("1") && $0.ref.count == 2 }.map(\.value)
        #expect(header == FlatTable.initiatives.columns.map { .text($0.japanese) })
        #expect(data.cell("A2")?.value == .text("271217"))
        #expect(data.cell("B2")?.value == .text("大阪府"))
        #expect(data.cell("C2")?.value == .text("大阪市"))
        #expect(data.cell("E2")?.value == .number(2020))
        #expect(data.cell("F2")?.value == .text("令和2年度"))
        let budgets = (2...9).compactMap { data.cell("O\($0)")?.value }
        #expect(budgets == plan.initiativeEntries.map { .number($0.initiative.budget!.amount) })
        #expect(data.cell("P3")?.value == .text(plan.initiativeEntries[1].initiative.description!))
    }

    @Test("several plans: 集計 by ward × year and ward × issue, データ, forms of each; data layout streams only 集計 and データ")
    func severalPlans() throws {
        let plans = [try Self.sample, Fixtures.smallPlan(ward: "東住吉区", year: 2021), Fixtures.smallPlan(ward: "北区", year: 2021)]
        let book = try Self.read(try Self.export(plans))
        #expect(book.sheets == ["目次", "集計", "データ", "東住吉R2案_様式1", "東住吉R2案_様式2", "東住吉R2案_様式3", "東住吉R3確定_様式1",
                                "東住吉R3確定_様式2", "東住吉R3確定_様式3", "北R3確定_様式1", "北R3確定_様式2", "北R3確定_様式3"])
        #expect(book.title == "区運営方針 3件")
        #expect(book.subject == "北区ほか1区 令和2年度〜令和3年度")
        let summary = try #require(book.detail["集計"])
        #expect(summary.cell("B3")?.value == .text("2020 (令和2年度)"))
        // Wards in the city's order (東住吉区 271217 before 北区 271276); each year's city total, no sum across years.
        #expect(summary.cell("A4")?.value == .text("東住吉区"))
        #expect(summary.cell("A5")?.value == .text("北区"))
        #expect(summary.cell("B4")?.value == .number(135_783))
        #expect(summary.cell("C5")?.value == .number(4000))
        #expect(summary.cell("B6")?.cached == .number(135_783))
        #expect(summary.cell("C6")?.cached == .number(8000))
        #expect(summary.cell("D3") == nil)
        #expect(summary.texts.contains("令和2年度 (2020) — 区 × 経営課題の予算額 (単位:千円)"))
        // By issue: each ward's total, and no row adding 経営課題1 of one ward to 経営課題1 of another.
        #expect(summary.texts.filter { $0 == "合計" }.count == 1 + 2)
        #expect(book.detail["データ"]?.filter == "A1:T15")
        let data = try Self.read(try Self.export(plans, layout: .data))
        #expect(data.sheets == ["集計", "データ"])
        // Every filled value of the initiatives table, and the header.
        let filled = try plans.map { try BudgetedPlan($0) }.flatMap(FlatTable.initiatives.rows(of:)).joined().count {
            switch $0 {
            case .text(let text): text?.isEmpty == false
            case .integer(let number): number != nil
            }
        }
        #expect(data.detail["データ"]?.cells.count == FlatTable.initiatives.columns.count + filled)
        let forms = try Self.read(try Self.export(plans, layout: .forms))
        #expect(!forms.sheets.contains("データ") && forms.sheets.prefix(2) == ["目次", "集計"])
    }

    @Test("目次: one row per plan in the city's order with its total, and links openpyxl follows to each plan's forms")
    func contents() throws {
        var unbudgeted = Fixtures.smallPlan(ward: "都島区", year: 2021)
        for issue in unbudgeted.issues.indices { unbudgeted.issues[issue].strategies[0].initiatives[0].budget = nil }
        let plans = [try Self.sample, Fixtures.smallPlan(ward: "北区", year: 2021), unbudgeted, Fixtures.smallPlan(ward: "東住吉区", year: 2021)]
        let script = """
            import json, sys
            from openpyxl import load_workbook
            book = load_workbook(sys.argv[1])
            sheet = book['目次']
            rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
            links = [[cell.hyperlink.location if cell.hyperlink else None for cell in row[4:7]] for row in sheet.iter_rows(min_row=4)]
            targets = [all(link.split('!')[0].strip("'") in book.sheetnames for link in row) for row in links]
            print(json.dumps({'first': book.sheetnames[0], 'rows': rows, 'links': links, 'targets': targets}))
            """
        struct Contents: Decodable {
            let first: String
            let rows: [[Value?]]
            let links: [[String?]]
            let targets: [Bool]
        }
        let file = try Self.export(plans)
        let contents = try JSONDecoder().decode(Contents.self, from: try ExternalTools.runPython(script, [file.path]).output)
        #expect(contents.first == "目次")
        #expect(contents.rows.first == ["区名", "年度", "状態", "予算額合計(千円)", "様式1", "様式2", "様式3"].map { .text($0) })
        #expect(contents.rows.dropFirst().map { Array($0.prefix(4)) } == [
            [.text("都島区"), .text("2021 (令和3年度)"), .text("確定"), .text("予算なし")],
            [.text("東住吉区"), .text("2020 (令和2年度)"), .text("案"), .number(135_783)],
            [.text("東住吉区"), .text("2021 (令和3年度)"), .text("確定"), .number(4_000)],
            [.text("北区"), .text("2021 (令和3年度)"), .text("確定"), .number(4_000)],
        ])
        #expect(contents.links[1] == ["'東住吉R2案_様式1'!A1", "'東住吉R2案_様式2'!A1", "'東住吉R2案_様式3'!A1"])
        #expect(contents.targets == [true, true, true, true])
        #expect(try Self.read(try Self.export(plans, layout: .data)).sheets == ["集計", "データ"])
    }

    @Test("案 and 確定 of one plan share a workbook: each version's forms, the 集計 counting the 確定 and naming the 案")
    func twoVersions() throws {
        var final = try Self.sample
        final.status = .final
        final.issues[0].strategies[0].initiatives[0].budget = ThousandYen(10_000)
        let book = try Self.read(try Self.export([try Self.sample, final]))
        #expect(book.sheets == ["目次", "集計", "データ", "東住吉R2案_様式1", "東住吉R2案_様式2", "東住吉R2案_様式3",
                                "東住吉R2確定_様式1", "東住吉R2確定_様式2", "東住吉R2確定_様式3"])
        let summary = try #require(book.detail["集計"])
        #expect(summary.cell("B4")?.value == .number(135_783 - 5_237 + 10_000))
        #expect(summary.texts.contains("別の版 (集計に含めない): 東住吉区 令和2年度 案 — 確定を集計"))
        #expect(book.detail["データ"]?.cell("G2")?.value == .text("draft"))
        #expect(book.detail["データ"]?.cell("H10")?.value == .text("確定"))
        let refused = try Fixtures.temporaryFolder().appendingPathComponent("refused.xlsx")
        var stream = PlanStream([try Self.sample, final])
        #expect { try XLSXExporter().export(&stream, to: .path(refused.path), options: .init(versions: .error)) } throws: {
            ($0 as? WardPlanError)?.kind == .versionConflict
        }
        #expect(!FileManager.default.fileExists(atPath: refused.path))
    }

    @Test("Japanese text survives byte for byte, compatibility ideographs included")
    func japaneseBytes() throws {
        var plan = Fixtures.smallPlan()
        let text = "区運営⽅針《５，２３７千円》【戦略】「括弧」～ＡＢＣ髙﨑"
        plan.issues[0].strategies[0].initiatives[0].description = text
        let book = try Self.read(try Self.export([plan]))
        let cell = try #require(book.detail["データ"]?.cell("P2"))
        #expect(cell.value == .text(text))
        if case .text(let read) = cell.value { #expect(Array(read.unicodeScalars) == Array(text.unicodeScalars)) }
    }
}

/// The 2023+ layout in a workbook: issues budgeted by their own 予算額 line keep SUM subtotals that a
/// spreadsheet recomputes to the same figures.
@Suite("XLSX of the 2023+ layout, recomputed by LibreOffice")
struct XLSXStatedBudgetTests {
    @Test("様式2 shows SDGs and 予算額・決算額; LibreOffice recomputes the subtotals 56,000 / 10,000 and the total 66,000")
    func statedBudgets() throws {
        let plan = try PublishedTextImporter().importPlan(from: Fixtures.data("samples/higashiura-r6-webpage.txt")).plan
        let workbook = try XLSXReadBackTests.export([plan], name: "higashiura.xlsx")
        let book = try XLSXReadBackTests.read(workbook)
        let formTwo = try #require(book.detail["東浦R6_様式2"])
        #expect(formTwo.texts.contains("令和4年度 決算額 48,000千円\n令和5年度 予算額 51,000千円\n令和6年度 予算額 56,000千円"))
        #expect(formTwo.texts.contains("11、13"))
        #expect(formTwo.texts.contains("令和6年度予算額（経営課題）"))
        let libreOffice = try ExternalTools.program("libreoffice", "soffice")
        let folder = workbook.deletingLastPathComponent().appendingPathComponent("recomputed")
        let profile = workbook.deletingLastPathComponent().appendingPathComponent("profile")
        let result = try CommandRunner.run(libreOffice, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to",
                                                         "xlsx", "--outdir", folder.path, workbook.path])
        #expect(result.status == 0, "\(result.errors)")
        let recomputed = try XLSXReadBackTests.read(folder.appendingPathComponent("higashiura.xlsx"))
        let sums = try #require(recomputed.detail["東浦R6_様式2"]).cells.filter {
            if case .text(let text) = $0.value { text.hasPrefix("=SUM(") } else { false }
        }
        #expect(sums.map(\.cached) == [56_000, 10_000, 66_000].map { .number($0) })
    }
}
