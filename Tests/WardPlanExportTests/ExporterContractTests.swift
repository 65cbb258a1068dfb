import Foundation
import Testing
import WardPlan
import WardPlanExport
import WardPlanJSON
import WardPlanTesting
import TestSupport

@Suite("The exporter contract")
struct ExporterContractTests {
    @Test("a third-party exporter registers, takes its typed options and passes the conformance checker")
    func thirdPartyExporter() throws {
        var registry = ExporterRegistry()
        try registry.register(JSONExporter())
        try registry.register(WardListExporter())
        #expect(registry.formats.map(\.name) == ["json", "wards"])
        let output = MemoryOutput()
        var plans = PlanStream([Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "西区", scale: 2)])
        try registry.exporter(named: "wards").export(&plans, to: .memory(output), settings: ["prefix": "大阪市", "separator": "comma"])
        #expect(output.contents(of: "wards.txt") == Array("# wards\n大阪市北区,4000\n大阪市西区,8000\n".utf8))
        let failures = ExporterConformance(WardListExporter(), settings: ["separator": "comma"]).run()
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test("the JSON exporter passes the conformance checker, as lines too")
    func jsonConforms() {
        #expect(ExporterConformance(JSONExporter()).run().isEmpty)
        #expect(ExporterConformance(JSONExporter(), settings: ["lines": "true"]).run().isEmpty)
    }

    @Test("the checker catches an exporter that breaks the contract")
    func checkerCatchesBreakage() {
        let failures = ExporterConformance(CarelessExporter()).run().map(\.check)
        #expect(failures == ["a failed export to a new path", "a failed export over an existing output", "a failed export to memory"])
    }

