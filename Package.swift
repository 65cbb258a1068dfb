// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "WardPlan",
    products: [
        .library(name: "WardPlan", targets: ["WardPlan"]),
        .library(name: "WardPlanText", targets: ["WardPlanText"]),
        .library(name: "WardPlanCSV", targets: ["WardPlanCSV"]),
        .library(name: "WardPlanHTML", targets: ["WardPlanHTML"]),
        .library(name: "WardPlanXLSX", targets: ["WardPlanXLSX"]),
        .executable(name: "wardplan", targets: ["wardplan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "WardPlan"),
        .target(name: "WardPlanText", dependencies: ["WardPlan"]),
        .target(name: "WardPlanCSV", dependencies: ["WardPlan"]),
        .target(name: "WardPlanHTML", dependencies: ["WardPlan"]),
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "WardPlanXLSX", dependencies: ["WardPlan", "CXLSXWriter"]),
        .executableTarget(
            name: "wardplan",
            dependencies: [
                "WardPlan",
                "WardPlanText",
                "WardPlanCSV",
                "WardPlanHTML",
                "WardPlanXLSX",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["WardPlan"], path: "Tests/TestSupport"),
        .testTarget(name: "WardPlanTests", dependencies: ["WardPlan", "TestSupport"]),
        .testTarget(name: "WardPlanTextTests", dependencies: ["WardPlanText", "TestSupport"]),
        .testTarget(name: "WardPlanCSVTests", dependencies: ["WardPlanCSV", "WardPlanText", "TestSupport"]),
        .testTarget(name: "WardPlanHTMLTests", dependencies: ["WardPlanHTML", "WardPlanText", "TestSupport"]),
        .testTarget(name: "WardPlanXLSXTests", dependencies: ["WardPlanXLSX", "WardPlanText", "TestSupport"]),
        .testTarget(name: "WardPlanCLITests", dependencies: ["wardplan", "WardPlan", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
