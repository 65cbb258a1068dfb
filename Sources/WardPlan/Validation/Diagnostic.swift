/// A problem found in a plan or its source text, with its severity and location.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        /// For information: how the input was read (items numbered by position, say); nothing is wrong.
        case note
        /// Worth a look; the plan is still usable.
        case warning
        /// The plan is wrong or something in the input was lost.
        case error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// How serious it is.
    public var severity: Severity
    /// What is wrong, in plain words.
    public var message: String
    /// Where it is.
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: SourceLocation = SourceLocation()) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `path:line:column: error: message (field)`, the shape editors understand.
    public var description: String {
        let field = location.field.map { " [\($0)]" } ?? ""
        return "\(location.prefix): \(severity.rawValue): \(message)\(field)"
    }

    /// The same diagnostic, placed in `file` when it names none.
    public func inFile(_ file: String) -> Diagnostic {
        var copy = self
        if copy.location.file == nil { copy.location.file = file }
        return copy
    }
}

extension Sequence<Diagnostic> {
    /// Whether any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
