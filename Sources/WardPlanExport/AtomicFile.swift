import WardPlan
import WardPlanMessages

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that a failure — or the process being killed — never leaves a partial file nor harms
/// the one already there: everything goes to a temporary file beside the target, which is renamed onto it.
///
/// - A symbolic link is followed: its target is updated and the link kept.
/// - An existing file keeps its permission bits.
/// - A device or a pipe (`/dev/stdout`, a FIFO) is written to directly, never replaced.
/// - A folder is refused.
/// - Temporaries that a killed run left in the folder (`.wardplan-<pid>-<number>.tmp` of a process that is
///   gone) are removed.
public enum AtomicFile {
    /// Runs `body` with the path of a new temporary file, then puts that file in place of `path`.
    /// On any error the temporary file is removed and `path` is left as it was.
    public static func write(to path: String, _ body: (String) throws -> Void) throws(WardPlanError) {
        let target = FilePath.resolvingLinks(path)
        let existing = FilePath.status(of: target)
        if let existing, existing.isFolder {
            throw WardPlanError(.outputFailed, .outputIsFolder, path: path)
        }
        if let existing, !existing.isRegular {
            try writeThrough(to: target, named: path, body)
            return
        }
        let temporary = try FilePath.temporarySibling(of: target, named: path)
        do {
            try body(temporary)
            if let existing { try FilePath.setMode(existing.mode, of: temporary, named: path) }
            try FilePath.rename(temporary, to: target, named: path)
        } catch {
            unlink(temporary)
            throw WardPlanError.wrapping(error, path: path)
        }
    }

    /// A device or pipe: the file is made in the system's temporary folder, then its bytes are copied in.
    private static func writeThrough(to target: String, named path: String, _ body: (String) throws -> Void) throws(WardPlanError) {
        let temporary = try FilePath.temporaryFile()
        defer { unlink(temporary) }
        do { try body(temporary) } catch { throw WardPlanError.wrapping(error, path: path) }
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WardPlanError(.outputFailed, .cannotOpenOutput(SystemError.text()), path: path) }
        defer { close(descriptor) }
        try FilePath.copy(temporary, into: ByteSink(descriptor: descriptor, name: path))
    }
}