    @Test("names are unique; an unknown format names the close one and the list")
    func registryErrors() throws {
        var registry = ExporterRegistry()
        try registry.register(JSONExporter())
        try registry.register(WardListExporter())
        #expect(thrownError {
            try registry.register(JSONExporter())
        } == EnglishError(.formatConflict, "an exporter named \"json\" is registered already"))
        #expect(thrownError {
            _ = try registry.exporter(named: "jsno")
        } == EnglishError(.unknownFormat, "no format named \"jsno\"; did you mean \"json\"? the formats are: json, wards"))
        #expect(thrownError {
            _ = try registry.exporter(named: "pdf")
        } == EnglishError(.unknownFormat, "no format named \"pdf\"; the formats are: json, wards"))
    }

    @Test("options are checked against their declarations, with did-you-mean")
    func optionErrors() throws {
        let exporter = AnyPlanExporter(WardListExporter())
        #expect(thrownError {
            _ = try exporter.values(["prefx": "x"])
        } == EnglishError(.invalidOption, "the wards format has no option \"prefx\"; did you mean \"prefix\"? it takes: prefix, separator"))
        #expect(thrownError {
            _ = try exporter.values(["separator": "coma"])
        } == EnglishError(.invalidOption, "option \"separator\" of the wards format takes tab|comma, not \"coma\"; did you mean \"comma\"?"))
        #expect(thrownError {
            _ = try AnyPlanExporter(JSONExporter()).values(["lines": "maybe"])
        } == EnglishError(.invalidOption, "option \"lines\" of the json format takes true|false, not \"maybe\""))
        #expect(WardPlanError.Kind.invalidOption.isUsageError && WardPlanError.Kind.unknownFormat.isUsageError)
        #expect(!WardPlanError.Kind.outputFailed.isUsageError)
    }

    @Test("typed values: defaults, flags in their spellings, integers in range")
    func typedValues() throws {
        let level = ExportOption.integer("level", default: 2, in: 1...4, help: Message(""))
        let flag = ExportOption.flag("on", help: Message(""))
        let values = try OptionValues(["level": "3", "on": "yes"], declarations: [level.declaration, flag.declaration], format: "t")
        #expect(values[level] == 3 && values[flag] == true)
        #expect(OptionValues()[level] == 2 && OptionValues()[flag] == false)
        #expect(throws: WardPlanError.self) { try OptionValues(["level": "9"], declarations: [level.declaration], format: "t") }
    }

    @Test("a stream is lazy, peeks one plan ahead and counts what it handed out")
    func streamContract() throws {
        var produced = 0
        let plans = (1...3).lazy.map { index -> OperatingPlan in
            produced += 1
            return Fixtures.smallPlan(ward: "区\(index)")
        }
        var stream = PlanStream(plans)
        #expect(produced == 0)
        #expect(try stream.peek()?.plan.ward.name == "区1")
        #expect(try stream.next()?.budget.total == ThousandYen(4_000))
        #expect(produced == 1)
        while try stream.next() != nil {}
        #expect(stream.count == 3 && produced == 3)
    }

    @Test("a plan whose budgets overflow is an error naming it, not a trap")
    func streamOverflow() {
        var plan = Fixtures.smallPlan(ward: "北区")
        plan.issues[0].strategies[0].initiatives[0].budget = ThousandYen(Int.max)
        plan.issues[1].strategies[0].initiatives[0].budget = ThousandYen(1)
        var stream = PlanStream([plan])
        #expect { try stream.next() } throws: { error in
            let error = error as? WardPlanError
            return error?.kind == .budgetOverflow && error?.message.english.hasPrefix("the budgets of 北区 令和3年度 cannot be added up") == true
        }
    }

    @Test("a path keeps a file's permissions and updates a symbolic link's target")
    func pathDetails() throws {
        let folder = try Fixtures.temporaryFolder()
        let target = folder.appendingPathComponent("real.txt").path
        let link = folder.appendingPathComponent("link.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
        var plans = PlanStream([Fixtures.smallPlan(ward: "北区")])
        try AnyPlanExporter(WardListExporter()).export(&plans, to: .path(link))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.txt")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "# wards\n北区\t4000\n")
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["link.txt", "real.txt"])
    }

    @Test("an output folder that does not exist, or a folder in place of a file, is a clear error")
    func badPaths() throws {
        let folder = try Fixtures.temporaryFolder()
        var plans = PlanStream([Fixtures.smallPlan()])
        #expect(thrownError {
            try AnyPlanExporter(JSONExporter()).export(&plans, to: .path(folder.path + "/no/such/out.json"))
        } == EnglishError(.outputFailed, "the folder \(folder.path)/no/such does not exist", path: folder.path + "/no/such/out.json"))
        var more = PlanStream([Fixtures.smallPlan()])
        #expect(thrownError {
            try AnyPlanExporter(JSONExporter()).export(&more, to: .path(folder.path))
        } == EnglishError(.outputFailed, "this is a folder; name a file to write", path: folder.path))
    }

    @Test("a device is written through, never replaced; a full one is an error")
    func devices() throws {
        var plans = PlanStream([Fixtures.smallPlan()])
        try AnyPlanExporter(JSONExporter()).export(&plans, to: .path("/dev/null"))
        var attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
        var full = PlanStream([Fixtures.smallPlan()])
        #expect { try AnyPlanExporter(JSONExporter()).export(&full, to: .path("/dev/full")) } throws: { error in
            (error as? WardPlanError)?.message.english == "cannot write: No space left on device"
        }
        attributes = try FileManager.default.attributesOfItem(atPath: "/dev/full")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test("the JSON exporter writes none as [], one plan as an object, several as an array or JSON Lines")
    func jsonShapes() throws {
        let plans = [Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "西区")]
        func export(_ plans: [OperatingPlan], _ settings: [String: String] = [:]) throws -> [UInt8] {
            let output = MemoryOutput()
            var stream = PlanStream(plans)
            try AnyPlanExporter(JSONExporter()).export(&stream, to: .memory(output), settings: settings)
            return output.singleFile?.bytes ?? []
        }
        #expect(try export([]) == Array("[]\n".utf8))
        #expect(try PlanJSON.decode(Data(export([plans[0]]))) == plans[0])
        for settings in [[:], ["lines": "true"]] {
            var reader = PlanDatasetReader(source: ByteSource(data: Data(try export(plans, settings))))
            #expect(try reader.next() == plans[0])
            #expect(try reader.next() == plans[1])
            #expect(try reader.next() == nil)
        }
        #expect(try export(plans, ["lines": "true"]).count { $0 == UInt8(ascii: "\n") } == 2)
    }
}

