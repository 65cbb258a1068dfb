import Foundation
import Testing
import WardPlan
import TestSupport

@Suite("wardplan export and formats")
struct ExportCommandTests {
    @Test("formats lists the registered exporters")
    func formats() throws {
        let result = try CommandRunner.wardplan(["formats"])
        #expect(result.status == 0)
        #expect(result.text.split(separator: "\n").map { $0.split(separator: "\t").first } == ["csv", "html", "json", "xlsx"])
    }

    @Test("export --format csv streams one table to standard output with the named options")
    func csvToStandardOutput() throws {
        let result = try CommandRunner.wardplan([
            "export", Fixtures.url(Fixtures.higashisumiyoshi).path, Fixtures.url(Fixtures.kitahamahigashi).path,
            "--format", "csv", "--output", "-", "--table", "plans", "--header", "en", "--encoding", "utf8",
        ])
        #expect(result.status == 0)
        let lines = result.text.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("ward,fiscal_year,fiscal_year_label,status") == true)
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("東住吉区,2020,令和2年度,draft,案,上田 正敏"))
        #expect(lines[2].contains(",10500,2,3,1,0"))
    }

    @Test("export --format html writes a page; an option the exporter lacks is refused")
    func htmlPage() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("plan.html")
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let result = try CommandRunner.wardplan(["export", sample, "--format", "html", "--output", output.path])
        #expect(result.status == 0)
        #expect(try String(contentsOf: output, encoding: .utf8).contains("<h1>令和2年度 東住吉区運営方針(案)</h1>"))
        let refused = try CommandRunner.wardplan(["export", sample, "--format", "html", "--output", output.path, "--header", "en"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("has no option \"header\""))
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

    @Test("export --format xlsx --layout data writes a workbook; to standard output it is refused")
    func xlsx() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("plans.xlsx")
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let result = try CommandRunner.wardplan(["export", sample, "--format", "xlsx", "--layout", "data", "--output", output.path])
        #expect(result.status == 0)
        #expect(try Data(contentsOf: output).starts(with: Array("PK".utf8)))
        let refused = try CommandRunner.wardplan(["export", sample, "--format", "xlsx", "--output", "-"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("must be written to a file"))
        let badLayout = try CommandRunner.wardplan(["export", sample, "--format", "xlsx", "--layout", "wide", "--output", output.path])
        #expect(badLayout.errors.contains("option \"layout\" of the xlsx exporter takes both, data, forms, not \"wide\""))
    }

    @Test("an unknown format or option is a clear error with exit 1; a missing option a usage error, exit 2")
    func exportErrors() throws {
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let unknown = try CommandRunner.wardplan(["export", sample, "--format", "pdf", "--output", "-"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("no exporter named \"pdf\"; there are: csv, html, json, xlsx"))
        let option = try CommandRunner.wardplan(["export", sample, "--format", "json", "--output", "-", "-O", "colour=red"])
        #expect(option.status == 1)
        #expect(option.errors.contains("has no option \"colour\""))
        let usage = try CommandRunner.wardplan(["export", sample, "--format", "json"])
        #expect(usage.status == 2)
        #expect(usage.errors.contains("--output"))
    }

    @Test("budgets that overflow when added up: each exporter names the plan, exit 1, nothing written",
          arguments: [("csv", "out"), ("html", "out.html"), ("xlsx", "out.xlsx"), ("html", "site")])
    func overflowingBudgets(format: String, output name: String) throws {
        var plan = Fixtures.smallPlan(ward: "北区")
        plan.issues[0].strategies[0].initiatives[1].budget = ThousandYen(Int.max)
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("plans.jsonl")
        try PlanJSON.encode(plan, pretty: false).write(to: input)
        let result = try CommandRunner.wardplan(["export", input.path, "--format", format, "--output", folder.appendingPathComponent(name).path])
        #expect(result.status == 1)
        #expect(result.errors.contains("error: the budgets of 北区 令和3年度 cannot be added up: budget arithmetic overflows"), "\(result.errors)")
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
