import WardPlan

/// A plan read from one input, with the problems its import met.
struct LoadedPlan {
    let plan: OperatingPlan
    let file: String
    let diagnostics: [Diagnostic]
    let sourceMap: SourceMap
}
