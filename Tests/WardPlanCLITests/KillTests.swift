import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

/// A kill at any moment leaves either the old output or the new one — never a mix, never a partial file.
@Suite("Exports killed midway")
struct KillTests {
    /// Every file under `path` (a file, or a folder's visible files) by relative name; hidden temporaries are left out.
    private func snapshot(_ path: String) throws -> [String: Data] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return [:] }
        guard isFolder.boolValue else { return ["": try Data(contentsOf: URL(fileURLWithPath: path))] }
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) where !name.hasPrefix(".") {
            files[name] = try Data(contentsOf: URL(fileURLWithPath: path + "/" + name))
        }
        return files
    }

    @Test("SIGKILL at several points of a JSON file, CSV folder and XLSX export: the old output or the new, whole",
          arguments: [("json", "out.json"), ("csv", "tables"), ("xlsx", "book.xlsx")])
    func killed(format: String, output name: String) throws {
        let folder = try Fixtures.temporaryFolder()
        let old = folder.appendingPathComponent("old.jsonl")
        let new = folder.appendingPathComponent("new.jsonl")
        func dataset(_ plans: Int, scale: Int) throws -> Data {
            var lines = Data()
            for index in 0..<plans {
                lines.append(try PlanJSON.encode(Fixtures.smallPlan(ward: "区\(index)", year: 2000 + index % 20, scale: scale), pretty: false))
                lines.append(0x0A)
            }
            return lines
        }
        try dataset(3, scale: 1).write(to: old)
        try dataset(1_500, scale: 2).write(to: new)
        let target = folder.appendingPathComponent(name).path
        let reference = folder.appendingPathComponent("reference-" + name).path
        let layout = format == "xlsx" ? ["--layout", "data"] : []
        #expect(try CommandRunner.wardplan(["export", new.path, "--format", format, "--output", reference] + layout).status == 0)
        let newOutput = try snapshot(reference)
        var killedMidway = 0
        for delay in [0, 5_000, 30_000, 100_000, 250_000, 600_000] {
            #expect(try CommandRunner.wardplan(["export", old.path, "--format", format, "--output", target] + layout).status == 0)
            let oldOutput = try snapshot(target)
            let process = Process()
            process.executableURL = CommandRunner.productsFolder.appendingPathComponent("wardplan")
            process.arguments = ["export", new.path, "--format", format, "--output", target] + layout
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            let after = try snapshot(target)
            if format == "xlsx", after != oldOutput {
                // A workbook's bytes hold its creation time, so the new one is checked whole: every row read back by openpyxl.
                let check = "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1], read_only=True)['データ'].max_row)"
                #expect(try ExternalTools.runPython(check, [target]).text == "4501\n", "delay \(delay)")
            } else {
                #expect(after == oldOutput || after == newOutput, "delay \(delay): \(after.keys.sorted())")
            }
        }
        #expect(killedMidway > 0, "every export finished before its kill: the test did not exercise a kill")
    }
}
