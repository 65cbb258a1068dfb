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
    /// What is wrong, in plain words, in English and in Japanese.
    public var message: Message
    /// Where it is.
    public var location: SourceLocation

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: Message, at location: SourceLocation = SourceLocation()) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `path:line:column: error: message [field]`, the shape editors understand, in English.
    public var description: String { description(in: .english) }

    /// `path:line:column: error: message [field]` in `language` (`…: エラー: …` in Japanese).
    public func description(in language: Language) -> String {
        let field = location.field.map { " [\($0)]" } ?? ""
        return "\(location.prefix): \(Message.severity(severity).text(in: language)): \(message.text(in: language))\(field)"
    }

    private enum CodingKeys: String, CodingKey {
        case severity, message, messageJapanese, location
    }

    /// Reads a diagnostic written by ``encode(to:)``; a message without its Japanese form reads the same in both.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let english = try container.decode(String.self, forKey: .message)
        severity = try container.decode(Severity.self, forKey: .severity)
        message = Message(english: english, japanese: try container.decodeIfPresent(String.self, forKey: .messageJapanese) ?? english)
        location = try container.decode(SourceLocation.self, forKey: .location)
    }

    /// Writes `severity`, `message` (English), `messageJapanese` and `location`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(severity, forKey: .severity)
        try container.encode(message.english, forKey: .message)
        try container.encode(message.japanese, forKey: .messageJapanese)
        try container.encode(location, forKey: .location)
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
