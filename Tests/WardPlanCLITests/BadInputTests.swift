import Foundation
import Testing
import TestSupport

/// No input, however broken, crashes or traps the tool: each gives exit 1 and a located message.
@Suite("Bad input")
struct BadInputTests {
    static let cases: [(String, [UInt8], String)] = [
        ("empty", [], "the file is empty"),
        ("binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00], "binary data"),
        ("invalid UTF-8", Array("令和2年度 東住吉区運営方針\n".utf8) + [0xFF, 0xFE, 0x41], "not valid UTF-8"),
        ("huge budget", Array("令和2年度 東住吉区運営方針\n区の目標\n目標\n【経営課題1】課題\n【戦略1-1】戦略\n【具体的取組1-1-1】取組 《9,999,999,999,999,999,999千円》\n".utf8),
         ":6:16: error: the budget"),
        ("cut mid-line", Array("令和2年度 東住吉区運営方針\n区の目標\n目標\n【経営課題1】課題\n【具体的取組1-1".utf8), ":5:1: error: the text has 1 problem(s); the first: 「【」 is not closed"),
        ("no plan at all", Array("hello\nworld\n".utf8), "no title line"),
        ("JSON that is not a plan", Array("{\"ward\": 3}".utf8), ":1:10: error: the field \"ward\" should be an object [ward]"),
        ("JSON cut short", Array("[{\"ward\": {".utf8), "cut short"),
    ]

    @Test("summary: exit 1 with a message, never a crash", arguments: cases)
    func summary(name: String, bytes: [UInt8], message: String) throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("input.txt")
        try Data(bytes).write(to: file)
        let result = try CommandRunner.wardplan(["summary", file.path, "--format", "json", "--strict"])
        #expect(result.status == 1, "\(name): \(result.errors)")
        #expect(result.errors.contains(message), "\(name): \(result.errors)")
        #expect(result.errors.hasPrefix(file.path), "\(name): \(result.errors)")
    }

    @Test("lenient import reads what it can: the huge budget is left out with an error printed, exit 0")
    func lenientHugeBudget() throws {
        let text = "令和2年度 東住吉区運営方針\n区の目標\n目標\n【経営課題1】課題\n【戦略1-1】戦略\n【具体的取組1-1-1】取組 《9,999,999,999,999,999,999千円》\n"
        let result = try CommandRunner.wardplan(["summary", "-", "--format", "json"], input: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.errors.contains("-:6:16: error: the budget"))
        #expect(result.text.contains("\"totalThousandYen\" : 0"))
    }

    @Test("usage errors exit 2")
    func usage() throws {
        #expect(try CommandRunner.wardplan(["summary"]).status == 2)
        #expect(try CommandRunner.wardplan(["frobnicate"]).status == 2)
        #expect(try CommandRunner.wardplan(["summary", "x.txt", "--format", "xml"]).status == 2)
        #expect(try CommandRunner.wardplan(["--help"]).status == 0)
    }

    @Test("a missing file is exit 1 naming it")
    func missingFile() throws {
        let result = try CommandRunner.wardplan(["summary", "/no/such/plan.txt"])
        #expect(result.status == 1)
        #expect(result.errors == "/no/such/plan.txt: error: no such file\n")
    }
}

@Suite("Standard output that cannot be written")
struct FullOutputTests {
    @Test("summary, formats and export to - exit 1 with the system's reason when standard output is /dev/full",
          arguments: [["summary"], ["formats"], ["export", "--format", "json", "--output", "-"]])
    func devFull(arguments: [String]) throws {
        let process = Process()
        process.executableURL = CommandRunner.productsFolder.appendingPathComponent("wardplan")
        process.arguments = arguments == ["formats"] ? arguments
            : [arguments[0], Fixtures.url(Fixtures.higashisumiyoshi).path] + arguments.dropFirst()
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(String(decoding: readAll(errors.fileHandleForReading), as: UTF8.self)
            .hasSuffix("standard output: error: cannot write: No space left on device\n"))
    }
}
