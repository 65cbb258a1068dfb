/// A notation's text folded for matching, by default without its white space (`fold(text)` filtered of
/// `isWhitespace` characters), read as values, one per character (see ``FoldedLine/scalars``): each character of the words and marks
/// a notation is read by is a single scalar, so comparing values is comparing characters. Its parts are taken back as
/// text.
struct NotationText {
    /// The characters' values.
    let values: ArraySlice<UInt32>
    /// The characters, kept only when one is of several scalars; else each value is a character's scalar.
    private let characters: [Character]?

    /// The notation `text`, folded, and without white space unless `keepingWhiteSpace`.
    init(folding text: String, keepingWhiteSpace: Bool = false) {
        self.init(folded: MatchText.fold(text), keepingWhiteSpace: keepingWhiteSpace)
    }

    /// Text that is folded already, without white space unless `keepingWhiteSpace`.
    init(folded: String, keepingWhiteSpace: Bool = false) {
        // Scalars that stand alone are characters, and stay so with white space between them dropped: read in one
        // pass over the bytes, into room for as many values as there are bytes.
        let standingAlone = folded.withContiguousUTF8 { bytes -> [UInt32]? in
            var values: [UInt32] = []
            values.reserveCapacity(bytes.count)
            var offset = 0
            while offset < bytes.count {
                let (value, end) = bytes.scalar(at: offset)
                guard LineCharacters.standsAlone(value) else { return nil }
                if keepingWhiteSpace || !FoldedLine.isWhitespace(value) { values.append(value) }
                offset = end
            }
            return values
        }
        guard let standingAlone else {
            let characters = Array(keepingWhiteSpace ? folded : folded.removingWhiteSpace())
            values = characters.map(FoldedLine.value(of:))[...]
            self.characters = values.contains { $0 & FoldedLine.cluster != 0 } ? characters : nil
            return
        }
        values = standingAlone[...]
        characters = nil
    }

    /// The text of the characters at `range`.
    func text(_ range: Range<Int>) -> String {
        if let characters { return String(characters[range]) }
        // Each value is a scalar's: written as UTF-8 straight from the values.
        let values = values[range]
        return String(unsafeUninitializedCapacity: values.reduce(0) { $0 + FoldedLine.utf8Width($1) }) { buffer in
            values.reduce(0) { $0 + FoldedLine.writeUTF8($1, into: buffer, at: $0) }
        }
    }
}
