/// A buffer that writers append bytes to: a cell, a tag, a comma at a time. Each append is a capacity check and
/// a copy, none of the generic work `Array.append(contentsOf:)` does per call, which costs more than the copy
/// for the short runs writers append. WardPlan's exporters fill one per line or page; exporters written outside
/// may.
///
/// A reference type that owns its memory: one writer uses it at a time, on one thread.
public final class ByteBuffer {
    // Unchecked: an append is a few instructions, and the run-time check of exclusive access to a class's
    // properties would cost more than the append. One writer uses a buffer at a time (see above).
    @exclusivity(unchecked) @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var capacity: Int
    @exclusivity(unchecked) @usableFromInline var length = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    public init(capacity: Int = 1 << 12) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// How many bytes it holds.
    public var count: Int { length }

    /// Appends one byte.
    @inlinable
    public func append(_ byte: UInt8) {
        if length == capacity { moveToLargerMemory(toHold: length + 1).deallocate() }
        base[length] = byte
        length += 1
    }

    /// Appends `bytes` (which may be this buffer's own).
    @inlinable
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        // The old memory is let go only after the copy: `bytes` may lie in it.
        let old = bytes.count > capacity - length ? moveToLargerMemory(toHold: length + bytes.count) : nil
        // As `memmove` copies: `bytes` may be this buffer's own and overlap where they go.
        UnsafeMutableRawPointer(base + length).copyMemory(from: source, byteCount: bytes.count)
        length += bytes.count
        old?.deallocate()
    }

    /// Appends bytes made beforehand.
    @inlinable
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends markup or punctuation from the source code.
    @inlinable
    public func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 of `text`, as it is.
    @inlinable
    public func append(utf8 text: String) {
        text.withContiguousUTF8 { append($0) }
    }

    /// Calls `body` with the bytes held.
    public func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: length))
    }

    /// The bytes held, copied.
    public var bytes: [UInt8] { withBytes { Array($0) } }

    /// Empties the buffer, keeping its memory.
    public func removeAll() { length = 0 }

    /// Moves the bytes to memory with room for `needed`; returns the old memory, for the caller to let go.
    @usableFromInline
    func moveToLargerMemory(toHold needed: Int) -> UnsafeMutablePointer<UInt8> {
        let grown = max(needed, 2 * capacity)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.initialize(from: base, count: length)
        let old = base
        base = moved
        capacity = grown
        return old
    }
}
