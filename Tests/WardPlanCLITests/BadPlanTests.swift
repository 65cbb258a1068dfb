import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

/// Plans that decode but break the rules: every format refuses them with a message (exit 1), and with
/// `--force` none traps.
@Suite("Malformed plans, every format")
struct BadPlanTests {
    static let plans: [(name: String, plan: OperatingPlan)] = {
        var cases: [(String, OperatingPlan)] = []
        func variant(_ name: String, _ change: (inout OperatingPlan) -> Void) {
            var plan = Fixtures.smallPlan(ward: "北区")
            change(&plan)
            cases.append((name, plan))
        }
        variant("two issues numbered 1") { $0.issues[1].number = 1 }
        variant("two issues numbered 1, the second without strategies") {
            $0.issues[1].number = 1
            $0.issues[1].strategies = []
        }
        variant("an id under the wrong parent") { $0.issues[1].strategies[0].id = ItemID([1, 7])! }
        variant("one id twice") { $0.issues[1].strategies[0].initiatives[0].id = ItemID([1, 1, 1])! }
        variant("a strategy id of one number") { $0.issues[0].strategies[0].id = ItemID([1])! }
        variant("a negative budget") { $0.issues[0].strategies[0].initiatives[0].budget = ThousandYen(-5) }
        variant("budgets that overflow") {
            $0.issues[0].strategies[0].initiatives[0].budget = ThousandYen(Int.max)
            $0.issues[1].strategies[0].initiatives[0].budget = ThousandYen(Int.max)
        }
        variant("an issue without strategies") { $0.issues[0].strategies = [] }
        variant("no goal and no mission") {
            $0.goal = nil
            $0.mission = "  "
        }
        variant("issue number negative and huge") {
            $0.issues[0].number = -3
            $0.issues[1].number = Int.max
        }
        return cases
    }()

    static let outputs = [("json", "out.json"), ("csv", "csv"), ("html", "page.html"), ("html", "site"), ("xlsx", "book.xlsx")]

    @Test("refused with exit 1 and the validator's message; forced, exit 0 or 1 and never a trap",
          arguments: plans.indices)
    func everyFormat(index: Int) throws {
        let (name, plan) = Self.plans[index]
        let folder = try Fixtures.temporaryFolder()
        let input = folder.appendingPathComponent("plan.json")
        try PlanJSON.encode(plan).write(to: input)
        for (format, output) in Self.outputs {
            let arguments = ["export", input.path, "--format", format, "--output", folder.appendingPathComponent(output).path]
            let refused = try CommandRunner.wardplan(arguments)
            #expect(refused.status == 1, "\(name), \(format)")
            #expect(refused.errors.contains("\(input.path): error: the plan has"), "\(name), \(format): \(refused.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(output).path))
            let forced = try CommandRunner.wardplan(arguments + ["--force"])
            #expect(!forced.trapped && [0, 1].contains(forced.status), "\(name), \(format): \(forced.status) \(forced.errors)")
            if forced.status == 1 { #expect(forced.errors.contains("error: "), "\(name), \(format)") }
        }
    }

    @Test("JSON that decodes to no valid plan: a fiscal year out of range, a non-canonical id")
    func undecodable() throws {
        let folder = try Fixtures.temporaryFolder()
        let text = String(decoding: try PlanJSON.encode(Fixtures.smallPlan()), as: UTF8.self)
        let cases = [
            (text.replacingOccurrences(of: "\"fiscalYear\" : 2021", with: "\"fiscalYear\" : 9223372036854775807"),
             "the fiscal year 9223372036854775807 is not a 西暦 year from 1000 to 9999"),
            (text.replacingOccurrences(of: "\"1-1-1\"", with: "\"１－１－１\""), "is not an id of the form 1-2-3"),
        ]
        for (json, message) in cases {
            let input = folder.appendingPathComponent("bad.json")
            try Data(json.utf8).write(to: input)
            for (format, output) in Self.outputs {
                let result = try CommandRunner.wardplan(["export", input.path, "--format", format, "--output",
                                                         folder.appendingPathComponent(output).path, "--force"])
                #expect(result.status == 1 && result.errors.contains(message), "\(format): \(result.errors)")
            }
        }
    }
}
