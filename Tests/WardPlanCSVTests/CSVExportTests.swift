import Foundation
import Testing
import WardPlan
import WardPlanExport
import WardPlanCSV
import WardPlanText
import TestSupport

/// CSV output read back by Python's standard `csv` module.
@Suite("CSV export")
struct CSVExportTests {
    /// Reads a table with Python: reports the BOM, whether every line ends in CRLF, and the rows.
    static let reader = """
        import csv, io, json, sys
        raw = open(sys.argv[1], 'rb').read()
        text = raw.decode(sys.argv[2])
        rows = list(csv.reader(io.StringIO(text, newline='')))
        bare_lf = raw.replace(b'\\r\\n', b'').count(b'\\n')
        records = raw.count(b'\\r\\n')
        print(json.dumps({'bom': raw.startswith(b'\\xef\\xbb\\xbf'), 'rows': rows, 'crlf': records, 'bareLF': bare_lf}))
        """

    struct Table: Decodable {
        let bom: Bool
        let rows: [[String]]
        let crlf: Int
        let bareLF: Int
    }

    private func read(_ file: URL, encoding: String = "utf-8-sig") throws -> Table {
        let result = try ExternalTools.runPython(Self.reader, [file.path, encoding])
        return try JSONDecoder().decode(Table.self, from: result.output)
    }

    private func export(_ plans: [OperatingPlan], options: CSVExporter.Options = .init()) throws -> URL {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("csv")
        var stream = PlanStream(plans)
        try CSVExporter().export(&stream, to: .path(folder.path), options: options)
        return folder
    }

    private var sample: OperatingPlan {
        get throws { try PublishedTextImporter().importPlan(from: Fixtures.data(Fixtures.higashisumiyoshi)).plan }
    }