/// An exporter that breaks the contract: nothing for zero plans, and it writes straight to the target.
private struct CarelessExporter: PlanExporter {
    var format: ExportFormat { ExportFormat(name: "careless", summary: Message(""), fileExtension: "txt") }

    func export(_ plans: inout PlanStream, to destination: ExportDestination, options: NoOptions) throws {
        var text = ""
        while let plan = try? plans.next() { text += plan.plan.ward.name }
        switch destination {
        case .path(let path): try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        case .stream(let sink): try sink.write(contentsOf: Array(text.utf8))
        case .memory(let output): try ExportDestination.memory(output).writeFile(named: "x") { try $0.write(text) }
        }
    }
}

@Suite("Concurrent export of independent outputs")
struct ConcurrentExportTests {
    @Test("jobs run in parallel give the bytes a sequential run gives; a failed job is reported by index")
    func matchesSequential() async throws {
        let plans = (0..<6).map { Fixtures.smallPlan(ward: "区\($0)", year: 2020 + $0 % 2, scale: $0 + 1) }
        let exporter = AnyPlanExporter(WardListExporter())
        let parallel = plans.map { _ in MemoryOutput() }
        let failures = try await exporter.export(zip(plans, parallel).map { ExportJob(plans: [$0], destination: .memory($1)) },
                                                 settings: ["separator": "comma"], jobs: 3)
        #expect(failures.isEmpty)
        for (plan, output) in zip(plans, parallel) {
            let sequential = MemoryOutput()
            var stream = PlanStream([plan])
            try exporter.export(&stream, to: .memory(sequential), settings: ["separator": "comma"])
            #expect(output.files == sequential.files)
        }
        let broken = try await exporter.export([ExportJob(plans: plans, destination: .path("/no/such/folder/x.txt")),
                                                ExportJob(plans: plans, destination: .memory(MemoryOutput()))], jobs: 2)
        #expect(broken.keys.sorted() == [0] && broken[0]?.kind == .outputFailed)
    }
}

@Suite("Outputs that lose nothing")
struct OutputSafetyTests {
    @Test("temporaries a killed run left an hour ago are removed; a live process's, a recent one and other files are kept")
    func staleTemporaries() throws {
        let folder = try Fixtures.temporaryFolder()
        let stale = [".wardplan-4000000-17.tmp", ".wardplan-4000001-9.old", ".wardplan-4000002-3.tmp"]
        let kept = [".wardplan-\(getpid())-5.tmp", ".wardplan-notes.tmp", "notes.txt", ".wardplan-4000003-1.tmp"]
        for name in stale.dropLast() + kept { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(stale[2]), withIntermediateDirectories: false)
        let twoHoursAgo = Date(timeIntervalSinceNow: -7200)
        for name in stale + kept.dropLast() {
            try FileManager.default.setAttributes([.modificationDate: twoHoursAgo], ofItemAtPath: folder.appendingPathComponent(name).path)
        }
        var plans = PlanStream([Fixtures.smallPlan()])
        try AnyPlanExporter(WardListExporter()).export(&plans, to: .path(folder.appendingPathComponent("out.txt").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == (kept + ["out.txt"]).sorted())
    }

    @Test("a FIFO is written through, its reader gets the bytes, and it stays a FIFO")
    func fifo() async throws {
        let path = try Fixtures.temporaryFolder().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        let reader = Task.detached { FileHandle(forReadingAtPath: path).map(readAll) }
        var plans = PlanStream([Fixtures.smallPlan(ward: "北区")])
        try AnyPlanExporter(WardListExporter()).export(&plans, to: .path(path))
        #expect(await reader.value == Data("# wards\n北区\t4000\n".utf8))
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }
}
