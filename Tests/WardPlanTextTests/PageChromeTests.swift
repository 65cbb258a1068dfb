import Testing
@testable import WardPlanText

/// Page chrome is told from a line's folded values before its text is made: the value check lets every chrome line
/// through and passes most lines of a plan over.
@Suite("Page chrome")
struct PageChromeTests {
    @Test("chrome lines are let through by the value check and classified", arguments: [
        ("ページの先頭です", PageChrome.Kind.skip), ("  本文ここから", .skip), ("ページ番号:900002", .skip), ("更新日:2024年3月1日", .skip),
        ("Adobe Acrobat Readerのダウンロード", .skip), ("2020年11月5日", .skip), ("令和2年11月5日更新", .skip), ("令和6年4月1日掲載", .skip),
        ("▲このページの先頭へ", .skip), ("ページの先頭へ戻る", .skip), ("このページの作成者・問合せ先", .footer),
        ("よくある質問。", .footer), ("探している情報が見つからない", .footer), ("\u{3000}このページへの別ルート\u{3000}", .footer),
    ] as [(String, PageChrome.Kind)])
    func chromeLines(text: String, kind: PageChrome.Kind) throws {
        let (line, content) = try Self.folded(text)
        #expect(PageChrome.mayClassify(first: line.scalars[content.lowerBound], last: line.scalars[content.upperBound - 1]))
        #expect(PageChrome.classify(line, content) == kind)
        #expect(PageChrome.classify(line.foldedText(content)) == kind)
    }

    @Test("lines of a plan are passed over on their values", arguments: [
        "【経営課題1】安全で安心して暮らせるまちづくり", "地域ごとの防災訓練と避難所運営の準備を支える。", "区の目標(何をめざすのか)",
        "・放課後の学習機会を増やす", "令和6年度予算額 5千6百万円",
    ])
    func planLines(text: String) throws {
        let (line, content) = try Self.folded(text)
        #expect(!PageChrome.mayClassify(first: line.scalars[content.lowerBound], last: line.scalars[content.upperBound - 1]))
        #expect(PageChrome.classify(line, content) == nil)
        #expect(PageChrome.classify(line.foldedText(content)) == nil)
    }

    @Test("the line's values and its folded text are classified alike, near misses and odd characters too", arguments: [
        "▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲▲よくある質問", "よくある質問への回答", "よくある質問。。>", "↑ 先頭へ戻る ▲", "ページの先頭ですか",
        "2020年11月5日", "2020年11月日", "令和元年4月1日公開更新", "令和元年4月1日更新公開", "令和2年11月5日\u{301}", "11月2020年5日",
        "R2年1月1日", "999999999999999999999年1月1日", "本文ここから\u{20DD}", "ページ番号:", "Adobe Acrobat Reader", "２０２０年１１月５日",
    ])
    func valuesAndText(text: String) {
        // None has spaces at its ends; some end in a character of several scalars, whose line the assembler
        // classifies by its text, as their ends are not told on values.
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: text, folding: &folding)
        #expect(PageChrome.classify(line, 0..<line.count) == PageChrome.classify(line.foldedText(0..<line.count)))
    }

    @Test("white space at a line's ends that Foundation tells, or a character of several scalars there, leaves the text to be made")
    func uncertainEnds() {
        var folding = CharacterFolding()
        for text in ["\u{85}本文ここから", "本文ここから\u{2028}", " \u{301}本文"] {
            let line = FoldedLine(number: 1, text: text, folding: &folding)
            #expect(line.spaceTrimmed(0..<line.count) == nil, "\(text.unicodeScalars.map(\.value))")
        }
        let line = FoldedLine(number: 1, text: " \t本文 ", folding: &folding)
        #expect(line.spaceTrimmed(0..<line.count) == 2..<4)
    }

    /// The folded line of `text` and its range without spaces at its ends.
    private static func folded(_ text: String) throws -> (FoldedLine, Range<Int>) {
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: text, folding: &folding)
        let content = try #require(line.spaceTrimmed(0..<line.count))
        return (line, content)
    }
}
