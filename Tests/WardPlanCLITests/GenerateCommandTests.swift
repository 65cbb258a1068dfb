import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

/// `wardplan generate`: a made-up dataset, the same bytes for the same seed, shaped like real plans.
@Suite("wardplan generate")
struct GenerateCommandTests {
    static let arguments = ["generate", "--wards", "26", "--years", "2", "--first-year", "2022", "--initiatives", "40", "--output", "-"]

    /// FNV-1a over the bytes: a checksum that is the same on every machine.
    static func checksum(_ data: Data) -> UInt64 {
        data.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    @Test("the same seed gives the same bytes, a known checksum; another seed other bytes")
    func deterministic() throws {
        let first = try CommandRunner.wardplan(Self.arguments + ["--seed", "7"])
        let second = try CommandRunner.wardplan(Self.arguments + ["--seed", "7"])
        let other = try CommandRunner.wardplan(Self.arguments + ["--seed", "8"])
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output == second.output)
        #expect(first.output != other.output)
        #expect(Self.checksum(first.output) == 0x0334_7854_5B1B_6379, "checksum \(String(Self.checksum(first.output), radix: 16))")
    }

    @Test("years beyond those a plan can name are a usage error, not a crash", arguments: [
        ["--years", "9223372036854775807"], ["--first-year", "9999", "--years", "2"], ["--first-year", "999"], ["--wards", "0"],
    ])
    func badCounts(_ extra: [String]) throws {
        let result = try CommandRunner.wardplan(["generate", "--output", "-"] + extra)
        #expect(result.status == 2, "\(result.errors)")
        #expect(!result.trapped)
    }

    @Test("plans shaped like real ones: wards in the city's order then numbered, 3–6 issues, exactly N initiatives")
    func shape() throws {
        let result = try CommandRunner.wardplan(Self.arguments + ["--seed", "7"])
        let lines = result.output.split(separator: 0x0A)
        let plans = try lines.map { try PlanJSON.decode(Data($0)) }
        let finals = plans.filter { $0.status == .final }
        #expect(finals.count == 26 * 2)
        #expect(plans.count > finals.count, "some ward-years have a 案 before the 確定")
        #expect(plans.first?.ward == Ward.osakaCity[0])
        #expect(finals.map(\.ward.name).last == "第26区")
        #expect(plans.allSatisfy { (3...6).contains($0.issues.count) && $0.issues.allSatisfy { (1...4).contains($0.strategies.count) } })
        let initiatives = plans.map { $0.issues.flatMap(\.strategies).flatMap(\.initiatives) }
        #expect(initiatives.allSatisfy { $0.count == 40 })
        let all = initiatives.flatMap { $0 }
        let descriptions = all.compactMap(\.description)
        #expect(descriptions.count == all.count && descriptions.allSatisfy { (40...80).contains($0.count) })
        #expect(Set(finals.flatMap { $0.issues.flatMap(\.strategies).flatMap(\.initiatives).compactMap(\.description) }).count == finals.count * 40)
        let unbudgeted = all.count { $0.budget == nil }
        #expect(unbudgeted > all.count / 20 && unbudgeted < all.count / 5)
        #expect(Set(all.map(\.title)).count < 20, "titles repeat as in real plans")
        #expect(all.contains { $0.interimReview != nil })
        #expect(plans.filter { $0.fiscalYear.startYear >= 2023 }.allSatisfy { $0.issues.allSatisfy { $0.budgetLines.count == 2 } })
        #expect(plans.filter { $0.fiscalYear.startYear < 2023 }.allSatisfy { $0.issues.allSatisfy(\.budgetLines.isEmpty) })
        #expect(plans.allSatisfy { !$0.reformItems.isEmpty })
        let validation = try CommandRunner.wardplan(["validate", "-"], input: result.output)
        #expect(validation.status == 0)
        #expect(validation.errors.contains("0 error(s), 0 warning(s)"))
    }
}
