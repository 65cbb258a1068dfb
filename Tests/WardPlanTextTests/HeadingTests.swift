import Testing
@testable import WardPlanText

/// Headings are told apart from text however long the text, and however long the annotation after a heading.
@Suite("Headings")
struct HeadingTests {
    static let long = String(repeating: "地域の防災力を高める", count: 6)

    @Test("a heading is found before a long annotation, closed or left open", arguments: [
        ("区の目標(" + long + ")", Heading.goal), ("区の目標(" + long, .goal), ("◆区の使命(" + long + ")】", .mission),
        ("目標(何をめざすのか、" + long + ")", .goal), ("1 重点的に取り組む主な経営課題(" + long + ")", .issuesSection),
        ("令和6年度 区運営の基本的な考え方(" + long + ")(区の方針)", .policy),
        // A `)` with a mark over it is no `)`: the annotation is left open.
        ("区の目標(" + long + ")\u{301}", .goal),
    ])
    func headingBeforeAnnotation(text: String, heading: Heading) {
        #expect(Heading.classify(text)?.heading == heading)
    }

    @Test("a mark with a combining mark over it is no mark", arguments: [
        ("◆\u{301}区の目標", Heading.goal, false), ("・\u{301}区の目標", .goal, false), ("区の目標】\u{301}", nil, false),
        ("【区の目標】\u{301}", nil, false), ("【区の目標】", .goal, false), ("◆区の目標", .goal, true),
    ] as [(String, Heading?, Bool)])
    func markWithCombiningMark(text: String, heading: Heading?, topLevel: Bool) {
        let found = Heading.classify(text)
        #expect(found?.heading == heading)
        #expect((found?.topLevel ?? false) == topLevel)
    }

    @Test("marks alone are no heading", arguments: ["◆", "■", "◆ ■", "】", ":", "()", "「」", "【◆】", "1 ◆", " ", "年", "令和"])
    func marksAlone(text: String) {
        #expect(Heading.classify(text) == nil)
    }

    @Test("a space with a mark over it is white space at a heading's ends, as a character that is white space",
          arguments: [("区の目標゛", Heading.goal), ("゛概要", .issueSummary), ("´区の使命", .mission)])
    func markedSpace(text: String, heading: Heading) {
        #expect(Heading.classify(text)?.heading == heading)
    }

    @Test("a cell too long to be copied, or read through windows, is classified as any other", arguments: [
        ("区の目標(" + String(repeating: "地", count: 1_100) + ")", Heading.goal), (String(repeating: "地", count: 1_100), nil),
        ("区の目標(" + String(repeating: "地", count: 1_100), .goal), ("1 重点的に取り組む経営課題(" + String(repeating: "地", count: 1_100) + ")", .issuesSection),
    ] as [(String, Heading?)])
    func longCell(text: String, heading: Heading?) {
        #expect(Heading.classify(text)?.heading == heading)
        FoldedLine.$windowLength.withValue(8) { #expect(Heading.classify(text)?.heading == heading) }
    }

    @Test("long text is no heading, whatever brackets it holds", arguments: [
        long, "区の目標" + long, "区の目標(" + long + ")と" + long, "区の目標(注)" + long, long + "(" + long + ")。", "・区の目標(" + long + ")",
        "区の目標)" + long + "(注)",
    ])
    func longText(text: String) {
        #expect(Heading.classify(text) == nil)
    }
}

extension Heading {
    /// Classifies `text` as the importer does a cell: folded as a line, read from its values.
    static func classify(_ text: String) -> (heading: Heading, topLevel: Bool)? {
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: text, folding: &folding)
        return classify(line, 0..<line.count)
    }
}
