/// Where an export goes.
public enum ExportDestination: Sendable, CustomStringConvertible {
    /// A file or a folder at a path, as the format needs, kept as the user gave it.
    case path(String)
    /// A stream of bytes: standard output, or a sink of the caller's.
    case stream(ByteSink)
    /// Files in memory.
    case memory(MemoryOutput)

    /// The process's standard output.
    public static var standardOutput: ExportDestination { .stream(.standardOutput) }

    /// The destination as messages name it: the path, the stream's name (`standard output`), `memory`.
    public var description: String {
        switch self {
        case .path(let path): path
        case .stream(let sink): sink.name
        case .memory: "memory"
        }
    }

    /// The extension of a path destination, lower-cased and without the dot (`""` for streams and memory).
    public var pathExtension: String {
        guard case .path(let path) = self else { return "" }
        return path.lowercasedFileExtension
    }
}
