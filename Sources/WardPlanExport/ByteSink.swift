import Synchronization
import WardPlan
import WardPlanMessages

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where bytes go: an open file descriptor (standard output, a file being written) or memory.
///
/// Every write is checked: a full disk or a closed pipe is a thrown ``WardPlanError`` naming the output,
/// never a silent loss. Standard output is written through this one path, so that reports and exports
/// appear in order.
public final class ByteSink: Sendable {
    private enum Target {
        case descriptor(Int32, owned: Bool)
        case memory
    }

    private let target: Target
    private let memory = Mutex<[UInt8]>([])
    private let isClosed = Mutex(false)
    /// The output's name in messages: a path, `standard output`, or `memory`.
    public let name: String

    /// The process's standard output.
    public static let standardOutput = ByteSink(descriptor: 1, name: "standard output")
    /// The process's standard error.
    public static let standardError = ByteSink(descriptor: 2, name: "standard error")

    /// Whether the bytes go to a terminal (for colour): a descriptor that `isatty` says is one.
    public var isTerminal: Bool {
        guard case .descriptor(let descriptor, _) = target else { return false }
        return isatty(descriptor) == 1
    }

    /// Writes to an open descriptor, which the caller keeps open and closes.
    public init(descriptor: Int32, name: String) {
        target = .descriptor(descriptor, owned: false)
        self.name = name
    }

    /// Collects the bytes in memory; read them with ``bytes``.
    public init(memoryNamed name: String = "memory") {
        target = .memory
        self.name = name
    }

    private init(ownedDescriptor: Int32, name: String) {
        target = .descriptor(ownedDescriptor, owned: true)
        self.name = name
    }

    /// Creates a new file at `path` (which must not exist) with permission bits `mode`, and writes to it.
    /// Close it with ``close()`` to learn whether the last bytes reached the disk.
    public static func creatingFile(at path: String, mode: UInt32 = 0o666, name: String? = nil) throws(WardPlanError) -> ByteSink {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard descriptor >= 0 else {
            throw WardPlanError(.outputFailed, .cannotCreateFile(SystemError.text()), path: name ?? path)
        }
        return ByteSink(ownedDescriptor: descriptor, name: name ?? path)
    }

    deinit {
        if case .descriptor(let descriptor, owned: true) = target, !isClosed.withLock({ $0 }) { _ = Glibc.close(descriptor) }
    }

    /// Writes all of `bytes`, retrying after interruptions.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(WardPlanError) {
        switch target {
        case .memory:
            memory.withLock { $0.append(contentsOf: bytes) }
        case .descriptor(let descriptor, _):
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw WardPlanError(.outputFailed, .cannotWrite(SystemError.text()), path: name)
                }
                offset += written
            }
        }
    }

    /// Writes all of `bytes`.
    public func write(contentsOf bytes: [UInt8]) throws(WardPlanError) {
        var failure: WardPlanError?
        bytes.withUnsafeBytes { raw in
            do throws(WardPlanError) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Flushes a file to its disk and closes it; for sinks made by ``creatingFile(at:mode:name:)``.
    public func close() throws(WardPlanError) {
        guard case .descriptor(let descriptor, owned: true) = target, !isClosed.withLock({ $0 }) else { return }
        isClosed.withLock { $0 = true }
        let synced = fsync(descriptor) == 0 || errno == EINVAL
        let syncError = synced ? nil : SystemError.text()
        guard Glibc.close(descriptor) == 0, synced else {
            throw WardPlanError(.outputFailed, .cannotFinishWriting(syncError ?? SystemError.text()), path: name)
        }
    }

    /// The bytes written so far to a memory sink (empty for a descriptor).
    public var bytes: [UInt8] { memory.withLock { $0 } }
}

/// The text of the C library's last error (`errno`).
enum SystemError {
    static func text(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }
}
