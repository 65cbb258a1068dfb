import Foundation

/// Runs a program and collects what it printed and how it ended.
public struct CommandResult: Sendable {
    /// The exit status.
    public let status: Int32
    /// What it wrote to standard output.
    public let output: Data
    /// What it wrote to standard error, as text.
    public let errors: String

    /// Whether the process was killed by a signal (a trap, a crash) rather than exiting.
    public let trapped: Bool

    /// Standard output as UTF-8 text.
    public var text: String { String(decoding: output, as: UTF8.self) }
}

public enum CommandRunner {
    /// The folder holding the built products (the test bundle sits beside `wardplan`).
    public static let productsFolder: URL = {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent("wardplan").path) {
            folder.deleteLastPathComponent()
        }
        return folder
    }()

    /// Runs the built `wardplan` with `arguments`, feeding `input` on standard input, in a locale of
    /// `language` (`LC_ALL=C` for English whatever the machine's own locale, `ja_JP.UTF-8` for Japanese).
    public static func wardplan(_ arguments: [String], input: Data = Data(), in folder: URL? = nil,
                                language: String = "C") throws -> CommandResult {
        try run(productsFolder.appendingPathComponent("wardplan"), arguments, input: input, in: folder, environment: ["LC_ALL": language])
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input.
    public static func run(_ executable: URL, _ arguments: [String], input: Data = Data(), in folder: URL? = nil,
                           environment: [String: String]? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        let output = readAll(stdout.fileHandleForReading)
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, output: output, errors: errorData.text(),
                             trapped: process.terminationReason == .uncaughtSignal)
    }
}

/// Everything a pipe holds until its end. A read interrupted by a signal (EINTR: the many children of a test
/// run end while it waits) is retried — Foundation's `readDataToEndOfFile()` traps on it instead.
public func readAll(_ handle: FileHandle) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            data.append(contentsOf: buffer[..<count])
        } else if count == 0 || errno != EINTR {
            return data
        }
    }
}

/// Reads a pipe on its own thread so that neither pipe fills up and blocks the child.
private final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread { [self] in
            data = readAll(handle)
            done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data, as: UTF8.self)
    }
}
