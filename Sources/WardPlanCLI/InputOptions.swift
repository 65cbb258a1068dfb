import ArgumentParser
import WardPlan
import WardPlanInput

/// The inputs every command reads, and how strictly text is imported.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(.inputsHelp))
    var inputs: [String] = []

    @Flag(help: ArgumentHelp(.strictHelp))
    var strict = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError(Message.noInputs.localized) }
    }

    /// A reader over the inputs that reports what it finds in folders and does not read.
    func reader(strictImport: Bool? = nil) -> ReportingPlanReader {
        ReportingPlanReader(paths: inputs, strict: strictImport ?? strict)
    }

    /// The error for inputs that held no plan at all.
    var noPlan: WardPlanError { WardPlanError(.invalidInput, .inputsHoldNoPlan, path: inputs.first) }

    /// Reads every plan, reporting import problems on the console, handing each plan to `body`.
    func forEachPlan(_ body: (LoadedPlan) throws -> Void) throws {
        var reader = reader()
        var count = 0
        while let loaded = try reader.next() {
            CLIContext.current.console.report(loaded.diagnostics)
            try body(loaded)
            count += 1
        }
        if count == 0 { throw noPlan }
    }
}
