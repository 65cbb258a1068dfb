import WardPlan

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
            throw WardPlanError(.unrepresentable, .notAFileName(name), path: shownAs)
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
