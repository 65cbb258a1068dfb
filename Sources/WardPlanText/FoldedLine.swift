import WardPlan

/// One line of published text with its folded form for matching.
///
/// The folded form is the line character by character through ``MatchText/fold(_:)``, held as one number per
/// folded character (``scalars``); `origin` maps every folded character back to the original one it came from,
/// so that whatever is matched on the folded form is taken from the original text, byte for byte.
///
/// Held compactly, since a line of a table can hold a whole plan: four bytes per folded character for its value,
/// four for its origin and four per original character for where it begins, beside the line itself. Folded
/// characters and text are made on demand (``folded``, ``foldedText(_:)``).
struct FoldedLine {
    let number: Int
    /// The line as published.
    let text: String
    /// Each folded character's scalar value; for a character of several scalars, its first one's with
    /// ``cluster`` set, so that it equals no scalar. Folded characters are in NFC, so a character equals a
    /// one-scalar character exactly when their values are equal.
    let scalars: [UInt32]
    /// For each folded character, the index of the original character it came from.
    let origin: [UInt32]
    /// Where each original character begins in the line's UTF-8, with the end last.
    private let originalBounds: [UInt32]
    /// The folded characters of more than one scalar, by index (there are few).
    private let clusters: [Int: Character]
    /// Where folding changed the text: runs of folded characters, in order, that are not an original character of
    /// one scalar kept as it is (an empty run where a character folded to nothing). Folded text elsewhere is the
    /// original's bytes.
    private let changes: [Range<Int>]

    /// Set in ``scalars`` for a character of more than one scalar.
    static let cluster: UInt32 = 0x8000_0000

    /// The longest line, in UTF-8 bytes, whose positions fit the line's 32-bit offsets.
    static let maximumLength = Int(UInt32.max)

    /// Folds `text`, which holds at most ``maximumLength`` bytes of UTF-8 (``SourceText`` checks every line).
    init(number: Int, text: String, folding: inout CharacterFolding) {
        self.number = number
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        let read = text.utf8.withContiguousStorageIfAvailable { Reading($0, of: text, folding: &folding) }
            ?? Array(text.utf8).withUnsafeBufferPointer { Reading($0, of: text, folding: &folding) }
        scalars = read.scalars
        origin = read.origin
        originalBounds = read.originalBounds
        clusters = read.clusters
        changes = read.changes
    }

    /// A line read character by character and folded.
    private struct Reading {
        var scalars: [UInt32] = []
        var origin: [UInt32] = []
        var originalBounds: [UInt32] = [0]
        var clusters: [Int: Character] = [:]
        var changes: [Range<Int>] = []

