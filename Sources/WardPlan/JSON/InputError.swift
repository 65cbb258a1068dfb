/// Input that cannot be read as a plan: says what is wrong and where (file, line, field).
public struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, in plain words.
    public var message: String
    /// Every problem found, when an import gathered several (strict import); else empty.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(_ message: String, at location: SourceLocation, diagnostics: [Diagnostic] = []) {
        self.message = message
        self.location = location
        self.diagnostics = diagnostics
    }

    /// `path:line:column: error: message`, followed by every gathered diagnostic on its own line.
    public var description: String {
        let field = location.field.map { " [\($0)]" } ?? ""
        let head = "\(location.prefix): error: \(message)\(field)"
        return ([head] + diagnostics.map(\.description)).joined(separator: "\n")
    }
}
