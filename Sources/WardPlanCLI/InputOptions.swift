import ArgumentParser
import WardPlan
import WardPlanInput

/// The inputs every command reads, and how strictly text is imported.
struct InputOptions: ParsableArguments {
    @Argument(help: "Plans to read: published text, .json (a plan or an array), .jsonl, or - for standard input.")
    var inputs: [String] = []

    @Flag(help: "Fail on any problem met while importing text, listing every one.")
    var strict = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Name at least one input file, or - for standard input.") }
    }

    /// A reader over the inputs.
    func reader(strictImport: Bool? = nil) -> PlanInputReader {
        PlanInputReader(paths: inputs, strict: strictImport ?? strict)
    }

    /// The error for inputs that held no plan at all.
    var noPlan: WardPlanError { WardPlanError(.invalidInput, "the inputs hold no plan", path: inputs.first) }

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
