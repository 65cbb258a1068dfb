/// The characters of a line, each as its value (see ``FoldedLine/scalars``) and where it ends in the line's UTF-8;
/// for a character of more than one scalar, ``cluster`` holds the character itself.
///
/// Read quickly: a scalar of the common blocks of Japanese text (``standsAlone(_:)``) followed by another such
/// scalar, or ending the line, is a character of its own, told so without Swift's grapheme breaking, which reads
/// everything else.
/// - Complexity: O(n) in the line's length.
struct LineCharacters {
    private let text: String
    private let utf8: UnsafeBufferPointer<UInt8>
    /// Where the next character begins in the line's UTF-8.
    private(set) var offset = 0
    /// The scalar at `offset` when the last character read it already (else an end of 0), where it ends, and
    /// whether it stands alone.
    private var aheadValue: UInt32 = 0
    private var aheadEnd = 0
    private var aheadStandsAlone = false
    /// The last character read, when it is of more than one scalar.
    private(set) var cluster: Character?

    /// The characters of `text`, whose UTF-8 is `utf8`.
    init(_ text: String, utf8: UnsafeBufferPointer<UInt8>) {
        self.text = text
        self.utf8 = utf8
    }

    /// The next character's value and where it ends, or `nil` at the end of the line.
    @inline(__always)
    mutating func next() -> (value: UInt32, end: Int)? {
        guard offset < utf8.count else { return nil }
        var value = aheadValue
        var end = aheadEnd
        var standsAlone = aheadStandsAlone
        if end == 0 {
            (value, end) = scalar(at: offset)
            standsAlone = Self.standsAlone(value)
        }
        aheadEnd = 0
        if end < utf8.count {
            (aheadValue, aheadEnd) = scalar(at: end)
            aheadStandsAlone = Self.standsAlone(aheadValue)
        }
        if standsAlone, aheadEnd == 0 || aheadStandsAlone {
            offset = end
            cluster = nil
            return (value, end)
        }
        return characterAtOffset()
    }

    /// Reads on while the characters are scalars that stand alone and are their own fold
    /// (``MatchText/foldsToItself(_:)``) — most of a line of Japanese text — writing each one's value to `values` at
    /// `written`, in one loop (in two bytes, as ``FoldedScalars`` holds them: each such value is one of the Basic
    /// Multilingual Plane); stops before any other character, which ``next()`` reads, or when `values` is full.
    /// `count` counts the characters read (before and here); where each one that a checkpoint stands at begins goes
    /// to `checkpoints` (``FoldedLine/noteCheckpoint(_:at:in:capacity:)``).
    @inline(__always)
    mutating func readOwnFolds(into values: UnsafeMutableBufferPointer<UInt16>, written: inout Int, count: inout UInt32,
                               checkpoints: inout [UInt32]) {
        defer { aheadEnd = 0 }
        var (value, end) = aheadEnd == 0 ? (offset < utf8.count ? scalar(at: offset) : (0, 0)) : (aheadValue, aheadEnd)
        guard end > 0, Self.isPlain(value) else { return }
        // Read and written in locals, which stay in registers, and stored once at the end.
        var (start, filled, read) = (offset, written, count)
        defer { (offset, written, count) = (start, filled, read) }
        while filled < values.count {
            // The scalar after it must stand alone too, or the character may go on.
            let after = end < utf8.count ? scalar(at: end) : (value: 0, end: 0)
            let afterIsPlain = after.end > 0 && Self.isPlain(after.value)
            guard afterIsPlain || after.end == 0 || Self.standsAlone(after.value) else { return }
            FoldedLine.noteCheckpoint(UInt32(truncatingIfNeeded: start), at: read, in: &checkpoints, capacity: values.count)
            values[filled] = UInt16(truncatingIfNeeded: value)
            filled += 1
            start = end
            read += 1
            guard afterIsPlain else { return }
            (value, end) = after
        }
    }

    /// The character at `offset`, as Swift's grapheme breaking tells it.
    @inline(never)
    private mutating func characterAtOffset() -> (value: UInt32, end: Int) {
        aheadEnd = 0
        let character = text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)]
        offset += character.utf8.count
        let value = FoldedLine.value(of: character)
        cluster = value & FoldedLine.cluster != 0 ? character : nil
        return (value, offset)
    }

    /// The scalar value whose UTF-8 begins at `offset`, and where it ends.
    @inline(__always)
    private func scalar(at offset: Int) -> (value: UInt32, end: Int) {
        utf8.scalar(at: offset)
    }

    /// Scalars that join no neighbour into a character (grapheme cluster break Other or Control, neither Hangul
    /// nor regional indicator nor prepended): tab, printable ASCII, box drawing and shapes, CJK punctuation
    /// without the tone marks (U+302A–302F), hiragana without the combining sound marks, katakana, the unified
    /// ideographs and the full- and half-width forms without the half-width sound marks. Between two of them a
    /// character always ends. A test checks each beside others and itself.
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20...0x7E, 0x2500...0x25FF, 0x3000...0x3029, 0x3030...0x3096, 0x30A0...0x30FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xFF01...0xFF9D:
            true
        default: false
        }
    }

    /// Scalars that stand alone (``standsAlone(_:)``) and are their own fold (``MatchText/foldsToItself(_:)``), told
    /// in one test, the unified ideographs first: most of a plan's text. A test checks every value against both.
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        if value &- 0x4E00 < 0x5200 { return true }
        switch value {
        case 0x303B...0x3096, 0x30A0...0x30FE, 0x20...0x7E, 0x3001...0x3029, 0x3030...0x3035, 0x3400...0x4DBF, 0x2500...0x25FF,
            0x09:
            return true
        default: return false
        }
    }
}
