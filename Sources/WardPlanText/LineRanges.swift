#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte ranges of the lines of a text, without their ends: LF, CR and CRLF end a line, as in editors and
/// `wc -l`; the text after the last end is a line too (empty when the text ends with one).
///
/// Each kind of end is looked for with `memchr` and remembered until the reading passes it, so every byte is
/// looked at once for each: O(n) whether a text ends its lines with LF, CRLF or CR.
struct LineRanges: Sequence, IteratorProtocol {
    private let bytes: UnsafeRawBufferPointer
    private var start = 0
    private var finished = false
    /// The next LF and CR at or after `start`, or the end when there is none.
    private var nextLF = -1
    private var nextCR = -1

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    mutating func next() -> Range<Int>? {
        guard !finished else { return nil }
        if nextLF < start { nextLF = find(0x0A) }
        if nextCR < start { nextCR = find(0x0D) }
        let end = Swift.min(nextLF, nextCR)
        guard end < bytes.count else {
            finished = true
            return start..<bytes.count
        }
        let line = start..<end
        start = end + 1
        if end == nextCR, start < bytes.count, bytes[start] == 0x0A { start += 1 }
        return line
    }

    /// The index of the first `byte` at or after `start`, or the end.
    private func find(_ byte: UInt8) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + start, Int32(byte), bytes.count - start)
        else { return bytes.count }
        return base.distance(to: UnsafeRawPointer(found))
    }
}
