import WardPlan

/// One line of published text with its folded form for matching.
///
/// `folded` is the line character by character through ``MatchText/fold(_:)``; `origin` maps every
/// folded character back to the original one it came from, so that whatever is matched on the
/// folded form is taken from the original text, byte for byte. `scalars` holds every folded character as a
/// number to compare (see ``FoldedLine/cluster``).
struct FoldedLine {
    let number: Int
    let folded: [Character]
    /// Each folded character's scalar value; for a character of several scalars, its first one's with
    /// ``cluster`` set, so that it equals no scalar. Folded characters are in NFC, so a character equals a
    /// one-scalar character exactly when their values are equal.
    let scalars: [UInt32]
    let origin: [Int]
    /// The original line's UTF-8, and where each of its characters begins there (with the end last).
    private let originalUTF8: [UInt8]
    private let originalBounds: [Int]
    /// The folded line's UTF-8, and where each folded character begins there (with the end last).
    private let foldedUTF8: [UInt8]
    private let foldedBounds: [Int]

    /// Set in ``scalars`` for a character of more than one scalar.
    static let cluster: UInt32 = 0x8000_0000

    init(number: Int, text: String, folding: inout CharacterFolding) {
        self.number = number
        let originalUTF8 = Array(text.utf8)
        var originalBounds = [0]
        var folded: [Character] = []
        var scalars: [UInt32] = []
        var origin: [Int] = []
        var foldedUTF8: [UInt8] = []
        var foldedBounds = [0]
        let expected = originalUTF8.count / 2 + 1
        originalBounds.reserveCapacity(expected)
        folded.reserveCapacity(expected)
        scalars.reserveCapacity(expected)
        origin.reserveCapacity(expected)
        foldedUTF8.reserveCapacity(originalUTF8.count)
        foldedBounds.reserveCapacity(expected)
        func append(_ piece: Character, _ value: UInt32, from index: Int) {
            folded.append(piece)
            scalars.append(value)
            origin.append(index)
        }
        for (index, (character, value, end)) in LineCharacters(text, utf8: originalUTF8).enumerated() {
            let start = originalBounds[index]
            originalBounds.append(end)
            // A character that is its own fold keeps the original's bytes, copied one by one (there are few).
            guard !MatchText.foldsToItself(value) else {
                append(character, value, from: index)
                for byte in start..<end { foldedUTF8.append(originalUTF8[byte]) }
                foldedBounds.append(foldedUTF8.count)
                continue
            }
            for (piece, value) in folding.fold(character) {
                append(piece, value, from: index)
                foldedUTF8.append(contentsOf: piece.utf8)
                foldedBounds.append(foldedUTF8.count)
            }
        }
        self.originalUTF8 = originalUTF8
        self.folded = folded
        self.scalars = scalars
        self.origin = origin
        self.originalBounds = originalBounds
        self.foldedUTF8 = foldedUTF8
        self.foldedBounds = foldedBounds
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
        let bytes = originalBounds[origin[range.lowerBound]]..<originalBounds[origin[range.upperBound - 1] + 1]
        return String(decoding: originalUTF8[bytes], as: UTF8.self)
    }

    /// The folded text of a range, for matching.
    func foldedText(_ range: Range<Int>) -> String {
        String(decoding: foldedUTF8[foldedBounds[range.lowerBound]..<foldedBounds[range.upperBound]], as: UTF8.self)
    }

    /// Whether the folded character at `index` is white space (`Character.isWhitespace`).
    func isWhitespace(at index: Int) -> Bool {
        let value = scalars[index]
        if value & Self.cluster != 0 { return folded[index].isWhitespace }
        if WhiteSpace.isNever(value) { return false }
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
        return origin[min(index, origin.count - 1)] + 1
    }
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
