import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

/// A folder given as an input is read at any depth, its plan files in the order of their names; what it holds and
/// does not read is named in a warning, and a folder with no plan file at all is an error naming it.
@Suite("Folders as inputs")
struct FolderInputTests {
    /// Writes `plan` as JSON to `name` under `folder`, making the subfolders on its way.
    private func write(_ plan: OperatingPlan, _ name: String, in folder: URL) throws {
        let file = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try PlanJSON.encode(plan).write(to: file)
    }

    /// The wards of the plans `export --format json --lines` writes, in the order written.
    private func exportedWards(_ arguments: [String]) throws -> [String] {
        let result = try CommandRunner.wardplan(["export"] + arguments + ["--format", "json", "--lines", "--output", "-"])
        #expect(result.status == 0, "\(result.errors)")
        return try result.text.split(separator: "\n").map { line in
            let plan = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return try #require((plan["ward"] as? [String: Any])?["name"] as? String)
        }
    }

    @Test("files are read in the order of their names, a subfolder's where its name falls; hidden names are passed over")
    func order() throws {
        let folder = try Fixtures.temporaryFolder()
        try write(Fixtures.smallPlan(ward: "一区"), "10.json", in: folder)
        try write(Fixtures.smallPlan(ward: "二区"), "9.JSON", in: folder)
        try write(Fixtures.smallPlan(ward: "三区"), "sub/deeper/5.json", in: folder)
        try write(Fixtures.smallPlan(ward: "四区"), "z.jsonl", in: folder)
        try write(Fixtures.smallPlan(ward: "隠区"), ".hidden/1.json", in: folder)
        try write(Fixtures.smallPlan(ward: "隠区"), ".1.json", in: folder)
        #expect(try exportedWards([folder.path]) == ["一区", "二区", "三区", "四区"])
        // A folder beside files, with a trailing slash: its files take its place among the inputs.
        let sample = Fixtures.url(Fixtures.higashisumiyoshi).path
        #expect(try exportedWards([sample, folder.path + "/", sample.replacingOccurrences(of: "higashisumiyoshi-r2-draft", with: "kitahamahigashi-r3-outline-webpage")])
            == ["東住吉区", "一区", "二区", "三区", "四区", "北浜東区"])
    }

    @Test("a folder reads as its files named one by one; each file it does not read, and each link to a folder, is a warning")
    func sameAsFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        let text = folder.appendingPathComponent("a/01.txt")
        try FileManager.default.createDirectory(at: text.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.url(Fixtures.higashisumiyoshi), to: text)
        try write(Fixtures.smallPlan(ward: "テスト区"), "b/02.json", in: folder)
        try Data("メモ\n".utf8).write(to: folder.appendingPathComponent("notes.md"))
        try Data().write(to: folder.appendingPathComponent("a/集計.xlsx"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b/link").path, withDestinationPath: "../a")

        let byFolder = try CommandRunner.wardplan(["summary", folder.path + "//", "--format", "json"])
        let byFiles = try CommandRunner.wardplan(["summary", text.path, folder.appendingPathComponent("b/02.json").path, "--format", "json"])
        #expect(byFolder.status == 0)
        #expect(byFolder.output == byFiles.output)
        #expect(byFolder.errors == """
            \(folder.path)/a/集計.xlsx: warning: not read: a folder's files are read only when they end in .json, .jsonl, .txt, .htm, .html
            \(folder.path)/b/link: warning: not read: a link to a folder is not followed; name the folder itself
            \(folder.path)/notes.md: warning: not read: a folder's files are read only when they end in .json, .jsonl, .txt, .htm, .html

            """)

        let validated = try CommandRunner.wardplan(["validate", folder.path])
        #expect(validated.status == 0)
        #expect(validated.errors.contains("\(folder.path)/notes.md: warning: not read"))
        #expect(validated.errors.contains("2 plan(s): 0 error(s), 3 warning(s)"), "\(validated.errors)")
        #expect(try CommandRunner.wardplan(["validate", folder.path, "--strict"]).status == 1)
    }

    @Test("a folder with no plan file, at any depth, is exit 1 naming it; validate goes on to the next input")
    func noPlanFile() throws {
        let empty = try Fixtures.temporaryFolder()
        let others = try Fixtures.temporaryFolder()
        try FileManager.default.createDirectory(at: others.appendingPathComponent("sub/.git"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: others.appendingPathComponent("sub/plan.xlsx"))
        try Data("{}".utf8).write(to: others.appendingPathComponent("sub/.git/plan.json"))
        for (folder, skipped) in [(empty, ""), (others, "sub/plan.xlsx")] {
            let result = try CommandRunner.wardplan(["summary", folder.path])
            #expect(result.status == 1)
            let warning = skipped.isEmpty ? "" : """
                \(folder.path)/\(skipped): warning: not read: a folder's files are read only when they end in .json, .jsonl, .txt, .htm, .html

                """
            #expect(result.errors == "\(folder.path): error: the folder holds no plan file (.json, .jsonl, .txt, .htm, .html) at any depth\n" + warning)
        }
        let validated = try CommandRunner.wardplan(["validate", empty.path, Fixtures.url(Fixtures.higashisumiyoshi).path])
        #expect(validated.status == 1)
        #expect(validated.errors.hasPrefix("\(empty.path): error: the folder holds no plan file"))
        #expect(validated.errors.contains("1 plan(s): 1 error(s)"), "\(validated.errors)")
    }

    @Test("a link to nothing with a plan's name is an error naming it, as the same path named on the command line")
    func danglingLink() throws {
        let folder = try Fixtures.temporaryFolder()
        try write(Fixtures.smallPlan(), "a.json", in: folder)
        let link = folder.appendingPathComponent("b.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/no/such/plan.txt")
        let result = try CommandRunner.wardplan(["summary", folder.path])
        #expect(result.status == 1)
        #expect(result.errors == "\(link): error: no such file\n")
    }
}
