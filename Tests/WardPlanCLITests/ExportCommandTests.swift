import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

@Suite("wardplan export and formats")
struct ExportCommandTests {
    @Test("formats lists the registered exporters")
    func formats() throws {
        let result = try CommandRunner.wardplan(["formats"])
        #expect(result.status == 0)
        let formats = result.text.split(separator: "\n").filter { !$0.hasPrefix(" ") }.map { $0.split(separator: "\t").first }
        #expect(formats == ["csv", "html", "json", "xlsx"])
        #expect(result.text.contains("  --encoding <utf8-bom|utf8|cp932> (default: utf8-bom)\n"))
        #expect(result.text.contains("  --layout <forms|data|both> (default: both)\n"))
        #expect(result.text.contains("  --[no-]formula-guard (default: true)\n"))
    }

    @Test("export --format csv streams one table to standard output with the named options")
    func csvToStandardOutput() throws {
        let result = try CommandRunner.wardplan([
            "export", Fixtures.url(Fixtures.higashisumiyoshi).path, Fixtures.url(Fixtures.kitahamahigashi).path,
            "--format", "csv", "--output", "-", "--table", "plans", "--header", "en", "--encoding", "utf8",
        ])
        #expect(result.status == 0)
        let lines = result.text.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("local_government_code,prefecture,municipality,ward,fiscal_year,fiscal_year_label,status") == true)
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("271217,大阪府,大阪市,東住吉区,2020,令和2年度,draft,案,上田 正敏"))
        // A ward that is not one of Osaka City's has no code, prefecture or municipality to give.
        #expect(lines[2].hasPrefix(",,,北浜東区,2021"))
        #expect(lines[2].contains(",10500,2,3,1,0"))
    }

    @Test("an output named unlike the format's output is written, with a warning: book.xls, no extension, a CSV folder out.csv")
    func outputNameWarnings() throws {
        let folder = try Fixtures.temporaryFolder()
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let cases: [(format: String, name: String, warning: String?)] = [
            ("xlsx", "book.xls", "the xlsx format writes a .xlsx file, but book.xls ends in .xls"),
            ("json", "plan", "the json format writes a .json file, but plan has no extension"),
            ("csv", "out.csv", "the csv format writes a folder of files, but out.csv is named like a .csv file"),
            ("json", "plans.jsonl", nil), ("csv", "tables", nil), ("html", "page.htm", nil),
        ]
        for (format, name, warning) in cases {
            let output = folder.appendingPathComponent(name).path
            let result = try CommandRunner.wardplan(["export", sample, "--format", format, "--output", output])
            #expect(result.status == 0, "\(result.errors)")
            #expect(FileManager.default.fileExists(atPath: output))
            #expect(result.errors.contains("wrote \(output): 1 plan(s), "), "\(result.errors)")
            if let warning {
                #expect(result.errors.contains("\(output): warning: \(warning)"), "\(result.errors)")
            } else {
                #expect(!result.errors.contains("warning"), "\(result.errors)")
            }
        }
    }

    @Test("export says what it wrote — a file's bytes, a folder's files — unless --quiet")
    func saysWhatItWrote() throws {
        let folder = try Fixtures.temporaryFolder()
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let file = folder.appendingPathComponent("plan.json").path
        let said = try CommandRunner.wardplan(["export", sample, "--format", "json", "--output", file])
        let bytes = try #require(try FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber).intValue
        #expect(said.errors == "wrote \(file): 1 plan(s), \(bytes.formatted()) bytes\n")
        let tables = folder.appendingPathComponent("tables").path
        let folderSaid = try CommandRunner.wardplan(["export", sample, "--format", "csv", "--output", tables])
        #expect(folderSaid.errors.hasPrefix("wrote \(tables): 1 plan(s), 8 file(s), "))
        let quiet = try CommandRunner.wardplan(["export", sample, "--format", "json", "--output", file, "--quiet"])
        #expect(quiet.status == 0)
        #expect(quiet.errors.isEmpty)
    }

    @Test("export --format html writes a page; an option the exporter lacks is refused")
    func htmlPage() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("plan.html")
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let result = try CommandRunner.wardplan(["export", sample, "--format", "html", "--output", output.path])
        #expect(result.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("<h1>令和2年度 東住吉区運営方針(案)</h1>"))
        let refused = try CommandRunner.wardplan(["export", sample, "--format", "html", "--output", output.path, "--header", "en"])
        #expect(refused.status == 2)
        #expect(refused.errors.contains("error: the html format has no option \"header\"; it takes no options"))
    }

    @Test("export --format json writes the plan, which reads back equal to a direct import")
    func exportJSON() throws {
        let folder = try Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("plan.json")
        let result = try CommandRunner.wardplan(
            ["export", Fixtures.url(Fixtures.higashisumiyoshi).path, "--format", "json", "--output", output.path])
        #expect(result.status == 0)
        let plan = try PlanJSON.decode(Data(contentsOf: output))
        #expect(plan.ward.name == "東住吉区")
        #expect(try PlanBudget(plan).total == ThousandYen(135_783))
        let again = try CommandRunner.wardplan(["summary", output.path, "--format", "json"])
        #expect(again.text.contains("\"totalThousandYen\" : 135783"))
    }

    @Test("export --format xlsx --layout data writes a workbook; to standard output its bytes; a bad layout is exit 2")
    func xlsx() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("plans.xlsx")
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let result = try CommandRunner.wardplan(["export", sample, "--format", "xlsx", "--layout", "data", "--output", output.path])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: output).starts(with: Array("PK".utf8)))
        let streamed = try CommandRunner.wardplan(["export", sample, "--format", "xlsx", "--output", "-"])
        #expect(streamed.status == 0)
        #expect(streamed.output.starts(with: Array("PK".utf8)))
        for arguments in [["--layout", "wide"], ["-O", "layout=wide"], ["--layout=wide"]] {
            let badLayout = try CommandRunner.wardplan(["export", sample, "--format", "xlsx", "--output", output.path] + arguments)
            #expect(badLayout.status == 2)
            #expect(badLayout.errors == "error: option \"layout\" of the xlsx format takes forms|data|both, not \"wide\"\n")
        }
    }

    @Test("an unknown format, option or value is a usage error, exit 2, with a did-you-mean where one is close")
    func exportErrors() throws {
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let cases: [([String], String)] = [
            (["--format", "nope"], "error: no format named \"nope\"; the formats are: csv, html, json, xlsx"),
            (["--format", "xlxs"], "error: no format named \"xlxs\"; did you mean \"xlsx\"? the formats are: csv, html, json, xlsx"),
            (["--format", "json", "-O", "colour=red"], "error: the json format has no option \"colour\"; it takes: lines"),
            (["--format", "csv", "--encoding", "x"], "error: option \"encoding\" of the csv format takes utf8-bom|utf8|cp932, not \"x\""),
            (["--format", "csv", "--encoding", "cp923"],
             "error: option \"encoding\" of the csv format takes utf8-bom|utf8|cp932, not \"cp923\"; did you mean \"cp932\"?"),
            (["--format", "xlsx", "-O", "layuot=data"], "error: the xlsx format has no option \"layuot\"; did you mean \"layout\"? it takes: layout, versions"),
            (["--format", "xlsx", "--encoding", "cp932"], "error: the xlsx format has no option \"encoding\"; it takes: layout, versions"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.wardplan(["export", sample, "--output", "-"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.errors == message + "\n")
            #expect(result.output.isEmpty)
        }
        let usage = try CommandRunner.wardplan(["export", sample, "--format", "json"])
        #expect(usage.status == 2)
        #expect(usage.errors.contains("--output"))
    }

    @Test("budgets that overflow when added up: refused as invalid, or with --force named by the stream; exit 1, nothing written",
          arguments: [("csv", "out"), ("html", "out.html"), ("xlsx", "out.xlsx"), ("html", "site"), ("json", "out.json")])
    func overflowingBudgets(format: String, output name: String) throws {
        var plan = Fixtures.smallPlan(ward: "北区")
        plan.issues[0].strategies[0].initiatives[1].budget = ThousandYen(Int.max)
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("plans.jsonl")
        try PlanJSON.encode(plan, pretty: false).write(to: input)
        let arguments = ["export", input.path, "--format", format, "--output", folder.appendingPathComponent(name).path]
        let refused = try CommandRunner.wardplan(arguments)
        #expect(refused.status == 1)
        #expect(refused.errors.contains("error: the plan's budgets cannot be added up: budget arithmetic overflows"))
        #expect(refused.errors.contains("error: the plan has 1 error(s) and is not exported (use --force to export it anyway)"))
        let forced = try CommandRunner.wardplan(arguments + ["--force"])
        #expect(forced.status == 1)
        #expect(forced.errors.contains("error: the budgets of 北区 令和3年度 cannot be added up: budget arithmetic overflows"), "\(forced.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plans.jsonl"])
    }

    @Test("a failed export leaves the existing file untouched")
    func failedExportKeepsFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("plan.json")
        try Data("precious".utf8).write(to: output)
        let broken = folder.appendingPathComponent("broken.jsonl")
        try Data((String(decoding: try PlanJSON.encode(Fixtures.smallPlan(), pretty: false), as: UTF8.self) + "\n{oops\n").utf8)
            .write(to: broken)
        let result = try CommandRunner.wardplan(["export", broken.path, "--format", "json", "--output", output.path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: output, encoding: .utf8) == "precious")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["broken.jsonl", "plan.json"])
    }
}
