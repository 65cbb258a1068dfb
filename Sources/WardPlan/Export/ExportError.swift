/// An export that could not be done: what went wrong and with which output.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output concerned (a path, or `standard output`).
    public var destination: String
    /// What went wrong, in plain words.
    public var message: String

    /// Creates an error for `destination`.
    public init(_ message: String, destination: String) {
        self.message = message
        self.destination = destination
    }

    /// `path: error: message`.
    public var description: String { "\(destination): error: \(message)" }
}
