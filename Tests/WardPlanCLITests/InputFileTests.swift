import Foundation
import Testing
import WardPlan
import WardPlanInput
import WardPlanJSON
import WardPlanText
import TestSupport

/// An input is opened and its start read at once: a file that ends within that start is imported from it, a longer
/// one is read on from where the start stopped. Both give what the file's bytes give.
@Suite("Inputs read whole or in pieces")
struct InputFileTests {
    /// The plans, files and diagnostics `paths` read as.
    private func read(_ paths: [String]) throws -> [LoadedPlan] {
        var reader = PlanInputReader(paths: paths)
        var plans: [LoadedPlan] = []
        while let plan = try reader.next() { plans.append(plan) }
        return plans
    }

    @Test("text of one byte less, exactly and one byte more than the start read at once imports as its bytes do",
          arguments: [-1, 0, 1, 100_000])
    func textAroundTheStart(beyond: Int) throws {
        // Blank lines first, so that the plan stands across the end of the start, or after it.
        let plan = try Fixtures.data(Fixtures.higashisumiyoshi)
        let bytes = Data(repeating: 0x0A, count: ByteSource.chunkSize + beyond - plan.count) + plan
        let file = try Fixtures.temporaryFolder().appendingPathComponent("plan.txt")
        try bytes.write(to: file)
        let expected = try PublishedTextImporter().importPlan(from: bytes, file: file.path)
        let loaded = try #require(try read([file.path]).only)
        #expect(loaded.plan == expected.plan)
        #expect(loaded.diagnostics == expected.diagnostics)
        #expect(try PlanBudget(loaded.plan).total == ThousandYen(135_783))
    }

    @Test("JSON Lines longer than the start read at once stream every plan")
    func jsonLinesBeyondTheStart() throws {
        let line = try PlanJSON.encode(Fixtures.smallPlan()) + Data("\n".utf8)
        let count = ByteSource.chunkSize / line.count + 2
        let file = try Fixtures.temporaryFolder().appendingPathComponent("plans.jsonl")
        try Data(Array(repeating: line, count: count).joined()).write(to: file)
        let plans = try read([file.path])
        #expect(plans.count == count)
        #expect(plans.allSatisfy { $0.plan == Fixtures.smallPlan() && $0.file == file.path })
    }

    @Test("a path that names nothing, or goes on past a file, is no such file; a folder's files are read")
    func missingAndListed() throws {
        let folder = try Fixtures.temporaryFolder()
        try Fixtures.data(Fixtures.higashisumiyoshi).write(to: folder.appendingPathComponent("a.txt"))
        try PlanJSON.encode(Fixtures.smallPlan()).write(to: folder.appendingPathComponent("b.json"))
        for path in ["/no/such/plan.txt", folder.appendingPathComponent("a.txt/x.txt").path] {
            #expect { try read([path]) } throws: { error in
                let error = try #require(error as? WardPlanError)
                return error.kind == .unreadableInput && error.message == .noSuchFile && error.location.file == path
            }
        }
        #expect(try read([folder.path]).map(\.plan.ward.name) == ["東住吉区", "テスト区"])
    }

    @Test("standard input longer than the start read at once gives what the same file gives")
    func standardInput() throws {
        let plan = try Fixtures.data(Fixtures.higashisumiyoshi)
        let bytes = Data(repeating: 0x0A, count: ByteSource.chunkSize) + plan
        let file = try Fixtures.temporaryFolder().appendingPathComponent("plan.txt")
        try bytes.write(to: file)
        let fromInput = try CommandRunner.wardplan(["summary", "-", "--format", "json"], input: bytes)
        let fromFile = try CommandRunner.wardplan(["summary", file.path, "--format", "json"])
        #expect(fromInput.status == 0, "\(fromInput.errors)")
        #expect(fromInput.output == fromFile.output)
        #expect(fromInput.text.contains("135783"))
    }
}

private extension Array {
    /// The one element, or `nil` when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
