/// Where something is: a file, and where known a line, a column and the field of the plan.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// The file's path as the user named it (`-` for standard input), when known.
    public var file: String?
    /// The 1-based line.
    public var line: Int?
    /// The 1-based column, counted in characters.
    public var column: Int?
    /// The field of the plan, e.g. `具体的取組 1-1-2 budget`.
    public var field: String?

    /// Creates a location.
    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
    }

    /// `path:line:column` as editors read it, omitting what is unknown.
    public var prefix: String {
        var prefix = file ?? "<input>"
        if let line {
            prefix += ":" + String(line)
            if let column { prefix += ":" + String(column) }
        }
        return prefix
    }
}
