// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "WardPlan",
    products: [
        .library(name: "WardPlan", targets: ["WardPlan"]),
        .library(name: "WardPlanJSON", targets: ["WardPlanJSON"]),
        .library(name: "WardPlanText", targets: ["WardPlanText"]),
        .library(name: "WardPlanInput", targets: ["WardPlanInput"]),
        .library(name: "WardPlanExport", targets: ["WardPlanExport"]),
        .library(name: "WardPlanCSV", targets: ["WardPlanCSV"]),
        .library(name: "WardPlanHTML", targets: ["WardPlanHTML"]),
        .library(name: "WardPlanXLSX", targets: ["WardPlanXLSX"]),
        .library(name: "WardPlanCLI", targets: ["WardPlanCLI"]),
        .library(name: "WardPlanTesting", targets: ["WardPlanTesting"]),
        .library(name: "WardPlanSynthetic", targets: ["WardPlanSynthetic"]),
        .executable(name: "wardplan", targets: ["wardplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `swift package generate-documentation --target WardPlan` (the DocC catalogue in Sources/WardPlan).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // The domain: model, budget arithmetic, fiscal years, validation. No file I/O, no format.
        .target(name: "WardPlan"),
        // The rest of the message catalogue (the domain's own messages are in WardPlan): reading inputs, writing
        // outputs, the command line — each message in English and in Japanese.
        .target(name: "WardPlanMessages", dependencies: ["WardPlan"]),
        // Export machinery: the exporter contract, options, streams, registry, destinations, flat tables, labels.
        .target(name: "CFileExchange"),
        .target(name: "CAllocator"),
        .target(name: "WardPlanExport", dependencies: ["WardPlan", "CFileExchange", "WardPlanMessages"]),
        // Formats in and out.
        .target(name: "WardPlanJSON", dependencies: ["WardPlan", "WardPlanExport", "WardPlanMessages"]),
        .target(name: "WardPlanText", dependencies: ["WardPlan", "WardPlanMessages"]),
        .target(name: "WardPlanInput", dependencies: ["WardPlan", "WardPlanJSON", "WardPlanText", "WardPlanMessages"]),
        .target(name: "WardPlanCSV", dependencies: ["WardPlan", "WardPlanExport", "WardPlanMessages"]),
        .target(name: "WardPlanHTML", dependencies: ["WardPlan", "WardPlanExport", "WardPlanMessages"]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "WardPlanXLSX", dependencies: ["WardPlan", "WardPlanExport", "CXLSXWriter", "WardPlanMessages"]),
        // The command line as a library, and the executable that hands it the built-in exporters.
        .target(
            name: "WardPlanCLI",
            dependencies: [
                "WardPlan", "WardPlanMessages", "WardPlanExport", "WardPlanInput", "WardPlanSynthetic", "WardPlanJSON", "WardPlanCSV", "WardPlanHTML", "WardPlanXLSX", "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "wardplan", dependencies: ["WardPlanCLI"]),
        // Large made-up datasets for measuring: `wardplan generate`, the Benchmarks package.
        .target(name: "WardPlanSynthetic", dependencies: ["WardPlan"]),
        // What third parties test their exporters with.
        .target(name: "WardPlanTesting", dependencies: ["WardPlan", "WardPlanMessages", "WardPlanExport"]),

        .target(name: "TestSupport", dependencies: ["WardPlan", "WardPlanExport"], path: "Tests/TestSupport"),
        .testTarget(name: "WardPlanTests", dependencies: ["WardPlan", "WardPlanSynthetic", "TestSupport"]),
        .testTarget(name: "WardPlanJSONTests", dependencies: ["WardPlanJSON", "WardPlanText", "WardPlanSynthetic", "TestSupport"]),
        .testTarget(name: "WardPlanExportTests", dependencies: ["WardPlanExport", "WardPlanJSON", "WardPlanTesting", "TestSupport"]),
        .testTarget(name: "WardPlanTextTests", dependencies: ["WardPlanText", "WardPlanJSON", "WardPlanMessages", "WardPlanSynthetic", "TestSupport"]),
        .testTarget(name: "WardPlanCSVTests", dependencies: ["WardPlanCSV", "WardPlanText", "WardPlanTesting", "TestSupport"]),
        .testTarget(name: "WardPlanHTMLTests", dependencies: ["WardPlanHTML", "WardPlanText", "WardPlanTesting", "TestSupport"]),
        .testTarget(name: "WardPlanXLSXTests", dependencies: ["WardPlanXLSX", "WardPlanText", "WardPlanTesting", "TestSupport"]),
        .testTarget(
            name: "WardPlanCLITests",
            dependencies: ["wardplan", "WardPlanCLI", "WardPlan", "WardPlanExport", "WardPlanJSON", "WardPlanSynthetic", "WardPlanTesting", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
