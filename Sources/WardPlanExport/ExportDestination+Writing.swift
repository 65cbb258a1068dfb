import WardPlan
import WardPlanMessages

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
            throw WardPlanError(.unsupportedDestination, .severalFilesNeedFolder, path: sink.name)
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
