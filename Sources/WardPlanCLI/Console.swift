import Foundation
import WardPlan
import WardPlanExport

/// Where the command line writes: standard output and standard error, or memory for tests and embedders.
/// Every message goes through here, so output and errors come out in order and a failed write is an error.
public struct Console: Sendable {
    /// Where reports and exports to `-` go.
    public let output: ByteSink
    /// Where diagnostics and errors go.
    public let errors: ByteSink
    /// The language of messages, help and diagnostics.
    public let language: Language

    /// A console over two sinks, speaking `language`.
    public init(output: ByteSink, errors: ByteSink, language: Language = .english) {
        self.output = output
        self.errors = errors
        self.language = language
    }

    /// The process's standard output and standard error, in the language the locale asks for (Japanese when
    /// `LC_ALL`, `LC_MESSAGES` or `LANG` names a `ja` locale; see ``WardPlan/Language/init(environment:)``).
    public static let standard = Console(output: .standardOutput, errors: .standardError,
                                         language: Language(environment: ProcessInfo.processInfo.environment))

    /// A console whose output and errors are kept in memory.
    public static func inMemory(language: Language = .english) -> Console {
        Console(output: ByteSink(memoryNamed: "standard output"), errors: ByteSink(memoryNamed: "standard error"), language: language)
    }

    /// Writes a line to the output.
    func print(_ text: String) throws(WardPlanError) {
        try output.write(contentsOf: Array((text + "\n").utf8))
    }

    /// Writes a line to the errors; a failure to write there is ignored (there is nowhere left to say it).
    func report(_ text: String) {
        try? errors.write(contentsOf: Array((text + "\n").utf8))
    }

    /// Writes `text` to the errors as it is, without a line end (a progress bar redrawn in place).
    func write(toErrors text: String) {
        try? errors.write(contentsOf: Array(text.utf8))
    }

    /// Writes a message to the errors in the console's language.
    func report(_ message: Message) {
        report(message.text(in: language))
    }

    /// Writes an error, with the diagnostics it gathered, to the errors in the console's language.
    func report(_ error: WardPlanError) {
        report(error.description(in: language))
    }

    /// Writes each diagnostic on its own line to the errors, all in one write; notes (how the input was read) only
    /// when asked, as `validate` does — the other commands show what is worth a look.
    func report(_ diagnostics: [Diagnostic], notes: Bool = false) {
        var lines: [UInt8] = []
        for diagnostic in diagnostics where notes || diagnostic.severity > .note {
            lines += diagnostic.description(in: language).utf8
            lines.append(UInt8(ascii: "\n"))
        }
        guard !lines.isEmpty else { return }
        try? errors.write(contentsOf: lines)
    }
}
