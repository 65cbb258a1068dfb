import WardPlan

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system steps the atomic writers share, each failing with a ``WardPlanError`` that names the
/// path the user gave.
enum FilePath {
    struct Status {
        let mode: UInt32
        /// The last modification, in seconds since 1970.
        let modified: Int
        var isFolder: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
        var isRegular: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
    }

    /// What is at `path` (following links), or `nil` when nothing is.
    static func status(of path: String) -> Status? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Status(mode: UInt32(info.st_mode), modified: Int(info.st_mtim.tv_sec))
    }

    /// What `path` itself is (a link is a link), or `nil` when nothing is.
    static func linkStatus(of path: String) -> Status? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Status(mode: UInt32(info.st_mode), modified: Int(info.st_mtim.tv_sec))
    }

    /// `path` with symbolic links followed to the file they name (which need not exist yet).
    static func resolvingLinks(_ path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { return current }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : folder(of: current) + "/" + link
        }
        return current
    }

    /// The folder holding `path` (`.` for a bare name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A new, empty, recognisably named temporary file beside `target`: `.wardplan-<pid>-<random>.tmp`.
    static func temporarySibling(of target: String, named path: String) throws(WardPlanError) -> String {
        let folder = folder(of: target)
        guard let status = status(of: folder), status.isFolder else {
            throw WardPlanError(.outputFailed, .folderMissing(folder), path: path)
        }
        removeStaleTemporaries(in: folder)
        return try createTemporary(in: folder, named: path)
    }

    /// A new temporary file in the system's temporary folder.
    static func temporaryFile() throws(WardPlanError) -> String {
        try createTemporary(in: systemTemporaryFolder, named: "a temporary file")
    }

    static var systemTemporaryFolder: String {
        guard let folder = getenv("TMPDIR"), let text = String(validatingCString: folder), !text.isEmpty else { return "/tmp" }
        return text
    }

    /// How long a temporary must have been left untouched before it counts as stale: an hour, so that a
    /// live export of a process this one cannot see (another PID namespace on a shared folder) is spared.
    static let staleAge = 3600

    /// Removes the temporaries that earlier runs left in `folder` when they were killed: only our own names
    /// (`.wardplan-<pid>-<number>.tmp` or `.old`), only when no such process is alive here, and only when
    /// untouched for ``staleAge`` seconds.
    static func removeStaleTemporaries(in folder: String) {
        let now = Int(time(nil))
        for name in (try? names(in: folder)) ?? [] where name.hasPrefix(".wardplan-") && (name.hasSuffix(".tmp") || name.hasSuffix(".old")) {
            let parts = name.dropFirst(".wardplan-".count).split(separator: "-")
            let path = folder + "/" + name
            guard parts.count == 2, let pid = Int32(parts[0]), pid > 0, parts[1].split(separator: ".").first.flatMap({ UInt32($0) }) != nil,
                kill(pid, 0) == -1, errno == ESRCH, let status = linkStatus(of: path), now - status.modified >= staleAge
            else { continue }
            if status.isFolder { removeTree(path) } else { unlink(path) }
        }
    }

    /// The name of a temporary in `folder`, short enough for any target name, unique per process and call.
    static func temporaryName(in folder: String, suffix: String) -> String {
        "\(folder)/.wardplan-\(getpid())-\(UInt32.random(in: 0...UInt32.max))\(suffix)"
    }

    private static func createTemporary(in folder: String, named path: String) throws(WardPlanError) -> String {
        for _ in 0..<8 {
            let candidate = temporaryName(in: folder, suffix: ".tmp")
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 {
                close(descriptor)
                return candidate
            }
            guard errno == EEXIST else {
                throw WardPlanError(.outputFailed, .cannotWriteInFolder(folder, reason: SystemError.text()), path: path)
            }
        }
        throw WardPlanError(.outputFailed, .noTemporaryFile(in: folder), path: path)
    }

    static func setMode(_ mode: UInt32, of path: String, named name: String) throws(WardPlanError) {
        guard chmod(path, mode_t(mode & 0o7777)) == 0 else {
            throw WardPlanError(.outputFailed, .cannotKeepPermissions(SystemError.text()), path: name)
        }
    }

    /// Renames in one step (rename(2) replaces its target atomically).
    static func rename(_ source: String, to target: String, named name: String) throws(WardPlanError) {
        guard Glibc.rename(source, target) == 0 else {
            throw WardPlanError(.outputFailed, .cannotMoveIntoPlace(SystemError.text()), path: name)
        }
    }

    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(WardPlanError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw WardPlanError(.outputFailed, .cannotReadBack(SystemError.text()), path: path) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw WardPlanError(.outputFailed, .cannotReadBack(SystemError.text()), path: path) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Copies the file at `path` into `sink`.
    static func copy(_ path: String, into sink: ByteSink) throws(WardPlanError) {
        try sink.write(contentsOf: read(path))
    }

    /// Removes a folder and everything in it (our own staging folders only). Links are removed, never followed.
    static func removeTree(_ path: String) {
        for name in (try? names(in: path)) ?? [] {
            let child = path + "/" + name
            if let status = linkStatus(of: child), status.isFolder { removeTree(child) } else { unlink(child) }
        }
        rmdir(path)
    }

    /// The names in a folder, sorted.
    static func names(in path: String) throws(WardPlanError) -> [String] {
        guard let folder = opendir(path) else {
            throw WardPlanError(.outputFailed, .cannotListFolder(SystemError.text()), path: path)
        }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            // Read the name in place up to its NUL: the record is only as long as the name (d_reclen), so
            // copying the whole d_name array would read past it (AddressSanitizer found this).
            let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
                field.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: field.pointee)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}
