import ArgumentParser
import WardPlan

/// The inputs every command reads, and how strictly text is imported.
struct InputOptions: ParsableArguments {
    @Argument(help: "Plans to read: published text, .json (a plan or an array), .jsonl, or - for standard input.")
    var inputs: [String]

    @Flag(help: "Fail on any problem met while importing text, listing every one.")
    var strict = false

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Name at least one input file, or - for standard input.") }
    }

    /// A reader over the inputs.
    func reader(strictImport: Bool? = nil) -> PlanInputReader {
        PlanInputReader(paths: inputs, strict: strictImport ?? strict)
    }

    /// Reads every plan, reporting import problems on standard error, handing each plan to `body`.
    /// - Throws: an input error, or ``NoPlanRead`` when the inputs held none.
    func forEachPlan(_ body: (LoadedPlan) throws -> Void) throws {
        var reader = reader()
        var count = 0
        while let loaded = try reader.next() {
            StandardError.report(loaded.diagnostics)
            try body(loaded)
            count += 1
        }
        if count == 0 { throw InputError("the inputs hold no plan", at: SourceLocation(file: inputs.first)) }
    }
}
