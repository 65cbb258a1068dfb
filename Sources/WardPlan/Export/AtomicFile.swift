import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a failure never leaves a partial file nor harms the one already there:
/// everything goes to a temporary file beside the target, which is renamed into place at the end.
public enum AtomicFile {
    /// Runs `body` with a temporary path beside `target`, then renames that file onto `target`.
    /// On any error the temporary file is removed and `target` is left as it was.
    public static func write(to target: URL, _ body: (URL) throws -> Void) throws {
        let folder = target.deletingLastPathComponent()
        try requireWritableFolder(folder, for: target)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).wardplan-\(UUID().uuidString).tmp")
        do {
            try body(temporary)
            try rename(temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `data` to `target` atomically.
    public static func write(_ data: Data, to target: URL) throws {
        try write(to: target) { temporary in
            do { try data.write(to: temporary) } catch {
                throw ExportError("cannot write: \(error.localizedDescription)", destination: target.path)
            }
        }
    }

    /// Streams to `target` through a buffered ``ByteWriter``, atomically.
    public static func withWriter(to target: URL, _ body: (inout ByteWriter) throws -> Void) throws {
        try write(to: target) { temporary in
            var writer = try ByteWriter.creating(temporary)
            try body(&writer)
            try writer.flush()
        }
    }

    /// Fails with a plain message unless `folder` exists, is a folder and can be written.
    static func requireWritableFolder(_ folder: URL, for target: URL) throws(ExportError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ExportError("the folder \(folder.path) does not exist", destination: target.path)
        }
        guard FileManager.default.isWritableFile(atPath: folder.path) else {
            throw ExportError("the folder \(folder.path) cannot be written to", destination: target.path)
        }
    }

    /// Renames `source` onto `target` in one step (rename(2) replaces atomically).
    static func rename(_ source: URL, to target: URL) throws(ExportError) {
        guard Foundation.rename(source.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw ExportError("cannot move the finished file into place: \(reason)", destination: target.path)
        }
    }
}
