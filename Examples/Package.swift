// swift-tools-version:6.2
// WardPlan embedded in other ward tools. Its own package, so that its dependencies stay out of the
// main `swift test`: `swift test --package-path Examples` (CI runs it).
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is whatever the clone was called.
let wardPlan = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

func library(_ name: String) -> Target.Dependency { .product(name: name, package: wardPlan) }

let package = Package(
    name: "WardPlanExamples",
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        // What the examples' tests share: the repository's samples, running a built tool.
        .target(name: "ExampleSupport", path: "Support"),

        // A third-party exporter: Markdown for 区政会議資料, and `wardplan-md`, the CLI with one more format.
        .target(name: "MarkdownExporter", dependencies: [library("WardPlan"), library("WardPlanExport")],
                path: "markdown-exporter/Sources/MarkdownExporter"),
        .executableTarget(name: "wardplan-md", dependencies: ["MarkdownExporter", library("WardPlanCLI")],
                          path: "markdown-exporter/Sources/wardplan-md"),
        .testTarget(name: "MarkdownExporterTests",
                    dependencies: ["MarkdownExporter", "ExampleSupport", library("WardPlanCLI"), library("WardPlanTesting"),
                                   library("WardPlanText")],
                    path: "markdown-exporter/Tests/MarkdownExporterTests"),

        // A ward office's batch report over a folder of plan files.
        .target(name: "WardBudgetReport",
                dependencies: [library("WardPlan"), library("WardPlanExport"), library("WardPlanInput"), library("WardPlanXLSX")],
                path: "ward-budget-report/Sources/WardBudgetReport"),
        .executableTarget(name: "ward-budget-report",
                          dependencies: ["WardBudgetReport", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "ward-budget-report/Sources/ward-budget-report"),
        .testTarget(name: "WardBudgetReportTests",
                    dependencies: ["WardBudgetReport", "ExampleSupport", library("WardPlanJSON"), library("WardPlanText")],
                    path: "ward-budget-report/Tests/WardBudgetReportTests"),

        // A small web tool: upload a plan, get diagnostics, download any format (Hummingbird).
        .target(name: "PlanWeb",
                dependencies: [library("WardPlan"), library("WardPlanExport"), library("WardPlanJSON"), library("WardPlanText"),
                               library("WardPlanCLI"), .product(name: "Hummingbird", package: "hummingbird")],
                path: "plan-web/Sources/PlanWeb"),
        .executableTarget(name: "plan-web",
                          dependencies: ["PlanWeb", .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          path: "plan-web/Sources/plan-web"),
        .testTarget(name: "PlanWebTests",
                    dependencies: ["PlanWeb", "ExampleSupport", .product(name: "Hummingbird", package: "hummingbird"),
                                   .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")],
                    path: "plan-web/Tests/PlanWebTests"),
    ]
)
