/// Tests on eight bytes at once, read as one 64-bit word: whether any of them is a given byte, or below a bound.
/// Loops over UTF-8 use them to step over long runs that hold nothing of interest: the readers and writers of
/// WardPlan do, and exporters written outside may. (Public and inlinable, because only so does the compiler
/// inline it into the other modules' loops.)
public enum ByteWord {
    @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// `byte` in each of the eight places.
    @inlinable @inline(__always)
    public static func repeating(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// Whether any of the word's bytes is zero.
    @inlinable @inline(__always)
    public static func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highBits != 0 }

    /// Whether any of the word's bytes is `byte`.
    @inlinable @inline(__always)
    public static func has(_ byte: UInt8, in word: UInt64) -> Bool { hasZeroByte(word ^ repeating(byte)) }

    /// Whether any of the word's bytes is below `bound` (at most 128).
    @inlinable @inline(__always)
    public static func hasByteLess(than bound: UInt8, in word: UInt64) -> Bool {
        (word &- repeating(bound)) & ~word & highBits != 0
    }

    /// Whether any of the word's bytes is at or above `0x80`: not ASCII.
    @inlinable @inline(__always)
    public static func hasNonASCII(_ word: UInt64) -> Bool { word & highBits != 0 }

    /// How many of the word's bytes begin a UTF-8 character (are not `10xxxxxx` continuation bytes).
    @inlinable @inline(__always)
    public static func characterStarts(in word: UInt64) -> Int {
        8 - (word & ~(word << 1) & highBits).nonzeroBitCount
    }

    /// The word at `offset` of `base`, read whatever its alignment.
    @inlinable @inline(__always)
    public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }
}