        init(_ utf8: UnsafeBufferPointer<UInt8>, of text: String, folding: inout CharacterFolding) {
            // As many folded characters as scalars, but for the few that NFKC expands: reserved once, not grown.
            var scalarCount = 0
            for byte in utf8 where byte & 0xC0 != 0x80 { scalarCount += 1 }
            scalars.reserveCapacity(scalarCount + scalarCount / 64 + 8)
            origin.reserveCapacity(scalarCount + scalarCount / 64 + 8)
            originalBounds.reserveCapacity(scalarCount + 1)
            var index: UInt32 = 0
            var characters = LineCharacters(text, utf8: utf8)
            while true {
                // Characters that are their own fold, as most are, go in one loop: value, origin and bounds.
                let plain = characters.readOwnFolds(values: &scalars, ends: &originalBounds)
                for _ in 0..<plain {
                    origin.append(index)
                    index += 1
                }
                guard let (value, end) = characters.next() else { break }
                originalBounds.append(UInt32(truncatingIfNeeded: end))
                defer { index += 1 }
                // A character that is its own fold is kept as its value.
                guard !MatchText.foldsToItself(value) else {
                    scalars.append(value)
                    origin.append(index)
                    continue
                }
                let whole = characters.cluster ?? Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}"
                let first = scalars.count
                for (piece, value) in folding.fold(whole) {
                    if value & FoldedLine.cluster != 0 { clusters[scalars.count] = piece }
                    scalars.append(value)
                    origin.append(index)
                }
                // A character folded to nothing is a change too: an empty run where it stood.
                if let last = changes.last, last.upperBound == first {
                    changes[changes.count - 1] = last.lowerBound..<scalars.count
                } else {
                    changes.append(first..<scalars.count)
                }
            }
        }
    }

    /// The number of folded characters.
    var count: Int { scalars.count }

    /// The folded characters, made on demand.
    var folded: FoldedCharacters { FoldedCharacters(line: self) }

    /// The folded character at `index`.
    func character(at index: Int) -> Character {
        let value = scalars[index]
        if value & Self.cluster != 0, let character = clusters[index] { return character }
        return Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}"
    }

    /// A character as a number to compare: see ``scalars``.
    static func value(of character: Character) -> UInt32 {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return cluster }
        return scalars.next() == nil ? first.value : first.value | cluster
    }

    /// The original text behind the folded range, unchanged.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(originalBounds[Int(origin[range.lowerBound])]))
        let end = utf8.index(utf8.startIndex, offsetBy: Int(originalBounds[Int(origin[range.upperBound - 1]) + 1]))
        return String(Substring(utf8[start..<end]))
    }

    /// The folded text of a range, for matching: the original's bytes where folding changed nothing in it, else the
    /// folded characters' UTF-8, written in one pass.
    func foldedText(_ range: Range<Int>) -> String {
        guard isUnchanged(range) else { return encodedText(range) }
        return originalText(range)
    }

    /// Whether no change of folding lies in `range`: each folded character there is its original one.
    private func isUnchanged(_ range: Range<Int>) -> Bool {
        var low = 0
        var high = changes.count
        // The first change that ends after the range begins.
        while low < high {
            let middle = (low + high) / 2
            if changes[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low == changes.count || changes[low].lowerBound >= range.upperBound
    }

    private func encodedText(_ range: Range<Int>) -> String {
        var length = 0
        for index in range {
            let value = scalars[index]
            switch value {
            case ..<0x80: length += 1
            case ..<0x800: length += 2
            case ..<0x10000: length += 3
            case ..<Self.cluster: length += 4
            default: length += character(at: index).utf8.count
            }
        }
        return String(unsafeUninitializedCapacity: length) { write(range, into: $0) }
    }

    /// Writes the folded characters of `range` as UTF-8 into `buffer`, which has room for them; returns the count.
    private func write(_ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var written = 0
        for index in range {
            let value = scalars[index]
            switch value {
            case ..<0x80:
                buffer[written] = UInt8(truncatingIfNeeded: value)
                written += 1
            case ..<0x800:
                buffer[written] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
                buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                written += 2
            case ..<0x10000:
                buffer[written] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
                buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                buffer[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                written += 3
            case ..<Self.cluster:
                buffer[written] = UInt8(truncatingIfNeeded: 0xF0 | value >> 18)
                buffer[written + 1] = UInt8(truncatingIfNeeded: 0x80 | value >> 12 & 0x3F)
                buffer[written + 2] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
                buffer[written + 3] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                written += 4
            default:
                for byte in character(at: index).utf8 {
                    buffer[written] = byte
                    written += 1
                }
            }
        }
        return written
    }

    /// Whether the folded character at `index` is white space (`Character.isWhitespace`).
    func isWhitespace(at index: Int) -> Bool {
        let value = scalars[index]
        if value & Self.cluster != 0 { return character(at: index).isWhitespace }
        // Space, tab and the ideographic space are white space by every definition; most others are none.
        if let isSpace = WhiteSpace.isSpace(value) { return isSpace }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    /// Whether the folded character at `index` is an ASCII letter.
    func isASCIILetter(at index: Int) -> Bool {
        switch scalars[index] {
        case 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// The 1-based column of a folded position, in original characters.
    func column(_ index: Int) -> Int {
        guard !origin.isEmpty else { return 1 }
        return Int(origin[min(index, origin.count - 1)]) + 1
    }
}

/// The folded characters of a line, each made from its value when it is read.
struct FoldedCharacters: RandomAccessCollection {
    let line: FoldedLine

    var startIndex: Int { 0 }
    var endIndex: Int { line.count }

    subscript(position: Int) -> Character { line.character(at: position) }
}

/// Per-character folding with a cache: plans repeat the same few thousand characters.
struct CharacterFolding {
    private var cache: [Character: [(Character, UInt32)]] = [:]

    /// The folded characters of `character`, each with its value (see ``FoldedLine/scalars``).
    mutating func fold(_ character: Character) -> [(Character, UInt32)] {
        if character.isASCII { return [(character, FoldedLine.value(of: character))] }
        if let cached = cache[character] { return cached }
        let folded = MatchText.fold(character).map { ($0, FoldedLine.value(of: $0)) }
        cache[character] = folded
        return folded
    }
}
