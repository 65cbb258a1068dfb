import Foundation
import Testing
import TestSupport

/// `export --split-by ward|year|plan --jobs N`: one output per group, the same bytes as exporting each
/// group's plans on its own, whatever the number of jobs; progress only on a terminal.
@Suite("Split export")
struct SplitExportTests {
    /// A generated dataset with drafts, 2023-layout plans and wards beyond Osaka's.
    static func dataset() throws -> URL {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("plans.jsonl")
        let result = try CommandRunner.wardplan(["generate", "--wards", "26", "--years", "2", "--first-year", "2022", "--initiatives", "12",
                                                 "--seed", "3", "--output", file.path])
        #expect(result.status == 0, "\(result.errors)")
        return file
    }

    /// The bytes of every file under `folder`, by path relative to it.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let name = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder.appendingPathComponent(name).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return files
    }

    @Test("each output equals a sequential export of its group's plans, with 1 job and with 3",
          arguments: [("xlsx", "ward"), ("csv", "year"), ("html", "ward"), ("json", "plan")])
    func equalsSequential(format: String, key: String) throws {
        let input = try Self.dataset()
        let lines = try String(contentsOf: input, encoding: .utf8).split(separator: "\n")
        let work = try Fixtures.temporaryFolder()
        var outputs: [Int: [String: Data]] = [:]
        for jobs in [1, 3] {
            let folder = work.appendingPathComponent("split-\(jobs)")
            let result = try CommandRunner.wardplan(["export", input.path, "--format", format, "--split-by", key, "--jobs", String(jobs),
                                                     "--output", folder.path])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.errors.contains("wrote \(folder.path): \(lines.count) plan(s)"), "\(result.errors)")
            outputs[jobs] = try Self.contents(of: folder)
        }
        #expect(outputs[1] == outputs[3])
        let names = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("split-1").path).sorted()
        let expectedGroups = key == "ward" ? 26 : key == "year" ? 2 : lines.count
        #expect(names.count == expectedGroups)
        // Three groups exported on their own, sequentially, from their plans' lines.
        for name in [names.first!, names[names.count / 2], names.last!] {
            let stem = name.hasSuffix(".\(format)") ? String(name.dropLast(format.count + 1)) : name
            let group = lines.filter { line in
                let plan = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                let ward = (plan?["ward"] as? [String: Any])?["name"] as? String ?? ""
                let year = plan?["fiscalYear"] as? Int ?? 0
                let status = plan?["status"] as? String ?? ""
                return switch key {
                case "ward": ward == stem
                case "year": String(year) == stem
                default: "\(ward)-\(year)-\(status)" == stem
                }
            }
            #expect(!group.isEmpty, "\(stem)")
            let groupInput = work.appendingPathComponent("group.jsonl")
            try Data((group.joined(separator: "\n") + "\n").utf8).write(to: groupInput)
            let sequential = work.appendingPathComponent("sequential-\(name)")
            let result = try CommandRunner.wardplan(["export", groupInput.path, "--format", format, "--output", sequential.path])
            #expect(result.status == 0, "\(result.errors)")
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: sequential.path, isDirectory: &isFolder))
            let expected = isFolder.boolValue
                ? try Self.contents(of: sequential).reduce(into: [String: Data]()) { $0["\(name)/\($1.key)"] = $1.value }
                : [name: try Data(contentsOf: sequential)]
            let split = try #require(outputs[1]).filter { $0.key == name || $0.key.hasPrefix(name + "/") }
            #expect(split == expected, "\(name)")
        }
    }

    @Test("no progress bar when standard error is not a terminal; a bar redrawn in place when it is")
    func progress() throws {
        let input = try Self.dataset()
        let folder = try Fixtures.temporaryFolder()
        let piped = try CommandRunner.wardplan(["export", input.path, "--format", "json", "--split-by", "plan", "--output",
                                                folder.appendingPathComponent("piped").path])
        #expect(piped.status == 0)
        #expect(!piped.errors.contains("\r") && !piped.errors.contains("[#") && !piped.errors.contains("/s"), "\(piped.errors)")
        // script(1) gives the command a terminal.
        let wardplan = CommandRunner.productsFolder.appendingPathComponent("wardplan").path
        let command = "\(wardplan) export \(input.path) --format json --split-by plan --output \(folder.appendingPathComponent("tty").path)"
        let terminal = try CommandRunner.run(try ExternalTools.program("script"), ["-qec", command, "/dev/null"], environment: ["LC_ALL": "C"])
        #expect(terminal.status == 0, "\(terminal.errors)")
        #expect(terminal.text.contains("\r[####################] "), "\(terminal.text.suffix(300))")
        #expect(terminal.text.contains(" outputs, "))
        let quiet = try CommandRunner.run(try ExternalTools.program("script"), ["-qec", command.replacingOccurrences(of: "/tty", with: "/quiet")
                                                                                    + " --quiet", "/dev/null"], environment: ["LC_ALL": "C"])
        #expect(quiet.status == 0)
        #expect(!quiet.text.contains("[#"))
    }

    @Test("groups whose file names come out alike stay apart: a/b and a_b")
    func alikeNames() throws {
        let input = try Self.dataset()
        var lines = try String(contentsOf: input, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[0] = lines[0].replacingOccurrences(of: #""name":"都島区""#, with: #""name":"a/b""#)
        lines[lines.count - 1] = lines[lines.count - 1].replacingOccurrences(of: #""name":"第26区""#, with: #""name":"a_b""#)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("out")
        let result = try CommandRunner.wardplan(["export", input.path, "--format", "json", "--split-by", "ward", "--output", folder.path])
        #expect(result.status == 0, "\(result.errors)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
        #expect(names.isSuperset(of: ["a_b.json", "a_b~2.json"]), "\(names.sorted())")
        #expect(names.count == 26 + 2, "都島区 and 第26区 keep their other plans")
        #expect(try String(contentsOf: folder.appendingPathComponent("a_b.json"), encoding: .utf8).contains(#""name" : "a\/b""#)
                    || String(contentsOf: folder.appendingPathComponent("a_b.json"), encoding: .utf8).contains("a/b"))
    }

    @Test("a failed output leaves no folder: nothing is written when any output fails")
    func allOrNothing() throws {
        let input = try Self.dataset()
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("out")
        // CP932 cannot hold 🍣, so the output of the plan holding it fails.
        var lines = try String(contentsOf: input, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[5] = lines[5].replacingOccurrences(of: "\"title\":\"", with: "\"title\":\"🍣", options: [], range: nil)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: input)
        let result = try CommandRunner.wardplan(["export", input.path, "--format", "csv", "--encoding", "cp932", "--split-by", "ward",
                                                 "--output", folder.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("output(s) could not be written, so none is"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
