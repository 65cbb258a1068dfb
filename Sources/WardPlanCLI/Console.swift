import WardPlan
import WardPlanExport

/// Where the command line writes: standard output and standard error, or memory for tests and embedders.
/// Every message goes through here, so output and errors come out in order and a failed write is an error.
public struct Console: Sendable {
    /// Where reports and exports to `-` go.
    public let output: ByteSink
    /// Where diagnostics and errors go.
    public let errors: ByteSink

    /// A console over two sinks.
    public init(output: ByteSink, errors: ByteSink) {
        self.output = output
        self.errors = errors
    }

    /// The process's standard output and standard error.
    public static let standard = Console(output: .standardOutput, errors: .standardError)

    /// A console whose output and errors are kept in memory.
    public static func inMemory() -> Console {
        Console(output: ByteSink(memoryNamed: "standard output"), errors: ByteSink(memoryNamed: "standard error"))
    }

    /// Writes a line to the output.
    func print(_ text: String) throws(WardPlanError) {
        try output.write(contentsOf: Array((text + "\n").utf8))
    }

    /// Writes a line to the errors; a failure to write there is ignored (there is nowhere left to say it).
    func report(_ text: String) {
        try? errors.write(contentsOf: Array((text + "\n").utf8))
    }

    /// Writes each diagnostic on its own line to the errors; notes (how the input was read) only when asked,
    /// as `validate` does — the other commands show what is worth a look.
    func report(_ diagnostics: [Diagnostic], notes: Bool = false) {
        for diagnostic in diagnostics where notes || diagnostic.severity > .note { report(diagnostic.description) }
    }
}
