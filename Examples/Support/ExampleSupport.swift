import Foundation

/// What the examples' tests share: where the repository's sample plans are, and running a built tool.
public enum ExampleSupport {
    /// The repository's root (the folder above `Examples/`).
    public static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture of the repository's tests, e.g. `higashisumiyoshi-r2-draft.txt`.
    public static func fixture(_ name: String) -> URL {
        repository.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// The real sample plan: 令和2年度 東住吉区運営方針(案).
    public static var sample: URL { fixture("higashisumiyoshi-r2-draft.txt") }

    /// A new empty folder for one test's files.
    public static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("wardplan-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs the built executable `name` (beside the test bundle) with `arguments`: its status, output and errors.
    public static func run(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && !FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) {
            folder.deleteLastPathComponent()
        }
        let process = Process()
        process.executableURL = folder.appendingPathComponent(name)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
