import WardPlan

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The three ways an exporter writes, each honouring the contract for every kind of destination:
/// at a path atomically, to a stream through one buffer, into memory all at once on success.
extension ExportDestination {
    /// Writes one file. A path gets it atomically (see ``AtomicFile``); a stream gets its bytes; memory
    /// holds it as `name` once `body` has finished without error.
    public func writeFile(named name: String, _ body: (inout ByteWriter) throws -> Void) throws(WardPlanError) {
        switch self {
        case .path(let path):
            try AtomicFile.write(to: path) { temporary in
                try Self.writeNewFile(at: temporary, shownAs: path, body)
            }
        case .stream(let sink):
            var writer = ByteWriter(sink)
            do { try body(&writer) } catch { throw WardPlanError.wrapping(error, path: sink.name) }
            try writer.flush()
        case .memory(let output):
            output.replace(with: [name: try Self.collect(name, body)])
        }
    }

    /// Writes a folder of files. A path gets the folder switched into place as a whole (see ``AtomicFolder``;
    /// `expectedNames` tells which names an existing folder may hold to be replaced); memory holds every file
    /// once `body` has finished; a stream cannot take several files and is refused.
    public func writeFolder(expectedNames: (String) -> Bool, _ body: (inout FolderWriter) throws -> Void) throws(WardPlanError) {
        switch self {
        case .path(let path):
            try AtomicFolder.write(to: path, expectedNames: expectedNames) { staging in
                var folder = FolderWriter(storage: .folder(staging), shownAs: path)
                try body(&folder)
            }
        case .stream(let sink):
            throw WardPlanError(.unsupportedDestination, "this format writes several files; name a folder", path: sink.name)
        case .memory(let output):
            var folder = FolderWriter(storage: .memory([:]), shownAs: "memory")
            do { try body(&folder) } catch { throw WardPlanError.wrapping(error, path: "memory") }
            output.replace(with: folder.memoryFiles)
        }
    }

    /// Writes one file through a path, for writers that need one (a C library): `body` gets a temporary
    /// path, whose file then goes atomically to a path, byte for byte to a stream, or into memory as `name`.
    public func writeThroughPath(named name: String, _ body: (String) throws -> Void) throws(WardPlanError) {
        if case .path(let path) = self {
            try AtomicFile.write(to: path, body)
            return
        }
        let temporary = try FilePath.temporaryFile()
        defer { unlink(temporary) }
        do { try body(temporary) } catch { throw WardPlanError.wrapping(error, path: description) }
        switch self {
        case .path: break
        case .stream(let sink): try FilePath.copy(temporary, into: sink)
        case .memory(let output): output.replace(with: [name: try FilePath.read(temporary)])
        }
    }

    static func writeNewFile(at path: String, shownAs name: String, _ body: (inout ByteWriter) throws -> Void) throws(WardPlanError) {
        unlink(path)
        let sink = try ByteSink.creatingFile(at: path, name: name)
        var writer = ByteWriter(sink)
        do { try body(&writer) } catch { throw WardPlanError.wrapping(error, path: name) }
        try writer.flush()
        try sink.close()
    }

    static func collect(_ name: String, _ body: (inout ByteWriter) throws -> Void) throws(WardPlanError) -> [UInt8] {
        let sink = ByteSink(memoryNamed: name)
        var writer = ByteWriter(sink)
        do { try body(&writer) } catch { throw WardPlanError.wrapping(error, path: name) }
        try writer.flush()
        return sink.bytes
    }
}

/// The files of a folder export being written: in a staging folder on disk, or in memory.
/// Several files may be open at once (a table each), so that rows stream to all of them.
public struct FolderWriter {
    enum Storage {
        case folder(String)
        case memory([String: ByteSink])
    }

    private(set) var storage: Storage
    private let shownAs: String

    init(storage: Storage, shownAs: String) {
        self.storage = storage
        self.shownAs = shownAs
    }

    /// The files written to memory, by name.
    var memoryFiles: [String: [UInt8]] {
        guard case .memory(let sinks) = storage else { return [:] }
        return sinks.mapValues(\.bytes)
    }

    /// Opens the file `name` (a plain name, no folders) of the export; finish it with ``close(_:)``.
    public mutating func open(named name: String) throws(WardPlanError) -> ByteWriter {
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
            throw WardPlanError(.unrepresentable, "\"\(name)\" is not a plain file name", path: shownAs)
        }
        switch storage {
        case .folder(let staging):
            return ByteWriter(try ByteSink.creatingFile(at: staging + "/" + name, name: shownAs + "/" + name))
        case .memory(var sinks):
            let sink = ByteSink(memoryNamed: name)
            sinks[name] = sink
            storage = .memory(sinks)
            return ByteWriter(sink)
        }
    }

    /// Writes out what `writer` holds and closes its file.
    public func close(_ writer: inout ByteWriter) throws(WardPlanError) {
        try writer.flush()
        try writer.sink.close()
    }

    /// Writes the whole file `name` at once.
    public mutating func writeFile(named name: String, _ body: (inout ByteWriter) throws -> Void) throws(WardPlanError) {
        var writer = try open(named: name)
        do { try body(&writer) } catch { throw WardPlanError.wrapping(error, path: shownAs + "/" + name) }
        try close(&writer)
    }
}
