import Foundation
import WardPlan
import WardPlanExport
import WardPlanJSON
import WardPlanSynthetic

/// The sizes the suites run at: 10k and 100k 具体的取組, and 1M with `WARDPLAN_BENCH_LARGE=1`.
enum Sizes {
    static let large = ProcessInfo.processInfo.environment["WARDPLAN_BENCH_LARGE"] == "1"
    static var all: [Int] { large ? [10_000, 100_000, 1_000_000] : [10_000, 100_000] }

    /// `10k`, `100k`, `1M`: the nominal size (the dataset has about 12% more, its 案 versions).
    static func label(_ initiatives: Int) -> String {
        initiatives >= 1_000_000 ? "\(initiatives / 1_000_000)M" : "\(initiatives / 1_000)k"
    }
}

/// A deterministic multi-ward dataset as `wardplan generate --wards 100 --years 10 --initiatives N/1000 --seed 1`
/// writes it: 1,000 確定 ward-years, about 12% of them with a 案 as well.
struct Dataset: Sendable {
    let plans: [OperatingPlan]
    /// Every 具体的取組 of every plan (drafts included).
    let initiatives: Int

    init(nominalInitiatives: Int) {
        plans = Array(SyntheticDataset(wards: 100, years: 10, initiativesPerPlan: max(1, nominalInitiatives / 1_000), seed: 1))
        initiatives = plans.reduce(0) { total, plan in total + plan.issues.reduce(0) { $0 + $1.initiatives.count } }
    }

    /// The dataset as JSON Lines, written by WardPlan's own JSON exporter (the bytes `wardplan generate` writes).
    func jsonLines() throws -> Data {
        let output = MemoryOutput()
        var stream = PlanStream(plans)
        try JSONExporter().export(&stream, to: .memory(output), options: .init(lines: true))
        guard let file = output.singleFile else { throw BenchmarkSetupError("the JSON exporter wrote no single file") }
        return Data(file.bytes)
    }
}

struct BenchmarkSetupError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// What a benchmark's setup made, kept until its teardown (so that one benchmark's data is gone before the next).
final class SetupState<Value>: @unchecked Sendable {
    var value: Value?
}
