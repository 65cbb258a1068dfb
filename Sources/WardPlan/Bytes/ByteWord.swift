/// Tests on eight bytes at once, read as one 64-bit word: which of them are a given byte, below a bound or at or
/// above one, and how many begin a UTF-8 scalar. Loops over UTF-8 use them to step over long runs that hold nothing
/// of interest: the readers and writers of WardPlan do, and exporters written outside may. (Public and inlinable,
/// because only so does the compiler inline it into the other modules' loops.)
///
/// A test gives marks: the high bit of each byte that passes. A word is read with its first byte lowest
/// (``load(_:at:)``). Every byte that passes is marked; a byte above one that passes — later in memory — may be
/// marked too, so the marks say exactly *whether* a word holds such a byte, and the lowest mark is the first
/// byte that passes. Marks of several tests are joined with `|` before one branch. ``marksAtLeast(_:in:)`` marks
/// exactly the bytes that pass.
public enum ByteWord {
    @usableFromInline static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @usableFromInline static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// `byte` in each of the eight places.
    @inlinable @inline(__always)
    public static func repeating(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// Marks the word's bytes that are `byte`.
    @inlinable @inline(__always)
    public static func marks(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ repeating(byte)
        return (difference &- ones) & ~difference & highBits
    }

    /// Marks the word's bytes below `bound` (at most 127).
    @inlinable @inline(__always)
    public static func marksBelow(_ bound: UInt8, in word: UInt64) -> UInt64 {
        (word &- repeating(bound)) & ~word & highBits
    }

    /// Marks the word's bytes at or above `bound`, which is at least 128, and only those: the low seven bits of a
    /// byte plus 128 − (`bound` − 128) carry into its high bit, never into the next byte.
    @inlinable @inline(__always)
    public static func marksAtLeast(_ bound: UInt8, in word: UInt64) -> UInt64 {
        assert(bound >= 0x80, "a bound below 128 would mark every byte from 128 up")
        return ((word & ~highBits) &+ repeating(0x80 &- (bound & 0x7F))) & word & highBits
    }

    /// How many of the word's bytes begin a UTF-8 scalar (are not `10xxxxxx` continuation bytes).
    @inlinable @inline(__always)
    public static func characterStarts(in word: UInt64) -> Int {
        // One mark per continuation byte, moved to its byte's low bit and summed by one multiplication into the top
        // byte (at most 8): no `popcnt` (see below).
        8 - Int(truncatingIfNeeded: (((word & ~(word << 1) & highBits) >> 7) &* ones) >> 56)
    }

    /// How many of `bytes` begin a UTF-8 scalar (are not `10xxxxxx` continuation bytes): the scalars of valid
    /// UTF-8, counted eight bytes at a time.
    ///
    /// A continuation byte has its top bit set and the next one clear, a mark that is exact, one per byte. The
    /// marks of a block of up to 255 words are summed in the words' byte lanes, and the lanes are added up once a
    /// block: no `popcnt`, which the baseline x86-64 the package is built for lacks (there `nonzeroBitCount` takes
    /// a dozen instructions).
    @inlinable
    public static func characterStarts(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                var lanes: UInt64 = 0
                let end = min(bytes.count, index &+ 8 * 255)
                while index &+ 8 <= end {
                    let word = load(base, at: index)
                    lanes &+= (word & ~(word << 1) & highBits) >> 7
                    index &+= 8
                }
                // Eight lanes of at most 255 into four of at most 510, whose sum (at most 2,040, as is every partial
                // sum) the top 16 bits of the product hold.
                let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes >> 8 & 0x00FF_00FF_00FF_00FF)
                continuations &+= Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) >> 48)
            }
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 == 0x80 { continuations &+= 1 }
            index += 1
        }
        return bytes.count - continuations
    }

    /// Whether `isFound` holds at some place of `bytes` from `start` on, asked only of the places in words that
    /// `marks` marks: the bytes go eight at a time, the last word overlapping the one before (and the first word
    /// reaching back before `start` when fewer than eight are left, where `isFound` must not hold); a marked word is
    /// looked at byte by byte. `marks` must mark every word that holds a place `isFound` holds at.
    @inlinable @inline(__always)
    public static func contains(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0, marks: (UInt64) -> UInt64, where isFound: (Int) -> Bool
    ) -> Bool {
        guard start < bytes.count else { return false }
        guard let base = bytes.baseAddress, bytes.count >= 8 else { return bytes.indices[start...].contains(where: isFound) }
        var index = min(start, bytes.count - 8)
        while true {
            if marks(load(base, at: index)) != 0 {
                for place in index..<index + 8 where isFound(place) { return true }
            }
            if index == bytes.count - 8 { return false }
            index = min(index + 8, bytes.count - 8)
        }
    }

    /// The word at `offset` of `base`, read whatever its alignment, its first byte lowest: the lowest mark
    /// of a word is its first byte that passes.
    @inlinable @inline(__always)
    public static func load(_ base: UnsafePointer<UInt8>, at offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }
}
