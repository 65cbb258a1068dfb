import Testing
import WardPlan
@testable import WardPlanText

/// The byte-level reading of `《5,237千円》` answers exactly as reading by folding does, and leaves every other
/// form to it.
@Suite("Plain amounts")
struct PlainAmountTests {
    /// Budgets the quick reading takes.
    static let plain = [
        "《5,237千円》", "(24,254千円)", "〔1,200千円〕", "【0千円】", "〈12千円〉", "[999千円]", "<1,234,567千円>", "5,237千円",
        "《《7千円》》", "(《12,000千円》)", "《9,223,372,036,854,775,807千円》", "(5,237千円", "5,237千円》",
    ]
    /// Budgets and other texts it leaves to folding: other units, white space, full-width forms, misgrouped digits,
    /// an amount too large, words.
    static let others = [
        "《５，２３７千円》", "（24,254千円）", "《5,237 千円》", "《 5,237千円》", "《1,0000千円》", "《12,34千円》", "《,123千円》",
        "《123,千円》", "《5,,000千円》", "《320万円》", "《1,000円》", "《－千円》", "《-千円》", "《千円》", "千円", "《5,237》",
        "〔25予算額 29,474 千円〕", "《9,223,372,036,854,775,808千円》", "《99999999999999999999千円》", "≪5千円≫", "«5千円»",
        "(2年度予算額)", "《5千4百万円》", "5,237千円(", "》5千円《", "", "《", "千円千円", "《5,237千円》 計画",
    ]

    @Test("the quick reading gives the amount reading by folding gives", arguments: plain)
    func quickMatchesFolding(written: String) throws {
        let quick = try #require(PlainAmount.thousandYen(in: written))
        #expect(try BudgetNotation.readFolding(written) == .amount(quick))
        #expect(BudgetNotation.looksLikeBudget(written))
    }

    @Test("other forms are left to reading by folding", arguments: others)
    func othersLeftToFolding(written: String) {
        #expect(PlainAmount.thousandYen(in: written) == nil)
    }

    @Test("ids of ASCII digits read as the folding path reads them", arguments: [
        "1", "1-2", "1-2-3", "01-002", "12-3-45", "1--2", "-1", "1-", "", "-", "99999999999999999999", "1-99999999999999999999",
        "123456789012345678", "1234567890123456789",
    ])
    func asciiIDs(text: String) {
        let folded = text.split(separator: "-", omittingEmptySubsequences: false).map { MatchText.integer($0) }
        let expected = folded.contains(nil) ? nil : ItemID(folded.compactMap { $0 })
        #expect(ItemID(parsing: text) == expected)
    }

    @Test("a text ends in 円 as its last character that is not white space says", arguments: [
        "5,237千円", "5,237千円 ", "5,237千円\u{3000}\t", "円", "", " ", "千円 x", "円\u{301}", "円 \u{301}", "\u{600}円",
        "x\u{600}円", "千円\n", "千円\u{2028}", "e\u{301}円", "円円", "ｴﾝ", "《5千円》", "円\t \u{3000} ", "\u{3000}", "a円", "円a",
        "\u{301}円", "円\u{3000}\u{301}",
    ])
    func endsWithYen(text: String) {
        #expect(BudgetNotation.endsWithYen(text) == (text.last(where: { !$0.isWhitespace }) == "円"))
    }

    @Test("a 関連するSDGs line gives its goals, its heading in any case and width", arguments: [
        ("関連するSDGs 11住み続けられるまちづくりを、13気候変動に", false, [11, 13] as [Int]?),
        ("関連するＳＤＧｓ　3すべての人に健康と福祉を", false, [3]),
        ("関連するSdgs 4質の高い教育をみんなに", false, [4]),
        ("SDGs11 住み続けられるまちづくりを", false, [11]),
        ("区民のSDGsへの理解を深める。", false, nil),
        ("関連する SDGs 11", false, nil),
        ("11 住み続けられるまちづくりを", true, [11]),
        ("予算 5千円", true, nil),
    ])
    func sdgGoals(text: String, afterHeading: Bool, goals: [Int]?) {
        #expect(SDGLine.goals(in: text, afterHeading: afterHeading) == goals)
    }

    @Test("SDG goals read on values are those read character by character", arguments: [
        "関連するSDGs 11住み続けられるまちづくりを、13気候変動に", "関連するｓｄｇｓ：3、 4,5・6/7", "SDGs\u{3000}3", "SDGs 一", "SDGs ①",
        "SDGs", "SDGs円", "関連するSDGs゙ 3", "関連するSDG", "関連する\u{301}SDGs 3", "SDGs3\u{301}、4", "11\u{20DD} 住み続け", "sdgs 3",
        "関連するSDGs 99999999999999999999、5", "関連するSDGs 3円", "Ｓ", "1:2、:3", " \t 3 , 4", "SＤGs 8",
    ])
    func sdgGoalsOnValues(text: String) {
        for afterHeading in [false, true] {
            #expect(SDGLine.goals(in: text, afterHeading: afterHeading) == Self.characterGoals(in: text, afterHeading: afterHeading))
        }
    }

    /// ``SDGLine/goals(in:afterHeading:)`` told character by character, as it was before it read values.
    private static func characterGoals(in text: String, afterHeading: Bool) -> [Int]? {
        let heading = "関連するSDGs".lowercased()
        guard afterHeading || text.contains("S") || text.contains("Ｓ") else { return nil }
        var folded = Substring(MatchText.fold(text))
        if folded.hasPrefix("関連する"), folded.prefix(heading.count).lowercased() == heading {
            folded = folded.dropFirst(heading.count)
        } else if folded.hasPrefix("SDGs"), folded.dropFirst(4).drop(while: \.isWhitespace).first?.isNumber == true {
            folded = folded.dropFirst(4)
        } else if !afterHeading {
            return nil
        }
        guard !folded.contains("円") else { return nil }
        var goals: [Int] = []
        for part in folded.split(whereSeparator: { "、,・/".contains($0) }) {
            let digits = part.drop { $0.isWhitespace || $0 == ":" }.prefix { $0.isASCII && $0.isNumber }
            if let goal = Int(digits) { goals.append(goal) }
        }
        if afterHeading, goals.isEmpty { return nil }
        return goals
    }
}
