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
        #expect(result.text.hasPrefix("json\t"))
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

    @Test("an unknown format or option is a clear error with exit 1; a missing option a usage error, exit 2")
    func exportErrors() throws {
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let unknown = try CommandRunner.wardplan(["export", sample, "--format", "pdf", "--output", "-"])
        #expect(unknown.status == 1)
        #expect(unknown.errors.contains("no exporter named \"pdf\"; there are: json"))
        let option = try CommandRunner.wardplan(["export", sample, "--format", "json", "--output", "-", "-O", "colour=red"])
        #expect(option.status == 1)
        #expect(option.errors.contains("has no option \"colour\""))
        let usage = try CommandRunner.wardplan(["export", sample, "--format", "json"])
        #expect(usage.status == 2)
        #expect(usage.errors.contains("--output"))
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
