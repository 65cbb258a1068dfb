import Testing
@testable import WardPlanText

/// Folding a character through the cache — a table for ASCII folds, the import's own cache, the one the process's
/// imports share — gives what folding it afresh gives.
@Suite("Character folding")
struct CharacterFoldingTests {
    /// Full-width forms, dashes, the ideographic space, and characters whose folds are not ASCII: circled numbers,
    /// squared words, compatibility and radical ideographs, half-width katakana, a ligature, Latin with marks.
    static let values: [UInt32] = Array(0xFF01...0xFF5E) + [0x3000, 0x2010, 0x2011, 0x2013, 0x2014, 0x2015, 0x2212]
        + [0x2460, 0x2473, 0x3231, 0x3300, 0x32FF, 0xF929, 0xFA26, 0x2F45, 0xFF76, 0xFF9E, 0xFB01, 0x00E9, 0x00A0, 0x2126, 0x1D400]

    @Test("every character folds as MatchText.fold folds it, from a new cache, a warm one and another import's")
    func foldsAsMatchText() {
        var first = CharacterFolding()
        var second = CharacterFolding()
        for value in Self.values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = Array(MatchText.fold(Character(scalar)))
            for folds in [first.fold(value, cluster: nil), first.fold(value, cluster: nil), second.fold(value, cluster: nil)] {
                #expect(folds.map(\.0) == expected, "U+\(String(value, radix: 16))")
                #expect(folds.map(\.1) == expected.map(FoldedLine.value(of:)), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("a character of several scalars folds as a whole")
    func clusters() {
        var folding = CharacterFolding()
        for text in ["か\u{3099}", "A\u{301}", "1\u{20E3}", "\u{1F1EF}\u{1F1F5}"] {
            let character = Character(text)
            #expect(folding.fold(FoldedLine.value(of: character), cluster: character).map(\.0) == Array(MatchText.fold(character)))
        }
    }
}
