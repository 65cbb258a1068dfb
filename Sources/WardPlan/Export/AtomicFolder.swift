import Foundation

/// Writes a set of files into a folder so that a failure leaves the folder as it was: the files are
/// staged in a temporary folder beside it and moved in only when all were written.
public enum AtomicFolder {
    /// Runs `body` with a staging folder, then moves each file it wrote into `target`
    /// (created if missing), replacing files of the same name.
    public static func write(to target: URL, _ body: (URL) throws -> Void) throws {
        let parent = target.deletingLastPathComponent()
        try AtomicFile.requireWritableFolder(parent, for: target)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw ExportError("the output must be a folder, but a file of that name exists", destination: target.path)
        }
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).wardplan-\(UUID().uuidString).tmp")
        defer { try? FileManager.default.removeItem(at: staging) }
        try folderOperation("create a staging folder beside it", target) {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        }
        try body(staging)
        try folderOperation("create the folder", target) {
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        }
        let names = try folderOperation("list the staged files", target) {
            try FileManager.default.contentsOfDirectory(atPath: staging.path)
        }
        for name in names.sorted() {
            try AtomicFile.rename(staging.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
    }

    /// Runs a file-system step, turning its failure into an ``ExportError`` that says which step failed.
    private static func folderOperation<T>(_ what: String, _ target: URL, _ step: () throws -> T) throws(ExportError) -> T {
        do { return try step() } catch {
            throw ExportError("cannot \(what): \(error.localizedDescription)", destination: target.path)
        }
    }
}
