// swift-tools-version: 6.1
// WardPlan's benchmarks (issue #11): its own package, so that ordo-one/benchmark and its dependencies stay out
// of the main `swift test`. Run from the repository root:
//   swift package --package-path Benchmarks benchmark
//   swift package --package-path Benchmarks benchmark --filter 'export csv 10k' --max-iterations 3
// The C floors and compare.sh beside this file measure the same writing work in plain C (see README.md).
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is whatever the clone was called.
let wardPlan = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

func library(_ name: String) -> Target.Dependency { .product(name: name, package: wardPlan) }

let package = Package(
    name: "WardPlanBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        // Only the MallocInterposer trait: the default traits would also bring swift-runtime-interposer,
        // which is not among the packages this project builds with (jemalloc is not needed either).
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The package's documented layout: one executable target per suite under Benchmarks/<Name>/, whose
        // `let benchmarks = { … }` the BenchmarkPlugin turns into a benchmark executable.
        .executableTarget(
            name: "WardPlanBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                library("WardPlan"), library("WardPlanJSON"), library("WardPlanText"), library("WardPlanExport"),
                library("WardPlanCSV"), library("WardPlanXLSX"), library("WardPlanHTML"), library("WardPlanSynthetic"),
            ],
            path: "Benchmarks/WardPlanBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
