import Foundation
import Testing
import WardPlan
import WardPlanCLI
import WardPlanExport
import WardPlanJSON
import WardPlanTesting
import TestSupport

/// The command line as a library: a third party's `wardplan` with one more exporter.
@Suite("WardPlanCLI as a library")
struct CLILibraryTests {
    private func registry() throws -> ExporterRegistry {
        var registry = WardPlanCLI.builtinRegistry()
        try registry.register(WardListExporter())
        return registry
    }

    private func run(_ arguments: [String], language: Language = .english) throws -> (status: Int32, output: String, errors: String) {
        let console = Console.inMemory(language: language)
        let status = WardPlanCLI.run(arguments, registry: try registry(), console: console)
        return (status, String(decoding: console.output.bytes, as: UTF8.self), String(decoding: console.errors.bytes, as: UTF8.self))
    }

    @Test("formats and export --help list the third party's format and both its options")
    func listsOptions() throws {
        let formats = try run(["formats"])
        #expect(formats.status == 0)
        #expect(formats.output.contains("wards\tward names and totals, one a line\n"))
        #expect(formats.output.contains("  --prefix <text> (default: )\n      text put before each ward's name\n"))
        #expect(formats.output.contains("  --separator <tab|comma> (default: tab)\n      between name and total\n"))
        let help = try run(["export", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--separator <tab|comma>") && help.output.contains("--prefix <text>"))
    }

    @Test("formats and export --help speak the console's language, whatever the environment's")
    func optionsInConsoleLanguage() throws {
        let formats = try run(["formats"], language: .japanese)
        #expect(formats.status == 0)
        #expect(formats.output.contains("csv\tCSV の表 (計画、"))
        #expect(formats.output.contains("  --header <ja|en> (既定: ja)\n      見出し行の言語\n"), "\(formats.output)")
        let help = try run(["export", "--help"], language: .japanese)
        #expect(help.status == 0)
        #expect(help.output.contains("見出し行の言語"))
        #expect(try run(["formats"]).output.contains("      header row language\n"))
    }

    @Test("split export in process, two jobs at once, a third party's format among them (ThreadSanitizer runs this)")
    func splitInProcess() throws {
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("plans.jsonl").path
        #expect(try run(["generate", "--wards", "5", "--years", "2", "--initiatives", "8", "--output", input]).status == 0)
        for format in ["wards", "xlsx", "csv"] {
            let output = folder.appendingPathComponent(format).path
            let result = try run(["export", input, "--format", format, "--split-by", "ward", "--jobs", "2", "--output", output])
            #expect(result.status == 0, "\(result.errors)")
            let names = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
            #expect(names.count == 5, "\(names)")
            #expect(names.contains(format == "csv" ? "都島区" : "都島区.\(format == "wards" ? "txt" : format)"), "\(names)")
        }
    }

    @Test("export through the entry point takes the options as flags or -O, and refuses bad ones with exit 2")
    func exportsThroughEntryPoint() throws {
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        let flags = try run(["export", sample, "--format", "wards", "--output", "-", "--separator", "comma", "--prefix", "大阪市"])
        #expect(flags.status == 0)
        #expect(flags.output == "# wards\n大阪市東住吉区,135783\n")
        let dashO = try run(["export", sample, "--format", "wards", "--output", "-", "-O", "separator=comma", "-O", "prefix=大阪市"])
        #expect(dashO.output == flags.output)
        let bad = try run(["export", sample, "--format", "wards", "--output", "-", "--separator", "semicolon"])
        #expect(bad.status == 2)
        #expect(bad.errors == "error: option \"separator\" of the wards format takes tab|comma, not \"semicolon\"\n")
        #expect(bad.output.isEmpty)
    }

    @Test("summary writes through the console; an unknown subcommand is exit 2")
    func summaryAndUsage() throws {
        let summary = try run(["summary", Fixtures.url(Fixtures.higashisumiyoshi).path])
        #expect(summary.status == 0)
        #expect(summary.output.contains("合計 (total)                       135,783千円  100.0%"))
        #expect(try run(["frobnicate"]).status == 2)
    }

    @Test("an error of a third-party exporter is exit 1 with its text, never a usage error")
    func externalErrors() throws {
        var registry = ExporterRegistry()
        try registry.register(ThrowingExporter())
        let console = Console.inMemory()
        let status = WardPlanCLI.run(["export", Fixtures.url(Fixtures.higashisumiyoshi).path, "--format", "throwing", "--output", "-"],
                                     registry: registry, console: console)
        #expect(status == 1)
        #expect(String(decoding: console.errors.bytes, as: UTF8.self) == "standard output: error: PrinterOnFire()\n")
    }
}

private struct PrinterOnFire: Error {}

private struct ThrowingExporter: PlanExporter {
    var format: ExportFormat { ExportFormat(name: "throwing", summary: Message(""), fileExtension: "txt") }
    func export(_ plans: inout PlanStream, to destination: ExportDestination, options: NoOptions) throws { throw PrinterOnFire() }
}

@Suite("Format options written as flags")
struct FlagSpellingTests {
    @Test("a flag takes --name, --name false, --name=false, --no-name and -O name=false alike")
    func flagSpellings() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].initiatives[0].description = "=1+1"
        let input = try Fixtures.temporaryFolder().appendingPathComponent("plan.json")
        try PlanJSON.encode(plan).write(to: input)
        let base = ["export", input.path, "--format", "csv", "--output", "-", "--encoding", "utf8"]
        for spelling in [["--formula-guard", "false"], ["--formula-guard=false"], ["--no-formula-guard"], ["-O", "formula-guard=false"]] {
            let result = try CommandRunner.wardplan(base + spelling)
            #expect(result.status == 0, "\(spelling): \(result.errors)")
            #expect(result.text.contains(",1000,=1+1,,,,\r\n"), "\(spelling)")
        }
        for spelling in [[], ["--formula-guard"], ["--formula-guard", "yes"]] {
            let result = try CommandRunner.wardplan(base + spelling)
            #expect(result.status == 0 && result.text.contains(",1000,'=1+1,,,,\r\n"), "\(spelling)")
        }
    }
}
