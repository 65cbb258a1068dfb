/// A notation's text folded for matching without its white space (`fold(text)` filtered of `isWhitespace`
/// characters), read as values, one per character (see ``FoldedLine/scalars``): every word and mark a notation is
/// told by is one scalar a character, so comparing values is comparing characters. Its parts are taken back as text.
struct NotationText {
    /// The characters' values.
    let values: ArraySlice<UInt32>
    /// The characters, kept only when one is of several scalars; else each value is a character's scalar.
    private let characters: [Character]?

    /// The notation `text`, folded and without white space.
    init(folding text: String) {
        let folded = MatchText.fold(text).removingWhiteSpace()
        let values = MatchText.characterValues(of: folded)
        self.values = values[...]
        characters = values.contains { $0 & FoldedLine.cluster != 0 } ? Array(folded) : nil
    }

    /// The text of the characters at `range`.
    func text(_ range: Range<Int>) -> String {
        if let characters { return String(characters[range]) }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: values[range].compactMap(Unicode.Scalar.init))
        return String(scalars)
    }
}
