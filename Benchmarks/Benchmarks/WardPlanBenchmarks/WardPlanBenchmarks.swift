import Benchmark
import Foundation
import WardPlan
import WardPlanCSV
import WardPlanExport
import WardPlanHTML
import WardPlanJSON
import WardPlanText
import WardPlanXLSX

// WardPlan's suites (issue #11, item 4). Each benchmark makes its data in its setup (not measured) and drops it in
// its teardown. Sizes are nominal 具体的取組 counts of `wardplan generate --wards 100 --years 10` datasets:
// 10k and 100k by default, 1M as well with WARDPLAN_BENCH_LARGE=1. WARDPLAN_BENCH_MAX_ITERATIONS=N caps the iterations.
//
//   decode          JSON Lines (PlanDatasetReader over bytes in memory)                    MB/s
//   text import     published text in the 2020 sample's layout, rendered from the plans   MB/s
//   roll-up         BudgetedPlan + BudgetLedger over every plan                           initiatives/s
//   roll-up totals  BudgetLedger.add(_:source:) over every plan: ward × year × issue totals  initiatives/s
//   export FORMAT   csv, xlsx data, xlsx forms, html, json into a MemoryOutput            initiatives/s

enum Metrics {
    static let initiativesPerSecond = BenchmarkMetric.custom("initiatives/s", polarity: .prefersLarger, useScalingFactor: false)
    static let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    static let standard: [BenchmarkMetric] = [
        .wallClock, .cpuTotal, .throughput, .peakMemoryResident, .peakMemoryResidentDelta, .mallocCountTotal,
    ]
}

/// The configuration for a benchmark over `initiatives`: a few iterations at 10k, fewer as the data grows.
func configuration(_ initiatives: Int, extra: [BenchmarkMetric]) -> Benchmark.Configuration {
    let (warmup, iterations, seconds) = switch initiatives {
    case ..<50_000: (1, 20, 10)
    case ..<500_000: (0, 5, 20)
    default: (0, 1, 60)
    }
    // The plugin has no option for the number of iterations: WARDPLAN_BENCH_MAX_ITERATIONS caps it (1 for a quick run).
    let cap = ProcessInfo.processInfo.environment["WARDPLAN_BENCH_MAX_ITERATIONS"].flatMap { Int($0) }
    return .init(metrics: Metrics.standard + extra, timeUnits: .milliseconds, warmupIterations: cap == nil ? warmup : 0,
                 maxDuration: .seconds(seconds), maxIterations: min(iterations, cap ?? iterations))
}

/// Registers a benchmark whose `setup` result is handed to `body` and dropped at teardown; `body` returns the units
/// of work done (initiatives, bytes), reported per second as `rate` beside the standard metrics.
func register<State>(_ name: String, size: Int, rate: BenchmarkMetric, scale: Double = 1,
                     setup: @escaping () throws -> State, body: @escaping (State) throws -> Int) {
    let state = SetupState<State>()
    Benchmark(name, configuration: configuration(size, extra: [rate]), closure: { benchmark in
        guard let value = state.value else { return benchmark.error("\(name): setup made nothing") }
        do {
            let start = ContinuousClock.now
            let units = try body(value)
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            benchmark.measurement(rate, Int((Double(units) * scale / max(seconds, 1e-9)).rounded()))
        } catch {
            benchmark.error("\(name) failed: \(error)")
        }
    }, setup: {
        state.value = try setup()
    }, teardown: {
        state.value = nil
    })
}

/// Exports every plan of `dataset` with `exporter` into memory; returns the initiatives exported.
func export<Exporter: PlanExporter>(_ dataset: Dataset, with exporter: Exporter, options: Exporter.Options) throws -> Int {
    var stream = PlanStream(dataset.plans)
    let output = MemoryOutput()
    try exporter.export(&stream, to: .memory(output), options: options)
    blackHole(output.fileNames.count)
    return dataset.initiatives
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration.units = [.peakMemoryResident: .mega, .peakMemoryResidentDelta: .mega]

    for size in Sizes.all {
        let label = Sizes.label(size)

        register("decode json-lines \(label)", size: size, rate: Metrics.megabytesPerSecond, scale: 1e-6) {
            try Dataset(nominalInitiatives: size).jsonLines()
        } body: { bytes in
            var reader = PlanDatasetReader(source: ByteSource(data: bytes))
            var issues = 0
            while let plan = try reader.next() { issues += plan.issues.count }
            blackHole(issues)
            return bytes.count
        }

        register("text import \(label)", size: size, rate: Metrics.megabytesPerSecond, scale: 1e-6) {
            let dataset = Dataset(nominalInitiatives: size)
            let texts = dataset.plans.map { Data(PublishedTextRenderer.render($0).utf8) }
            // The rendering must read back as the same plans, or the figure would measure something else.
            for (plan, text) in zip(dataset.plans.prefix(20), texts) {
                let imported = try PublishedTextImporter().importPlan(from: text).plan
                let expected = try PlanBudget(plan)
                let found = try PlanBudget(imported)
                guard found.initiativeCount == expected.initiativeCount, found.total == expected.total else {
                    throw BenchmarkSetupError("""
                        rendered text of \(plan.ward.name) \(plan.fiscalYear) reads back as \(found.initiativeCount) initiatives, \
                        \(found.total) (expected \(expected.initiativeCount), \(expected.total))
                        """)
                }
            }
            return texts
        } body: { texts in
            let importer = PublishedTextImporter()
            var bytes = 0
            for text in texts {
                let imported = try importer.importPlan(from: text)
                blackHole(imported.plan.issues.count)
                bytes += text.count
            }
            return bytes
        }

        register("roll-up \(label)", size: size, rate: Metrics.initiativesPerSecond) {
            Dataset(nominalInitiatives: size)
        } body: { dataset in
            var ledger = BudgetLedger()
            for plan in dataset.plans {
                let budgeted = try BudgetedPlan(plan)
                try ledger.add(plan, budget: budgeted.budget)
            }
            blackHole(ledger.total)
            return dataset.initiatives
        }

        register("roll-up totals \(label)", size: size, rate: Metrics.initiativesPerSecond) {
            Dataset(nominalInitiatives: size)
        } body: { dataset in
            var ledger = BudgetLedger()
            for plan in dataset.plans { try ledger.add(plan) }
            blackHole(ledger.total)
            return dataset.initiatives
        }

        let exports: [(String, @Sendable (Dataset) throws -> Int)] = [
            ("csv", { try export($0, with: CSVExporter(), options: .init()) }),
            ("xlsx data", { try export($0, with: XLSXExporter(), options: .init(layout: .data)) }),
            ("xlsx forms", { try export($0, with: XLSXExporter(), options: .init(layout: .forms)) }),
            ("html", { try export($0, with: HTMLExporter(), options: NoOptions()) }),
            ("json", { try export($0, with: JSONExporter(), options: .init(lines: true)) }),
        ]
        for (format, run) in exports {
            register("export \(format) \(label)", size: size, rate: Metrics.initiativesPerSecond) {
                Dataset(nominalInitiatives: size)
            } body: { dataset in
                try run(dataset)
            }
        }
    }
}
