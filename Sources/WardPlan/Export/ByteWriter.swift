import Foundation

/// A buffered writer of text and bytes to a file handle, for exporters that stream.
public struct ByteWriter {
    private let handle: FileHandle
    private let name: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    /// Writes to `handle`; `name` names the output in errors.
    public init(handle: FileHandle, name: String) {
        self.handle = handle
        self.name = name
        buffer.reserveCapacity(capacity)
    }

    /// A writer to standard output.
    public static func standardOutput() -> ByteWriter {
        ByteWriter(handle: .standardOutput, name: "standard output")
    }

    /// Streams to standard output through a buffered writer, flushing at the end.
    public static func withStandardOutput(_ body: (inout ByteWriter) throws -> Void) throws {
        var writer = standardOutput()
        try body(&writer)
        try writer.flush()
    }

    /// Appends the UTF-8 bytes of `text`.
    public mutating func write(_ text: String) throws(ExportError) {
        try write(bytes: Array(text.utf8))
    }

    /// Appends raw bytes.
    public mutating func write(bytes: some Sequence<UInt8>) throws(ExportError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes out what is buffered.
    public mutating func flush() throws(ExportError) {
        guard !buffer.isEmpty else { return }
        do { try handle.write(contentsOf: buffer) } catch {
            throw ExportError("cannot write: \(error.localizedDescription)", destination: name)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension ByteWriter {
    /// A writer to a new file at `url` (replacing any file there); for files inside a staging folder.
    public static func creating(_ url: URL) throws(ExportError) -> ByteWriter {
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: url.path)
        else { throw ExportError("cannot create the file", destination: url.path) }
        return ByteWriter(handle: handle, name: url.path)
    }
}
