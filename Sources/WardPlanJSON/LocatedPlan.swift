import WardPlan

/// A plan read from JSON with where its parts stand in the file and what the reading noticed (keys that
/// are not part of a plan's JSON, which are not read).
public struct LocatedPlan: Sendable {
    /// The plan.
    public let plan: OperatingPlan
    /// Where each part stands: line and column of each 経営課題, 戦略, 具体的取組 and budget.
    public let sourceMap: SourceMap
    /// Each unknown key, an error with its place and a "did you mean" where one is close (the plan is still read).
    public let diagnostics: [Diagnostic]
}
