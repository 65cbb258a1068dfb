/// An export that could not be done: what went wrong and with which output.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output concerned (a path, or `standard output`).
    public var destination: String
    /// What went wrong, in plain words.
    public var message: String

    /// Creates an error for `destination`.
    public init(_ message: String, destination: String) {
        self.message = message
        self.destination = destination
    }

    /// `path: error: message`.
    public var description: String { "\(destination): error: \(message)" }
}

extension ExportError {
    /// The plan's budgets cannot be added up (the sums overflow): names the plan.
    public static func unsummable(_ plan: OperatingPlan, _ error: BudgetError, destination: String) -> ExportError {
        ExportError("the budgets of \(plan.ward.name) \(plan.fiscalYear.japaneseLabel) cannot be added up: \(error)",
                    destination: destination)
    }
}
