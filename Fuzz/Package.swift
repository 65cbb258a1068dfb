// swift-tools-version:6.0
// libFuzzer harnesses for WardPlan, kept out of the main package: they build only with the fuzzer
// sanitizer (`scripts/fuzz.sh`), which supplies `main`.
import Foundation
import PackageDescription

// A path dependency is known by its folder's name, which is whatever the clone was called.
let wardPlan = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent

func library(_ name: String) -> Target.Dependency { .product(name: name, package: wardPlan) }

let package = Package(
    name: "WardPlanFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .systemLibrary(name: "CZlib"),
        .target(name: "FuzzSupport", dependencies: ["CZlib", library("WardPlan"), library("WardPlanExport")]),
        .executableTarget(name: "fuzz-text", dependencies: [library("WardPlan"), library("WardPlanText")]),
        .executableTarget(name: "fuzz-json", dependencies: [library("WardPlan"), library("WardPlanJSON")]),
        .executableTarget(name: "fuzz-export", dependencies: [
            "FuzzSupport", library("WardPlanText"), library("WardPlanJSON"), library("WardPlanCSV"), library("WardPlanHTML"),
        ]),
        .executableTarget(name: "fuzz-xlsx", dependencies: ["FuzzSupport", library("WardPlanText"), library("WardPlanXLSX")]),
    ]
)