    @Test("the sample's initiatives: BOM, CRLF, header, 8 rows, budgets sum to 135,783, text byte for byte")
    func sampleInitiatives() throws {
        let plan = try sample
        let table = try read(try export([plan]).appendingPathComponent("initiatives.csv"))
        #expect(table.bom)
        #expect(table.crlf == 9)
        #expect(table.bareLF == 0)
        #expect(table.rows.first == ["全国地方公共団体コード", "都道府県名", "市区町村名", "区名", "年度", "年度(和暦)", "状態", "状態(和文)", "経営課題番号", "経営課題名", "戦略番号", "戦略名", "具体的取組番号", "具体的取組名", "予算額(千円)", "取組内容", "業績目標", "中間振り返り", "自己評価", "戦略の内容"])
        let rows = table.rows.dropFirst()
        #expect(rows.count == 8)
        #expect(rows.compactMap { Int($0[14]) }.reduce(0, +) == 135_783)
        for (row, entry) in zip(rows, plan.initiativeEntries) {
            #expect(row == [
                "271217", "大阪府", "大阪市", "東住吉区", "2020", "令和2年度", "draft", "案", String(entry.issue.number), entry.issue.title, entry.strategy.id.description,
                entry.strategy.title, entry.initiative.id.description, entry.initiative.title,
                String(entry.initiative.budget!.amount), entry.initiative.description!, entry.initiative.performanceTarget ?? "",
                entry.initiative.interimReview ?? "", entry.initiative.selfEvaluation ?? "", entry.strategy.description ?? "",
            ])
            #expect(Array(row[13].utf8) == Array(entry.initiative.title.utf8))
        }
    }

    @Test("plans and reform items tables; English headers on request")
    func otherTables() throws {
        let folder = try export([try sample], options: .init(header: .en))
        let plans = try read(folder.appendingPathComponent("plans.csv"))
        #expect(plans.rows.first?.prefix(5) == ["local_government_code", "prefecture", "municipality", "ward", "fiscal_year"])
        #expect(plans.rows.last?[11] == "135783")
        #expect(plans.rows.last?[8] == "上田 正敏")
        let items = try read(folder.appendingPathComponent("reform-items.csv"))
        #expect(items.rows.first == ["local_government_code", "prefecture", "municipality", "ward", "fiscal_year", "fiscal_year_label", "status", "status_label", "item_number", "item_title", "pillar", "pillar_level1", "pillar_level2", "pillar_level3", "actions", "target"])
        #expect(items.rows[1][10...13] == ["3-3(4)", "3", "3", "4"])
        #expect(items.rows[2][10...13] == ["5-1", "5", "1", ""])
        #expect(items.rows[1][14] == "現年度滞納者を中心に納付督促及び財産調査を実施\n差押予告の送付、滞納処分の強化\n新規加入者への保険証交付時に口座振替勧奨")
        let initiatives = try read(folder.appendingPathComponent("initiatives.csv"))
        #expect(initiatives.rows.first?[14] == "budget_thousand_yen")
    }

    @Test("fields with commas, quotes and newlines round-trip; a missing budget is an empty cell")
    func quoting() throws {
        var plan = Fixtures.smallPlan()
        let awkward = "a, \"quoted\" title\r\nwith lines\nand 《》【】「」 ＡＢＣ ⽅"
        plan.issues[0].strategies[0].initiatives[0].title = awkward
        let table = try read(try export([plan]).appendingPathComponent("initiatives.csv"))
        #expect(table.rows[1][13] == awkward)
        #expect(table.rows[2][14] == "")
        #expect(table.rows.count == 4)
    }

    @Test("cp932 output decodes with Python's cp932 codec, including ～ and “”")
    func cp932() throws {
        let plan = try sample
        let folder = try export([plan], options: .init(encoding: .cp932))
        let plans = try read(folder.appendingPathComponent("plans.csv"), encoding: "cp932")
        #expect(!plans.bom)
        #expect(plans.rows[1][9] == plan.goal)
        let initiatives = try read(folder.appendingPathComponent("initiatives.csv"), encoding: "cp932")
        #expect(initiatives.rows.count == 9)
        #expect(initiatives.rows[3][9] == plan.issues[1].title)
    }

    @Test("a character CP932 cannot hold is an error naming it, the table, row and column; nothing is written")
    func cp932Error() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[1].strategies[0].initiatives[0].description = "寿司🍣"
        let parent = try Fixtures.temporaryFolder()
        let folder = parent.appendingPathComponent("csv")
        var stream = PlanStream([plan])
        #expect(thrownError {
            try CSVExporter().export(&stream, to: .path(folder.path), options: .init(encoding: .cp932))
        } == EnglishError(
            .unrepresentable,
            "CP932 (Shift_JIS) cannot hold the character 「🍣」 (U+1F363) in initiatives.csv, row 4, column 16 (description); use encoding utf8-bom or utf8",
            path: folder.path + "/initiatives.csv"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test("the formula guard neutralises = + - @ tab and CR in text, never numbers; it can be turned off")
    func formulaGuard() throws {
        var plan = Fixtures.smallPlan()
        let starts = ["=SUM(A1:A2)", "+81", "-1", "@cmd", "\tx", "\rx"]
        plan.issues[0].strategies[0].initiatives[0].description = starts[0]
        plan.issues[0].strategies[0].initiatives[1].description = starts[1]
        plan.issues[1].strategies[0].initiatives[0].description = starts[2]
        plan.issues[1].strategies[0].initiatives[0].budget = ThousandYen(-7)
        plan.issues[0].title = starts[3]
        plan.issues[1].title = starts[4]
        plan.issues[0].strategies[0].title = starts[5]
        let guarded = try read(try export([plan]).appendingPathComponent("initiatives.csv"))
        #expect(guarded.rows.dropFirst().map { $0[15] } == ["'=SUM(A1:A2)", "'+81", "'-1"])
        #expect(guarded.rows[1][9] == "'@cmd")
        #expect(guarded.rows[3][9] == "'\tx")
        #expect(guarded.rows[1][11] == "'\rx")
        #expect(guarded.rows[3][14] == "-7")
        let raw = try read(try export([plan], options: .init(formulaGuard: false)).appendingPathComponent("initiatives.csv"))
        #expect(raw.rows.dropFirst().map { $0[15] } == ["=SUM(A1:A2)", "+81", "-1"])
    }

    /// What Frictionless makes of an exported folder's datapackage.json.
    private struct FrictionlessReport: Decodable {
        let valid: Bool
        let errors: [String]
        let rows: [String: Int]
        let fields: [String: [String]]
        let types: [String: [String]]
        let keys: [String: [String]]
        let encoding: [String]
    }

    private func frictionless(_ folder: URL) throws -> FrictionlessReport {
        let script = """
            import json, sys
            from frictionless import Package
            package = Package(sys.argv[1] + '/datapackage.json')
            report = package.validate()
            print(json.dumps({'valid': report.valid, 'errors': [e.message for t in report.tasks for e in t.errors][:5],
              'rows': {r.name: len(r.read_rows()) for r in package.resources},
              'fields': {r.name: [f.name for f in r.schema.fields] for r in package.resources},
              'types': {r.name: [f.type for f in r.schema.fields] for r in package.resources},
              'keys': {r.name: r.schema.primary_key for r in package.resources},
              'encoding': [r.encoding for r in package.resources]}))
            """
        return try JSONDecoder().decode(FrictionlessReport.self, from: try ExternalTools.runPython(script, [folder.path]).output)
    }

    @Test("案 and 確定 of one plan in one export: 状態 is in every table and key, so Frictionless finds them valid")
    func twoVersions() throws {
        var final = try sample
        final.status = .final
        let folder = try export([try sample, final])
        let report = try frictionless(folder)
        #expect(report.valid, "\(report.errors)")
        #expect(report.rows == ["plans": 2, "issues": 10, "issue-budget-lines": 0, "strategies": 16, "initiatives": 16, "outcome-indicators": 0,
                              "reform-items": 6])
        #expect(report.keys["initiatives"] == ["区名", "年度", "状態", "具体的取組番号"])
        let plans = try read(folder.appendingPathComponent("plans.csv"))
        #expect(plans.rows.dropFirst().map { $0[6...7] } == [["draft", "案"], ["final", "確定"]])
    }

    @Test("datapackage.json validates with Frictionless and describes the files")
    func dataPackage() throws {
        for options in [CSVExporter.Options(), .init(header: .en, encoding: .cp932)] {
            let folder = try export([try sample, Fixtures.smallPlan()], options: options)
            let report = try frictionless(folder)
            #expect(report.valid, "\(report.errors)")
            #expect(report.rows == ["plans": 2, "issues": 7, "issue-budget-lines": 0, "strategies": 10, "initiatives": 11,
                                  "outcome-indicators": 0, "reform-items": 4])
            #expect(report.fields["initiatives"] == FlatTable.initiatives.columns.map { $0.name(options.header) })
            #expect(report.types["initiatives"]?[14] == "integer")
            #expect(report.keys["plans"] == FlatTable.plans.primaryKey.map { $0.name(options.header) })
            #expect(Set(report.encoding) == [options.encoding == .cp932 ? "cp932" : "utf-8-sig"])
        }
    }

    @Test("the 2023+ layout: issues budgeted by their own 予算額 line, and those lines, valid for Frictionless and read by csv")
    func statedBudgets() throws {
        let plan = try PublishedTextImporter().importPlan(from: Fixtures.data("samples/higashiura-r6-webpage.txt")).plan
        let folder = try export([plan])
        let report = try frictionless(folder)
        #expect(report.valid, "\(report.errors)")
        #expect(report.rows == ["plans": 1, "issues": 2, "issue-budget-lines": 6, "strategies": 3, "initiatives": 0,
                              "outcome-indicators": 2, "reform-items": 0])
        #expect(report.keys["issue-budget-lines"] == ["区名", "年度", "状態", "経営課題番号", "区分", "対象年度"])
        let issues = try read(folder.appendingPathComponent("issues.csv"))
        let header = try #require(issues.rows.first)
        let budget = try #require(header.firstIndex(of: "予算額(千円)"))
        let basis = try #require(header.firstIndex(of: "予算額の根拠"))
        #expect(issues.rows.dropFirst().map { [$0[budget], $0[basis]] } == [["56000", "statedBudget"], ["10000", "statedBudget"]])
        let lines = try read(folder.appendingPathComponent("issue-budget-lines.csv"))
        #expect(lines.rows.dropFirst().map { Array($0.suffix(2)) } == [
            ["48000", "令和4年度決算額 4千8百万円"], ["51000", "令和5年度予算額 5千1百万円"], ["56000", "令和6年度予算額 5千6百万円"],
            ["9000", "令和4年度決算額 9百万円"], ["12000", "令和5年度予算額 1千2百万円"], ["10000", "令和6年度予算額 1千万円"],
        ])
    }

    @Test("pandas reads a multi-ward, multi-year export through the datapackage's types: 予算額 as integers, 予算なし as missing")
    func pandas() throws {
        var second = Fixtures.smallPlan(ward: "北区", year: 2022, scale: 2)
        second.issues[0].strategies[0].initiatives[0].budget = nil
        let higashiura = try PublishedTextImporter().importPlan(from: Fixtures.data("samples/higashiura-r6-webpage.txt")).plan
        let folder = try export([try sample, Fixtures.smallPlan(ward: "北区", year: 2021), second, higashiura])
        #expect(try frictionless(folder).valid)
        // Each column read with the pandas dtype of its datapackage type; only an empty cell is missing.
        let script = """
            import json, sys
            import pandas as pd
            folder = sys.argv[1]
            package = json.load(open(folder + '/datapackage.json', encoding='utf-8'))
            dtypes = {'integer': 'Int64', 'number': 'Float64', 'boolean': 'boolean'}
            out = {}
            for resource in package['resources']:
                fields = resource['schema']['fields']
                frame = pd.read_csv(folder + '/' + resource['path'], encoding=resource.get('encoding', 'utf-8'),
                                    dtype={f['name']: dtypes.get(f['type'], 'string') for f in fields},
                                    keep_default_na=False, na_values=resource['schema'].get('missingValues', ['']))
                budget = '予算額(千円)'
                if budget in frame.columns:
                    column = frame[budget]
                    out[resource['name']] = {'dtype': str(column.dtype), 'rows': len(frame), 'missing': int(column.isna().sum()),
                                             'sum': int(column.sum()), 'years': sorted(int(y) for y in frame['年度'].unique())}
            print(json.dumps(out))
            """
        struct Column: Decodable, Equatable {
            let dtype: String
            let rows: Int
            let missing: Int
            let sum: Int
            let years: [Int]
        }
        let columns = try JSONDecoder().decode([String: Column].self, from: try ExternalTools.runPython(script, [folder.path]).output)
        #expect(columns["initiatives"] == Column(dtype: "Int64", rows: 14, missing: 3, sum: 135_783 + 4_000 + 6_000, years: [2020, 2021, 2022]))
        #expect(columns["issues"] == Column(dtype: "Int64", rows: 11, missing: 1, sum: 135_783 + 4_000 + 6_000 + 66_000,
                                            years: [2020, 2021, 2022, 2024]))
    }

    @Test("many plans stream through row by row")
    func streaming() throws {
        var produced = 0
        var stream = PlanStream {
            guard produced < 2_000 else { return nil }
            produced += 1
            return Fixtures.smallPlan(ward: "区\(produced % 24)", year: 2000 + produced)
        }
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("csv")
        try CSVExporter().export(&stream, to: .path(folder.path), options: .init())
        let table = try read(folder.appendingPathComponent("initiatives.csv"))
        #expect(table.rows.count == 1 + 2_000 * 3)
        #expect(table.rows.last?[4] == "4000")
    }
}
