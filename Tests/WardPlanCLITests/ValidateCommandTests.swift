import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

@Suite("wardplan validate")
struct ValidateCommandTests {
    @Test("the samples validate with --strict; a web page names no 区長 and is not asked to; notes say how it was read")
    func samples() throws {
        let clean = try CommandRunner.wardplan(["validate", Fixtures.url(Fixtures.higashisumiyoshi).path, "--strict"])
        #expect(clean.status == 0)
        #expect(clean.errors == "1 plan(s): 0 error(s), 0 warning(s)\n")
        let web = Fixtures.url(Fixtures.kitahamahigashi).path
        let strict = try CommandRunner.wardplan(["validate", web, "--strict"])
        #expect(strict.status == 0, "\(strict.errors)")
        #expect(!strict.errors.contains("区長"))
        #expect(strict.errors.contains("\(web):10:1: note: text before the plan's first heading is not part of the plan"))
        #expect(strict.errors.hasSuffix("1 plan(s): 0 error(s), 0 warning(s), 2 note(s)\n"))
    }

    @Test("a 様式 document without its 区長 line is warned about, and fails only with --strict")
    func formDocumentWithoutHead() throws {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("no-head.txt")
        let text = try String(decoding: Fixtures.data(Fixtures.higashisumiyoshi), as: UTF8.self)
            .replacingOccurrences(of: "(区長:上田 正敏)", with: "")
        try Data(text.utf8).write(to: file)
        let lenient = try CommandRunner.wardplan(["validate", file.path])
        #expect(lenient.status == 0)
        #expect(lenient.errors.contains("warning: the plan names no 区長 (head)"))
        #expect(try CommandRunner.wardplan(["validate", file.path, "--strict"]).status == 1)
    }

    @Test("errors print as path:line:column: error: message and exit 1")
    func errors() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("bad.txt")
        let text = "令和2年度 東住吉区運営方針\n(区長:上田 正敏)\n区の使命\n使命\n区の方針\n・方針\n【経営課題1】課題\n【戦略1-2】戦略\n【具体的取組1-3-1】取組 《-5千円》\n"
        try Data(text.utf8).write(to: file)
        let result = try CommandRunner.wardplan(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("\(file.path):1:1: error: the plan has no 区の目標 (goal)"))
        #expect(result.errors.contains("\(file.path):9:1: error: 具体的取組 1-3-1 sits under 戦略 1-2, so its id should begin with 1-2"))
        #expect(result.errors.contains("\(file.path):9:"))
        #expect(result.errors.contains("1 plan(s): 3 error(s)"))
    }
}
