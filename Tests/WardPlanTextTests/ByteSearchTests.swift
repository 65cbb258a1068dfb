import Foundation
import Testing
@testable import WardPlanText

/// Words are found in folded text's bytes where Foundation's search and the standard library's comparison of
/// characters find them: at its start and end, beside combining marks, joiners and prepended scalars, in slices of
/// longer text, and not in composed forms of other words (が is not か).
@Suite("Byte search")
struct ByteSearchTests {
    static let texts = [
        "", "年度", "令和6年度予算額", "予算", "年度\u{301}", "\u{600}年度", "年度\u{301}と令和6年度", "x\u{200D}年度", "▶\u{200D}年度",
        "令和2年度 東住吉区運営方針(案)", "大阪市住吉区", "「自己評価」欄に反映しています", "素案", "案\u{3099}", "(案)", "目標(何をめざすのか)",
        "東淀川区の目標", "の目標\u{301}", "め\u{301}ざす", "年度。", "\u{3000}年度 ", "ｶﾞ年度", "㍻元年度", "年度\u{FE0F}", "年度\u{E0100}",
        "区\u{301}", "e\u{301}区", "a b", "が", "めざず", "反映じ", "\u{1F1EF}\u{1F1F5}年度", "重点的に取り組む主な経営課題", "市政改革計画に基づく取組", "《5,237千円》", String(repeating: "年", count: 70) + "度",
    ].map(MatchText.fold)

    static let words = [
        "年度", "予算", "予算額", "運営方針", "大阪市", "反映し", "「自己評価", "素案", "案", "自己評価", "めざす", "全体", "の目標", "区", " ", "(",
        "重点的に取り組む", "市政改革", "に基づく", "千円", "e", "か", "めざ",
        // Words that begin or end with a mark that joins its neighbour.
        "\u{301}年度", "年度\u{301}", "\u{600}年",
    ]

    /// Where a range stands in `text`'s UTF-8.
    private func offsets(_ range: Range<String.Index>?, in text: Substring) -> Range<Int>? {
        range.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound) }
    }

    /// Each text alone, and as a slice of a longer text.
    private func slices(of text: String) -> [Substring] {
        [Substring(text), ("前" + text + "後").dropFirst().dropLast()]
    }

    @Test("a range of words is Foundation's")
    func ranges() {
        for text in Self.texts {
            for slice in slices(of: text) {
                for words in Self.words {
                    #expect(offsets(slice.range(ofWords: words), in: slice) == offsets(slice.range(of: words), in: slice), "\(words) in \(slice)")
                    #expect(slice.containsWords(words) == (slice.range(of: words) != nil), "\(words) in \(slice)")
                }
            }
        }
    }

    @Test("a text begins and ends with words as the standard library says")
    func prefixesAndSuffixes() {
        for text in Self.texts {
            for slice in slices(of: text) {
                for words in Self.words + Self.texts where !words.isEmpty {
                    #expect(slice.hasPrefix(words: words) == slice.hasPrefix(words), "\(slice) begins with \(words)")
                    #expect(slice.hasSuffix(words: words) == slice.hasSuffix(words), "\(slice) ends with \(words)")
                }
            }
        }
    }

    @Test("a match is the first one of the bytes, wherever memchr finds false starts")
    func firstMatch() {
        let text = Array("ああ年年度度年度".utf8)
        let found = Array("年度".utf8).withUnsafeBufferPointer { pattern in
            text.withUnsafeBufferPointer { ByteSearch.firstMatch(of: pattern, in: $0) }
        }
        #expect(found == 9)
        let none = Array("度度度".utf8).withUnsafeBufferPointer { pattern in
            text.withUnsafeBufferPointer { ByteSearch.firstMatch(of: pattern, in: $0) }
        }
        #expect(none == nil)
    }
}
