import Foundation

/// A source of bytes read in chunks: a file, standard input, or bytes in memory.
public struct ByteSource: @unchecked Sendable {
    private let handle: FileHandle?
    private var memory: Data?
    /// The chunk size used for files.
    public static let chunkSize = 1 << 16

    /// Bytes already in memory.
    public init(data: Data) {
        handle = nil
        memory = data
    }

    /// Reads from an open file handle (a file or standard input) in chunks, after `prefix`:
    /// bytes already taken from the handle (to look at the start of the input, say).
    public init(handle: FileHandle, prefix: Data = Data()) {
        self.handle = handle
        memory = prefix
    }

    /// The next chunk, or `nil` at the end.
    public mutating func nextChunk() throws -> Data? {
        if let pending = memory, !pending.isEmpty {
            memory = nil
            return pending
        }
        let chunk = try handle?.read(upToCount: Self.chunkSize)
        return chunk?.isEmpty == false ? chunk : nil
    }
}
