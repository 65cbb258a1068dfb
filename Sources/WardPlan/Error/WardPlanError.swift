/// Every error WardPlan reports: a ``Kind`` to switch on, a message in plain words, and where the
/// problem is — the path the user gave (an input or an output), with line, column and field where known.
///
/// ```swift
/// do { try exporter.export(&plans, to: destination, settings: settings) }
/// catch let error as WardPlanError where error.kind == .invalidOption { … }
/// ```
public struct WardPlanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for callers that react differently to each.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An input cannot be opened or read (no such file, a folder that cannot be listed, permissions, an I/O failure).
        case unreadableInput
        /// An input was read but is not a plan (malformed data, a text without a plan, binary data).
        case invalidInput
        /// A plan breaks a validation rule that export does not accept (unless forced).
        case invalidPlan
        /// Budgets cannot be added up: a total does not fit in 64 bits.
        case budgetOverflow
        /// Two inputs are the same version of one plan (ward, year and state), or two versions of one
        /// ward-year were given where only one is accepted.
        case versionConflict
        /// No exporter has the format name asked for.
        case unknownFormat
        /// Two exporters were registered under one format name.
        case formatConflict
        /// An exporter option is unknown, or its value is not one it accepts.
        case invalidOption
        /// The exporter cannot write to this kind of destination (several files to standard output, say).
        case unsupportedDestination
        /// Something about the plans cannot be written in this format (a sheet name clash, text too long for a cell).
        case unrepresentable
        /// Writing the output failed (a folder that does not exist, a full disk, a closed pipe).
        case outputFailed
        /// An error from code outside WardPlan (a third-party exporter), wrapped with its description.
        case external

        /// Whether the error is in how the tool was called rather than in the data: exit status 2.
        public var isUsageError: Bool { self == .unknownFormat || self == .invalidOption }
    }

    /// What went wrong.
    public var kind: Kind
    /// What went wrong, in plain words, in English and in Japanese.
    public var message: Message
    /// Where: the path the user gave (`-` for standard input or output), and line, column and field where known.
    public var location: SourceLocation
    /// Every problem found, when several were gathered (a strict import, a refused plan); else empty.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ kind: Kind, _ message: Message, at location: SourceLocation = SourceLocation(), diagnostics: [Diagnostic] = []) {
        self.kind = kind
        self.message = message
        self.location = location
        self.diagnostics = diagnostics
    }

    /// Creates an error about the file or output at `path`.
    public init(_ kind: Kind, _ message: Message, path: String?, diagnostics: [Diagnostic] = []) {
        self.init(kind, message, at: SourceLocation(file: path), diagnostics: diagnostics)
    }

    /// `path:line:column: error: message [field]` (`error: message` when no place is known), then each
    /// gathered diagnostic on its own line; in English.
    public var description: String { description(in: .english) }

    /// The same lines as ``description`` in `language`.
    public func description(in language: Language) -> String {
        let field = location.field.map { " [\($0)]" } ?? ""
        let place = location.file == nil && location.line == nil ? "" : location.prefix + ": "
        let head = "\(place)\(Message.severity(.error).text(in: language)): \(message.text(in: language))\(field)"
        return ([head] + diagnostics.map { $0.description(in: language) }).joined(separator: "\n")
    }

    /// The same error, placed in `path` when it names no file yet.
    public func inFile(_ path: String?) -> WardPlanError {
        var copy = self
        if copy.location.file == nil { copy.location.file = path }
        return copy
    }

    /// `error` as a ``WardPlanError``: itself when it is one, else wrapped as ``Kind/external`` with its description.
    public static func wrapping(_ error: any Error, path: String? = nil) -> WardPlanError {
        if let known = error as? WardPlanError { return known.inFile(path) }
        if let budget = error as? BudgetError {
            let kind: Kind = if case .overflow = budget { .budgetOverflow } else { .invalidInput }
            return WardPlanError(kind, budget.message, path: path)
        }
        return WardPlanError(.external, Message(String(describing: error)), path: path)
    }
}
