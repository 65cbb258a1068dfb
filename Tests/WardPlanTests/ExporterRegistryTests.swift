import Foundation
import Testing
import WardPlan
import TestSupport

/// An exporter written outside the package: a plain-text list of ward names, one a line.
struct WardListExporter: PlanExporter {
    struct Options: ExporterOptions {
        var prefix = ""
        static let settingNames = ["prefix"]
        init(settings: ExportSettings) throws(ExportError) {
            try settings.checkNames(Self.settingNames, format: "wards")
            prefix = settings["prefix"] ?? ""
        }
    }

    var format: ExportFormat { ExportFormat(name: "wards", summary: "ward names", fileExtension: "txt") }

    func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        guard case .path(let url) = destination else { throw ExportError("needs a file", destination: "\(destination)") }
        var names: [String] = []
        while let plan = try plans.next() { names.append(options.prefix + plan.ward.name) }
        try AtomicFile.write(Data(names.joined(separator: "\n").utf8), to: url)
    }
}

/// An exporter that fails half way, after writing part of its output.
struct FailingExporter: PlanExporter {
    var format: ExportFormat { ExportFormat(name: "failing", summary: "fails", fileExtension: "txt") }

    func export(_ plans: inout PlanStream, to destination: ExportDestination, options: NoExportOptions) throws {
        guard case .path(let url) = destination else { return }
        try AtomicFile.withWriter(to: url) { writer in
            try writer.write("half written")
            try writer.flush()
            throw ExportError("failed on purpose", destination: url.path)
        }
    }
}

@Suite("Exporter plug-ins")
struct ExporterRegistryTests {
    @Test("an exporter from outside the package registers and runs by name, with its typed options")
    func thirdPartyExporter() throws {
        var registry = ExporterRegistry()
        try registry.register(JSONExporter())
        try registry.register(WardListExporter())
        #expect(registry.formats.map(\.name) == ["json", "wards"])
        let output = try Fixtures.temporaryFolder().appendingPathComponent("wards.txt")
        var plans = PlanStream([Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "西区")])
        try registry.exporter(named: "wards").export(&plans, to: .path(output), settings: ExportSettings(["prefix": "大阪市"]))
        #expect(try String(contentsOf: output, encoding: .utf8) == "大阪市北区\n大阪市西区")
    }

    @Test("names are unique; unknown names and options are clear errors")
    func registryErrors() throws {
        var registry = ExporterRegistry()
        try registry.register(JSONExporter())
        #expect(throws: ExportError("an exporter named \"json\" is registered already", destination: "json")) {
            try registry.register(JSONExporter())
        }
        #expect(throws: ExportError("no exporter named \"pdf\"; there are: json", destination: "pdf")) {
            try registry.exporter(named: "pdf")
        }
        var plans = PlanStream([Fixtures.smallPlan()])
        #expect(throws: ExportError("the json exporter has no option \"colour\"; it takes: lines", destination: "json")) {
            try registry.exporter(named: "json").export(&plans, to: .standardOutput, settings: ExportSettings(["colour": "red"]))
        }
    }

    @Test("a failed export leaves no partial file and the existing file untouched")
    func failedExportIsAtomic() throws {
        let folder = try Fixtures.temporaryFolder()
        let output = folder.appendingPathComponent("out.txt")
        try Data("precious".utf8).write(to: output)
        var plans = PlanStream([Fixtures.smallPlan()])
        #expect(throws: ExportError("failed on purpose", destination: output.path)) {
            try FailingExporter().export(&plans, to: .path(output), options: NoExportOptions())
        }
        #expect(try String(contentsOf: output, encoding: .utf8) == "precious")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }

    @Test("an output folder that does not exist is a clear error")
    func missingFolder() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("no/such/out.json")
        var plans = PlanStream([Fixtures.smallPlan()])
        #expect {
            try JSONExporter().export(&plans, to: .path(output), options: .init())
        } throws: { ($0 as? ExportError)?.message.hasSuffix("does not exist") == true }
    }

    @Test("the JSON exporter writes one plan as an object, several as an array or JSON Lines")
    func jsonExporter() throws {
        let folder = try Fixtures.temporaryFolder()
        let plans = [Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "西区")]
        for name in ["one.json", "two.json", "two.jsonl"] {
            var stream = PlanStream(name == "one.json" ? [plans[0]] : plans)
            try JSONExporter().export(&stream, to: .path(folder.appendingPathComponent(name)), options: .init())
        }
        #expect(try PlanJSON.decode(Data(contentsOf: folder.appendingPathComponent("one.json"))) == plans[0])
        for name in ["two.json", "two.jsonl"] {
            var reader = PlanDatasetReader(source: ByteSource(data: try Data(contentsOf: folder.appendingPathComponent(name))))
            #expect(try reader.next() == plans[0])
            #expect(try reader.next() == plans[1])
            #expect(try reader.next() == nil)
        }
        let lines = try String(contentsOf: folder.appendingPathComponent("two.jsonl"), encoding: .utf8)
        #expect(lines.split(separator: "\n").count == 2)
    }
}
