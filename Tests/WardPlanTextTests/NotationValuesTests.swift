import Testing
import WardPlan
@testable import WardPlanText

/// Budgets and budget lines are read on their folded text's values (``NotationText``); each answer is the one
/// reading the characters gives, for plain and odd text alike: full-width forms, white space of every kind, marks
/// that join the character before them, units, dashes, words, overflow.
@Suite("Notations read on values")
struct NotationValuesTests {
    static let written = PlainAmountTests.plain + PlainAmountTests.others + [
        "〔25予算額 12,300 千円〕", "予算額 5千6百万円", "予算:2,000千円", "予算 -", "(予算額―)", "《－円》", "《5千円\u{301}》",
        "《5\u{301},000千円》", "《 ５ 千 ４ 百 万 円 》", "1億2百万円", "1億万円", "億円", "5千4百3十2円", "65百万円", "320万円", "1,000円",
        "1,500円", "《5,237》", "《-》", "《5,237,》", "千円千円", "予算額", "予算額:", "(2年度予算額)", "予算 5", "《5千円》\u{3000}",
        "《9,223,372,036,854,775千円》", "《9,223,372,036,854,776千円》", "《99億円》", "《9999999999億円》", "《5\u{FF10}千円》",
        "《5千円》\n\u{301}", "e\u{301}5千円", "《5\u{200B}千円》", "〈1千円〉", "«5千円»", "≪5≫", "予算\u{301}5千円", "1\u{2212}千円",
    ]

    @Test("written budgets are told as telling their characters does", arguments: written)
    func budgets(written: String) {
        #expect(BudgetNotation.looksLikeBudget(written) == CharacterNotation.looksLikeBudget(written))
        #expect(BudgetNotation.isBareAmount(written) == CharacterNotation.isBareAmount(written))
    }

    /// What reading a written budget gives.
    enum Outcome: Equatable {
        case amount(Int), none, unreadable, tooLarge
    }

    @Test("odd written budgets read as their characters say", arguments: [
        ("《 ５ 千 ４ 百 万 円 》", Outcome.amount(54_000)), ("〔25予算額 12,300 千円〕", .amount(12_300)), ("予算:2,000千円", .amount(2_000)),
        ("《5千円》\u{3000}", .amount(5)), ("《5\u{FF10}千円》", .amount(50)), ("予算 5", .amount(5)), ("≪5≫", .amount(5)),
        ("《99億円》", .amount(9_900_000)), ("《9999999999億円》", .amount(999_999_999_900_000)), ("1億2百万円", .amount(102_000)),
        ("予算 -", .none), ("(予算額―)", .none), ("《－円》", .none), ("《-》", .none),
        // A mark joined to a digit or unit makes a character that is neither.
        ("《5千円\u{301}》", .unreadable), ("《5\u{301},000千円》", .unreadable), ("予算\u{301}5千円", .unreadable),
        ("《5千円》\n\u{301}", .unreadable), ("《5\u{200B}千円》", .unreadable), ("e\u{301}5千円", .unreadable),
        ("1億万円", .unreadable), ("5千4百3十2円", .unreadable), ("1,500円", .unreadable), ("《5,237,》", .unreadable), ("1\u{2212}千円", .unreadable),
        ("《9,223,372,036,854,776千円》", .amount(9_223_372_036_854_776)), ("《9,223,372,036,854,775,808千円》", .tooLarge),
    ])
    func oddReadings(written: String, outcome: Outcome) {
        let read: Outcome
        do throws(BudgetError) {
            switch try BudgetNotation.readFolding(written) {
            case .amount(let amount): read = .amount(amount.amount)
            case .none: read = .none
            }
        } catch {
            switch error {
            case .tooLarge: read = .tooLarge
            default: read = .unreadable
            }
        }
        #expect(read == outcome)
    }

