import WardPlan

/// A plan read from one input, with the problems its import met and where its parts were found.
public struct LoadedPlan: Sendable {
    /// The plan.
    public let plan: OperatingPlan
    /// The input it came from, as the user named it (`-` for standard input).
    public let file: String
    /// The problems the import met (for JSON, keys that are not part of a plan).
    public let diagnostics: [Diagnostic]
    /// Where each part of the plan was found, for validation messages.
    public let sourceMap: SourceMap
    /// What the input's layout carries (a web page names no 区長), so that validation asks only for that.
    public let expectations: PlanValidator.Expectations

    /// A loaded plan.
    public init(plan: OperatingPlan, file: String, diagnostics: [Diagnostic] = [], sourceMap: SourceMap? = nil,
                expectations: PlanValidator.Expectations = .all) {
        self.plan = plan
        self.file = file
        self.diagnostics = diagnostics
        self.sourceMap = sourceMap ?? SourceMap(file: file)
        self.expectations = expectations
    }

    /// The validator for this plan: it asks for what the input's layout carries.
    public var validator: PlanValidator { PlanValidator(expecting: expectations) }

    /// The import's diagnostics followed by the validator's, each placed in this plan's file.
    public func validation() -> [Diagnostic] {
        (diagnostics + validator.validate(plan, sourceMap: sourceMap)).map { $0.inFile(file) }
    }
}
