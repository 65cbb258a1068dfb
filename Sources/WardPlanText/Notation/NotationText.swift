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
        let scalars = folded.unicodeScalars
        // Scalars that stand alone are characters, and stay so with white space between them dropped.
        guard scalars.allSatisfy({ LineCharacters.standsAlone($0.value) }) else {
            let characters = Array(keepingWhiteSpace ? folded : folded.removingWhiteSpace())
            values = characters.map(FoldedLine.value(of:))[...]
            self.characters = values.contains { $0 & FoldedLine.cluster != 0 } ? characters : nil
            return
        }
        values = scalars.lazy.map(\.value).filter { keepingWhiteSpace || !FoldedLine.isWhitespace($0) }[...]
        characters = nil
    }

    /// The text of the characters at `range`.
    func text(_ range: Range<Int>) -> String {
        if let characters { return String(characters[range]) }
        let scalars = values[range].lazy.compactMap(Unicode.Scalar.init)
        let length = scalars.reduce(0) { $0 + UTF8.width($1) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }
}
