import Foundation

/// Where an export goes: a path (a file or a folder, as the exporter needs) or standard output.
public enum ExportDestination: Sendable, Equatable, CustomStringConvertible {
    /// A file or folder path.
    case path(URL)
    /// The process's standard output.
    case standardOutput

    /// Parses the command-line form: `-` for standard output, anything else a path.
    public init(argument: String) {
        self = argument == "-" ? .standardOutput : .path(URL(fileURLWithPath: argument))
    }

    public var description: String {
        switch self {
        case .path(let url): url.path
        case .standardOutput: "standard output"
        }
    }
}
