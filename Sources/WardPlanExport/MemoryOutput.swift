import Synchronization

/// An export destination in memory: the files an export wrote, by name, for a server that renders
/// without temporary files, or a test.
///
/// Like a file on disk, it changes only when an export succeeds, and then as a whole: a failed export
/// leaves the files of the previous one.
public final class MemoryOutput: Sendable {
    private let storage = Mutex<[String: [UInt8]]>([:])

    /// An empty output.
    public init() {}

    /// The names of the files held, sorted.
    public var fileNames: [String] { storage.withLock { $0.keys.sorted() } }

    /// Every file held, by name.
    public var files: [String: [UInt8]] { storage.withLock { $0 } }

    /// The bytes of the file `name`, if there is one.
    public func contents(of name: String) -> [UInt8]? { storage.withLock { $0[name] } }

    /// The only file an export wrote (a single-file format), or `nil` when there are none or several.
    public var singleFile: (name: String, bytes: [UInt8])? {
        storage.withLock { files in files.count == 1 ? files.first.map { ($0.key, $0.value) } : nil }
    }

    /// Replaces what is held with the files of a finished export.
    func replace(with files: [String: [UInt8]]) { storage.withLock { $0 = files } }
}