    @Test("budget and settlement lines are split as reading their characters does", arguments: [
        "令和6年度予算額 5千6百万円", "令和4年度決算額 4千8百万円", "(7年度予算額65百万円)", "令和5年度予算額", "令和６年度　予算：3千万円",
        "令和6年度予算 3千万円", "R6年度予算額 1千万円", "令和6年度決算 1千万円", "6年度予算額 -", "令和6年予算額 1千万円", "予算額 1千万円",
        "令和6年度\u{301}予算額 1千万円", "令和6年度予算額 1千万円\u{301}", "これは令和6年度予算額の説明です", "平成31年度予算額 2千円",
        "令和99999999999999999999年度予算額 1円", "〔令和6年度予算額 5千円〕", "令和元年度決算額 9百万円", "年度予算額 1円",
    ])
    func issueBudgetLines(text: String) {
        for era in [nil, JapaneseEra.reiwa] {
            let split = IssueBudgetLineText.reading(text, contextEra: era)
            let expected = CharacterNotation.issueBudgetLine(text, contextEra: era)
            switch split {
            case .line(let parts): #expect(expected?.kind == parts.kind && expected?.year == parts.fiscalYear && expected?.amount == parts.amount)
            case .label(let kind, let year): #expect(expected?.kind == kind && expected?.year == year && expected?.amount == "")
            case nil: #expect(expected == nil || !(expected!.amount.isEmpty || expected!.amount.hasSuffix("円") || expected!.amount.allSatisfy { $0 == "-" }))
            }
        }
    }
}

/// The notations told character by character, as they were before they were told on values: what the values must
/// answer.
private enum CharacterNotation {
    static let openers: Set<Character> = ["《", "≪", "(", "〔", "[", "【", "<", "«", "〈"]
    static let closers: Set<Character> = ["》", "≫", ")", "〕", "]", "】", ">", "»", "〉"]

    static func looksLikeBudget(_ text: String) -> Bool {
        if PlainAmount.thousandYen(in: text) != nil { return true }
        let folded = MatchText.fold(text).removingWhiteSpace()
        if folded.contains("千円") || folded.contains("万円") { return true }
        if let range = folded.range(of: "予算") {
            return folded[range.upperBound...].contains { ($0.isASCII && $0.isNumber) || $0 == "-" }
        }
        let inner = unbracketed(Substring(folded))
        if inner.hasSuffix("円"), inner.first?.isASCII == true, inner.first?.isNumber == true, inner.dropLast().allSatisfy(isAmountCharacter) {
            return true
        }
        guard let first = folded.first, first == "《" || first == "≪" else { return false }
        return !inner.isEmpty && inner.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "-" }
    }

    static func unbracketed(_ text: Substring) -> Substring {
        var inner = text
        while let first = inner.first, openers.contains(first) { inner.removeFirst() }
        while let last = inner.last, closers.contains(last) { inner.removeLast() }
        return inner
    }

    static func isAmountCharacter(_ character: Character) -> Bool {
        (character.isASCII && character.isNumber) || character == "," || "億万千百十".contains(character)
    }

    static func isBareAmount(_ text: String) -> Bool {
        guard BudgetNotation.endsWithYen(text) else { return false }
        var folded = Substring(MatchText.fold(text).removingWhiteSpace())
        if folded.hasPrefix("予算額") { folded = folded.dropFirst(3) } else if folded.hasPrefix("予算") { folded = folded.dropFirst(2) }
        if folded.first == ":" { folded.removeFirst() }
        guard folded.hasSuffix("円"), let first = folded.first, first.isASCII, first.isNumber else { return false }
        return folded.dropLast().allSatisfy(isAmountCharacter)
    }

    static func issueBudgetLine(_ text: String, contextEra: JapaneseEra?) -> (kind: IssueBudgetLine.Kind, year: FiscalYear, amount: String)? {
        guard text.contains("算"), text.contains("年") else { return nil }
        let folded = unbracketed(Substring(MatchText.fold(text).removingWhiteSpace()))
        let kinds: [(String, IssueBudgetLine.Kind)] = [("予算額", .budget), ("決算額", .settlement), ("予算", .budget)]
        guard let (kind, range) = kinds.lazy.compactMap({ entry in folded.range(of: entry.0).map { (entry.1, $0) } }).first else {
            return nil
        }
        let yearText = folded[..<range.lowerBound]
        guard yearText.hasSuffix("年度"), yearText.count <= 12, let year = FiscalYear(label: String(yearText), contextEra: contextEra) else {
            return nil
        }
        var amount = folded[range.upperBound...]
        if amount.first == ":" { amount.removeFirst() }
        return (kind, year, String(amount))
    }
}
