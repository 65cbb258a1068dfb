import Foundation
import WardPlan
import WardPlanJSON
import WardPlanMessages

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// An input opened for reading, with the bytes read from its start: enough to tell JSON from text, and for a file
/// of the size a ward publishes, all of it.
///
/// It is opened and read with plain system calls: a folder of many small plans costs one open, two reads and one
/// close per file.
struct InputFile {
    /// The open input, for what follows ``head``.
    let handle: FileHandle
    /// The first bytes, up to ``ByteSource/chunkSize``.
    let head: Data
    /// Whether ``head`` holds the whole input (its end was read).
    let isWhole: Bool

    /// Opens `path` (`-` for standard input) and reads its start.
    /// - Throws: ``WardPlan/WardPlanError`` of kind ``WardPlan/WardPlanError/Kind/unreadableInput`` when there is no
    ///   such file, or it cannot be opened or read.
    init(path: String) throws(WardPlanError) {
        let descriptor: Int32
        if path == "-" {
            descriptor = STDIN_FILENO
            handle = .standardInput
        } else {
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                // A path that names nothing (a missing file, a file taken for a folder, a link to nothing) is no such
                // file; one that names something that cannot be opened is said to be so.
                var status = stat()
                throw WardPlanError(.unreadableInput, stat(path, &status) == 0 ? .cannotOpenInput : .noSuchFile, path: path)
            }
            handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        }
        // Read into memory left as it is (not zeroed), handed to the Data that keeps it.
        let capacity = ByteSource.chunkSize
        guard let buffer = malloc(capacity) else {
            throw WardPlanError(.unreadableInput, .cannotRead(String(cString: strerror(ENOMEM))), path: path)
        }
        var count = 0
        var ended = false
        while count < capacity, !ended {
            let bytesRead = read(descriptor, buffer + count, capacity - count)
            if bytesRead > 0 {
                count += bytesRead
            } else if bytesRead == 0 {
                ended = true
            } else if errno != EINTR {
                let reason = String(cString: strerror(errno))
                free(buffer)
                throw WardPlanError(.unreadableInput, .cannotRead(reason), path: path)
            }
        }
        head = Data(bytesNoCopy: realloc(buffer, max(count, 1)) ?? buffer, count: count, deallocator: .free)
        isWhole = ended
    }
}
