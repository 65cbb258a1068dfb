import Foundation
import Testing
@testable import WardPlanText

/// The quick paths answer as the plain ones do: characters and text NFKC leaves alone, values compared in place of
/// characters, text cut from bytes, trimming without Foundation.
@Suite("Quick paths")
struct QuickPathTests {
    /// Full- and half-width forms, a compatibility ideograph, the ideographic space, a dash, a letter with a combining
    /// mark, kana with a combining sound mark, an emoji sequence and a character NFKC expands (㍻).
    /// Its values are held in two bytes each (FoldedScalars) but for 𠮷 and 😀, beyond the Basic Multilingual Plane, and
    /// the clusters.
    static let mixed = "【経営課題１】⽅針　ｶﾀｶﾅ－e\u{301}か\u{3099}👩‍👩‍👧㍻ 《５,２３７千円》\t・計画𠮷😀【𠮷】\u{D7FF}\u{E000}\u{FFFF}"

    @Test("every value taken as its own fold is its own fold")
    func foldsToItself() {
        for value in UInt32(0)...0xFFFF where MatchText.foldsToItself(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Array(MatchText.fold(Character(scalar)).unicodeScalars) == [scalar], "U+\(String(value, radix: 16))")
        }
    }

    @Test("text of values taken as their own fold anywhere is its own NFKC")
    func textFoldsToItself() {
        for value in UInt32(0)...0xFFFF where MatchText.foldsToItselfInText(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
        }
        for text in [
            "区の目標", "【経営課題1】子育て・教育 《5,237千円》", "ページの先頭へ ▲", "x\u{302B}\u{302A}", "か\u{3099}", "⽅針", "１",
            "（１）ＳＤＧｓ　目標３－１", "令和６年度予算額　５千万円", "１－２‐３―４−５", "Ａ\u{301}", "ｶﾞ１", "＄〜～", "（）\u{3099}",
        ] {
            #expect(MatchText.fold(text).utf8.elementsEqual(
                String(text.precomposedStringWithCompatibilityMapping.map { MatchText.dashes.contains($0) ? "-" : $0 }).utf8))
        }
    }

    @Test("a scalar folded to ASCII on its own folds so in any text")
    func asciiFolds() {
        let reference = { (text: String) in
            String(text.precomposedStringWithCompatibilityMapping.map { MatchText.dashes.contains($0) ? "-" : $0 })
        }
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), let ascii = MatchText.asciiFold(of: value) else { continue }
            #expect(reference(String(scalar)).utf8.elementsEqual([ascii]), "U+\(String(value, radix: 16))")
            let text = "令和" + String(scalar) + "年度" + String(scalar)
            #expect(MatchText.fold(text).utf8.elementsEqual(reference(text).utf8), "U+\(String(value, radix: 16))")
        }
    }

    @Test("a scalar taken to stand alone makes a character of its own beside others and itself")
    func standsAlone() {
        for value in UInt32(0)...0xFFFF where LineCharacters.standsAlone(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for other in ["a", "あ", "漢", "\t", "\u{3000}", String(scalar)] {
                #expect((String(scalar) + other).count == 2, "U+\(String(value, radix: 16)) before \(other)")
                #expect((other + String(scalar)).count == 2, "U+\(String(value, radix: 16)) after \(other)")
            }
        }
    }

    @Test("a scalar is plain exactly when it stands alone and is its own fold")
    func plainScalars() {
        let differing = (UInt32(0)...0x10FFFF).filter {
            LineCharacters.isPlain($0) != (LineCharacters.standsAlone($0) && MatchText.foldsToItself($0))
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { "U+" + String($0, radix: 16) })")
        // Written in two bytes as they are read (FoldedScalars): each is a character of the Basic Multilingual Plane.
        let wide = (UInt32(0)...0x10FFFF).filter { LineCharacters.isPlain($0) && ($0 >= 0x1_0000 || $0 & 0xF800 == 0xD800) }
        #expect(wide.isEmpty)
    }

    @Test("a bracket's pair and side are told by its value as the lists of pairs give them")
    func bracketKinds() {
        let differing = (UInt32(0)...0xFFFF).filter { value in
            let opener = BracketPairs.openers.firstIndex { $0.value == value }
            let closer = BracketPairs.closers.firstIndex { $0.value == value }
            let kind = BracketPairs.kind(of: value)
            return kind?.kind != (opener ?? closer) || kind?.opens != opener.map { _ in true } ?? closer.map { _ in false }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { "U+" + String($0, radix: 16) })")
    }

    @Test("a line's characters are Swift's", arguments: [
        mixed, "", "a", "\r\n", "e\u{301}", "か\u{3099}き", "🇯🇵🇯🇵", "\u{600}1", "가각", "x\u{200D}y", "ｶﾞ", "計画\u{FE0F}",
    ])
    func lineCharacters(text: String) {
        let read = Array(text.utf8).withUnsafeBufferPointer { utf8 in
            var characters = LineCharacters(text, utf8: utf8)
            var read: [(value: UInt32, end: Int, cluster: Character?)] = []
            while let (value, end) = characters.next() { read.append((value, end, characters.cluster)) }
            return read
        }
        #expect(read.map(\.value) == Array(text).map(FoldedLine.value(of:)))
        // The character itself comes only for one of several scalars; the others are told by their value.
        #expect(read.map { $0.cluster.map(String.init) ?? "" } == Array(text).map { $0.unicodeScalars.count > 1 ? String($0) : "" })
        #expect(read.map(\.end) == Array(text).indices.map { Array(text)[...$0].reduce(0) { $0 + $1.utf8.count } })
    }

    @Test("folded characters, their values and text match folding character by character")
    func matchesPlainFolding() {
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: Self.mixed, folding: &folding)
        let original = Array(Self.mixed)
        let folded = original.flatMap { $0.isASCII ? [$0] : Array(MatchText.fold($0)) }
        #expect(Array(line.folded) == folded)
        #expect(line.text.utf8.elementsEqual(Self.mixed.utf8))
        for index in folded.indices {
            #expect(line.isWhitespace(at: index) == folded[index].isWhitespace)
            #expect(line.isASCIILetter(at: index) == (folded[index].isASCII && folded[index].isLetter))
            let sole = folded[index].unicodeScalars.count == 1 ? folded[index].unicodeScalars.first?.value : nil
            #expect((line.scalars[index] & FoldedLine.cluster == 0 ? line.scalars[index] : nil) == sole)
        }
        for start in folded.indices {
            for end in start...folded.count {
                #expect(line.foldedText(start..<end).utf8.elementsEqual(String(folded[start..<end]).utf8))
                guard start < end else { continue }
                let expected = String(original[line.origin(of: start)...line.origin(of: end - 1)])
                #expect(line.originalText(start..<end).utf8.elementsEqual(expected.utf8))
            }
        }
    }

    @Test("on a long line, text is taken from where each folded character came and columns count its characters", arguments: [
        String(repeating: "計画を進める。", count: 40),
        String(repeating: mixed, count: 12),
        String(repeating: "（１）ａ", count: 30) + String(repeating: "区", count: 100) + "e\u{301}" + String(repeating: "あ", count: 70),
        String(repeating: "㍻", count: 300),
        String(repeating: "\u{FDFA}", count: 20) + "計",
    ])
    func longLines(text: String) {
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: text, folding: &folding)
        let original = Array(text)
        let folded = original.flatMap { $0.isASCII ? [$0] : Array(MatchText.fold($0)) }
        // Where each folded character came from, counted the plain way.
        let origins = original.indices.flatMap { index in
            Array(repeating: index, count: original[index].isASCII ? 1 : MatchText.fold(original[index]).count)
        }
        #expect(Array(line.folded) == folded)
        #expect((0..<folded.count).map(line.origin(of:)) == origins)
        #expect((0..<folded.count).map(line.column) == origins.map { $0 + 1 })
        for start in stride(from: 0, to: folded.count, by: 7) {
            for end in stride(from: start + 1, through: folded.count, by: 13) {
                let expected = String(original[origins[start]...origins[end - 1]])
                #expect(line.originalText(start..<end).utf8.elementsEqual(expected.utf8), "\(start)..<\(end)")
            }
        }
    }

    @Test("a scalar or words are found in the bytes where the text holds them")
    func containsBytes() {
        let texts = [Self.mixed, "", "a", "円", "千円", "予算額", "\t", "映", "反映しています", "反映", "&amp;", String(repeating: "計画", count: 40) + "算"]
        for text in texts {
            // The needles are literals, as the importer's are.
            for needle in ["円", "算", "年", "映", "&", "\t", "a", "計", "ｶ", "\u{301}", "👩"] as [StaticString] {
                let scalar = needle.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }.unicodeScalars.first!
                #expect(text.containsBytes(of: needle) == text.unicodeScalars.contains(scalar), "\(scalar) in \(text)")
            }
            let bytes = Array(text.utf8)
            for words in ["反映し", "千円", "計画算", ""] as [StaticString] {
                let expected = words.withUTF8Buffer { pattern in
                    pattern.isEmpty || bytes.indices.contains { bytes[$0...].starts(with: pattern) }
                }
                #expect(text.containsBytes(of: words) == expected, "\(words) in \(text)")
                if words.withUTF8Buffer({ !$0.isEmpty }) { #expect(text.containsWords(words.description) == expected, "\(words) in \(text)") }
            }
        }
    }

    @Test("white space is removed as filtering characters removes it", arguments: [
        mixed, "", "計画", "5,237 千円", "《５，２３７　千円》", " \u{301}x", "a\u{2028}b", "\r\n", "令和 2 年度", "◆計画 ●", "\u{85}x\u{1680}",
        "令和 6年度\u{3000}予算額\t5千円 ", "\u{600} x", "x \u{3099}", "▶\u{200D} ",
    ])
    func removingWhiteSpace(text: String) {
        #expect(text.removingWhiteSpace().utf8.elementsEqual(text.filter { !$0.isWhitespace }.utf8))
    }

    @Test("trimming white space answers as Foundation does", arguments: [
        "", " ", "計画", " 計画　", "\t計画\t", "計画\u{3000}", "\u{00A0}a", "a\u{2003}", "e\u{301} ", "《5千円》", "\u{2028}x\u{2028}",
        " \t ", "\u{3000}\u{00A0} x \u{200B}", " \u{301}x", "x \u{301}", "◆計画 ", " ●区の目標", "※注\u{3000}", "①", "\u{180E}x\u{180E}",
        "\u{FEFF}x", "x\u{2029}", " \u{1680}a\u{205F}", "\u{85}x",
    ])
    func trimming(text: String) {
        #expect(text.trimmingWhitespaces().utf8.elementsEqual(text.trimmingCharacters(in: .whitespaces).utf8))
    }

    @Test("a scalar taken never to be white space is none by any definition")
    func neverWhiteSpace() {
        let spaces = CharacterSet.whitespacesAndNewlines
        let differing = (UInt32(0)...0x10FFFF).filter { value in
            guard WhiteSpace.isNever(value), let scalar = Unicode.Scalar(value) else { return false }
            return scalar.properties.isWhitespace || spaces.contains(scalar) || Character(scalar).isWhitespace
        }
        #expect(differing.isEmpty, "\(differing.prefix(5).map { "U+" + String($0, radix: 16) })")
    }

    @Test("a title is split from its description where the characters have the first run of spaces", arguments: [
        "地域活動の支援 区民とともに進める", "地域活動の支援　\t 区民e\u{301}と", "地域活動の支援 \u{301}区民", "地域活動の支援 区民\u{600}", "支援",
        "支援 ", " 区民", "a\tb c", "支援\u{600} 区民", "支援 e\u{301}区民", "支援\u{2028}区民 と", "",
    ])
    func titleSplit(text: String) {
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        let (title, rest) = TitleText.split(text)
        guard let space = text.firstIndex(where: isSpace) else {
            #expect(title == text && rest == nil)
            return
        }
        let expectedRest = text[space...].drop(while: isSpace)
        #expect(title.utf8.elementsEqual(text[..<space].utf8))
        #expect(rest.map { Array($0.utf8) } == (expectedRest.isEmpty ? nil : Array(expectedRest.utf8)))
    }

    @Test("a folded character's value is white space as the character is", arguments: [
        mixed, " ", " 計画\u{3000}", "x \u{301}", " \u{301}x", "\u{600} ", "e\u{301}", "計\u{301}", "▶\u{200D}▶", "x\u{200D} ",
        "\t\t◆計画\t", "\u{2028}x", "ａ", "ｶﾞ", "区の目標゛", "´¨",
    ])
    func whiteSpaceByValue(text: String) {
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: text, folding: &folding)
        for index in 0..<line.count {
            #expect(FoldedLine.isWhitespace(line.scalars[index]) == line.character(at: index).isWhitespace, "\(text) at \(index)")
        }
    }

    @Test("a line may hold a character when its text holds it, or folding made it", arguments: [
        ("令和6年度", true), ("令和6\u{F98E}度", true), ("年\u{301}", true), ("\u{F98E}\u{301}", true), ("令和6度", false),
        ("\u{FF11}\u{FF12}", false),
    ])
    func mayHold(text: String, holds: Bool) {
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: text, folding: &folding)
        #expect(line.mayHold("年") == holds)
        // Never false where the folded text holds it.
        if line.folded.contains("年") { #expect(line.mayHold("年")) }
    }
}
