import WardPlan

/// Reads budgets as published texts write them.
///
/// Handles `《5,237千円》`, `《１，２００千円》`, `(24,254千円)`, `（24,254千円）`, `〔25予算額 29,474 千円〕`,
/// `予算額 5,237千円`, the bare `5,237千円`, and the other units the city's pages use: `320万円` (3,200千円),
/// `65百万円` (65,000千円), kanji-mixed `5千4百万円` (54,000千円), `1億2百万円` (102,000千円) and `1,000円`
/// (1千円; yen that are not whole 千円 are an error). A dash (`《－千円》`, `(―)`) means "no budget".
public enum BudgetNotation {
    /// The result of reading a written budget.
    public enum Reading: Equatable, Sendable {
        /// An amount of thousands of yen.
        case amount(ThousandYen)
        /// The text says explicitly that there is no budget (a dash).
        case none
    }

    /// The brackets a written budget may stand in, folded, as values (see ``FoldedLine/scalars``).
    private static let openers = FoldedLine.values(of: "《≪(〔[【<«〈")
    private static let closers = FoldedLine.values(of: "》≫)〕]】>»〉")

    /// The kanji multipliers a written amount may hold, largest first, as values.
    private static let bigUnits: [(UInt32, Int)] = [(0x5104 /* 億 */, 100_000_000), (0x4E07 /* 万 */, 10_000)]
    private static let smallUnits: [(UInt32, Int)] = [(thousand, 1_000), (0x767E /* 百 */, 100), (0x5341 /* 十 */, 10)]

    /// The values of the characters a written budget is read by (beside ``MatchText/yenMark`` and ``MatchText/colon``).
    private static let thousand: UInt32 = 0x5343 // 千
    private static let dash: UInt32 = 0x2D // -
    private static let comma: UInt32 = 0x2C // ,
    private static let budgetWords = (full: FoldedLine.values(of: "予算額"), short: FoldedLine.values(of: "予算"))
    private static let yenWords = (thousand: FoldedLine.values(of: "千円"), tenThousand: FoldedLine.values(of: "万円"))

    /// Whether bracketed text looks like a budget: it names 千円 or 万円, or 予算 followed by an amount or a dash,
    /// or it is an amount of 円 and nothing else, or a bare amount in 《》 (`《5,237》`). `(2年度予算額)` is a
    /// column note, not a budget.
    public static func looksLikeBudget(_ text: String) -> Bool {
        if PlainAmount.thousandYen(in: text) != nil { return true }
        let folded = NotationText(folding: text).values
        if folded.firstRange(ofWords: yenWords.thousand) != nil || folded.firstRange(ofWords: yenWords.tenThousand) != nil { return true }
        if let range = folded.firstRange(ofWords: budgetWords.short) {
            return folded[range.upperBound...].contains { MatchText.isASCIIDigit($0) || $0 == dash }
        }
        let inner = unbracketed(folded)
        if inner.last == MatchText.yenMark, inner.first.map(MatchText.isASCIIDigit) == true, inner.dropLast().allSatisfy(isAmountValue) { return true }
        guard let first = folded.first, first == 0x300A /* 《 */ || first == 0x226A /* ≪ */ else { return false }
        return !inner.isEmpty && inner.allSatisfy { MatchText.isASCIIDigit($0) || $0 == comma || $0 == dash }
    }

    /// `values` without the brackets around them.
    static func unbracketed(_ values: ArraySlice<UInt32>) -> ArraySlice<UInt32> {
        var inner = values
        while let first = inner.first, openers.contains(first) { inner.removeFirst() }
        while let last = inner.last, closers.contains(last) { inner.removeLast() }
        return inner
    }

    /// Whether a value is that of a character an amount is written with: an ASCII digit, a comma, or a kanji unit.
    static func isAmountValue(_ value: UInt32) -> Bool {
        MatchText.isASCIIDigit(value) || value == comma || bigUnits.contains { $0.0 == value } || smallUnits.contains { $0.0 == value }
    }

    /// Whether commas, if any, separate thousands: `5,237`, `1,234,567` — not `1,0000`, `12,34` or `5,,000`.
    static func isGrouped(_ digits: ArraySlice<UInt32>) -> Bool {
        let groups = digits.split(separator: comma, omittingEmptySubsequences: false)
        guard groups.count > 1 else { return !digits.isEmpty }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Reads a written budget; misgrouped digits (`1,0000`) are unreadable, never guessed.
    public static func read(_ written: String) throws(BudgetError) -> Reading {
        if let amount = PlainAmount.thousandYen(in: written) { return .amount(amount) }
        return try readFolding(written)
    }

    /// Reads a written budget of any form, on its folded text's values.
    static func readFolding(_ written: String) throws(BudgetError) -> Reading {
        var folded = unbracketed(NotationText(folding: written).values)
        if let range = folded.firstRange(ofWords: budgetWords.full) ?? folded.firstRange(ofWords: budgetWords.short) {
            folded = folded[range.upperBound...]
        }
        if folded.first == MatchText.colon { folded.removeFirst() }
        if !folded.isEmpty, folded.allSatisfy({ $0 == dash }) || folded.elementsEqual([dash, thousand, MatchText.yenMark])
            || folded.elementsEqual([dash, MatchText.yenMark])
        {
            return .none
        }
        // A bare amount (`《5,237》`) is in 千円, as the 様式 print it; so is `5,237千円`, read in 千円 directly.
        guard folded.last == MatchText.yenMark else { return .amount(ThousandYen(try plainNumber(folded, written: written))) }
        if folded.dropLast().last == thousand, folded.dropLast(2).allSatisfy({ MatchText.isASCIIDigit($0) || $0 == comma }) {
            return .amount(ThousandYen(try plainNumber(folded.dropLast(2), written: written)))
        }
        let yen = try yen(folded.dropLast(), written: written)
        guard yen % 1_000 == 0 else { throw .unreadable(written) }
        return .amount(ThousandYen(yen / 1_000))
    }

    /// The yen an amount written with digits and kanji units stands for: `5,237千` → 5,237,000;
    /// `5千4百万` → 54,000,000; `1億2百万` → 102,000,000.
    private static func yen(_ text: ArraySlice<UInt32>, written: String) throws(BudgetError) -> Int {
        var total = 0
        var section = text
        for (unit, value) in bigUnits {
            guard let index = section.firstIndex(of: unit) else { continue }
            let part = try sectionValue(section[..<index], written: written, allowEmpty: false)
            total = try add(total, multiply(part, value, written), written)
            section = section[(index + 1)...]
        }
        return try add(total, sectionValue(section, written: written, allowEmpty: true), written)
    }

    /// The value of digits and 千/百/十 below 万: `5千4百` → 5,400; `65百` → 6,500; `12,300千` → 12,300,000.
    private static func sectionValue(_ text: ArraySlice<UInt32>, written: String, allowEmpty: Bool) throws(BudgetError) -> Int {
        if text.isEmpty {
            guard allowEmpty else { throw .unreadable(written) }
            return 0
        }
        var total = 0
        var rest = text
        for (unit, value) in smallUnits {
            guard let index = rest.firstIndex(of: unit) else { continue }
            let coefficient = rest[..<index].isEmpty ? 1 : try plainNumber(rest[..<index], written: written)
            total = try add(total, multiply(coefficient, value, written), written)
            rest = rest[(index + 1)...]
        }
        return rest.isEmpty ? total : try add(total, plainNumber(rest, written: written), written)
    }

    /// ASCII digits, commas separating thousands if any.
    private static func plainNumber(_ text: ArraySlice<UInt32>, written: String) throws(BudgetError) -> Int {
        guard !text.isEmpty, text.allSatisfy({ MatchText.isASCIIDigit($0) || $0 == comma }), isGrouped(text) else {
            throw .unreadable(written)
        }
        guard let value = MatchText.integer(digitValues: text.filter { $0 != comma }) else { throw .tooLarge(written) }
        return value
    }

    private static func multiply(_ a: Int, _ b: Int, _ written: String) throws(BudgetError) -> Int {
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { throw .tooLarge(written) }
        return product
    }

    private static func add(_ a: Int, _ b: Int, _ written: String) throws(BudgetError) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw .tooLarge(written) }
        return sum
    }
}

extension BudgetNotation {
    /// Splits an amount written at the end of a line outside brackets — `地域防災訓練の実施 2,400千円`,
    /// `地域防災訓練の支援 12,300 千円`, `実施2,400千円`, `相談会 予算額:320万円` — from the text before it; `nil`
    /// when the text does not end in one. Right after other text (no space) only 千円 and 万円 amounts count:
    /// `参加費500円` is a title.
    public static func trailingAmount(in text: String) -> (before: String, written: String)? {
        // Most text is not money: look closer only at text that ends in 円 (which no folding changes).
        guard endsWithYen(text) else { return nil }
        let characters = Array(text)
        var start = characters.count
        while start > 0, isTrailingAmountCharacter(characters[start - 1]) || characters[start - 1].isWhitespace { start -= 1 }
        while start < characters.count, characters[start].isWhitespace { start += 1 }
        let folded = MatchText.fold(String(characters[start...])).removingWhiteSpace()
        guard folded.hasSuffix("円"), folded.first.map({ $0.isASCII && $0.isNumber }) == true else { return nil }
        var end = start
        while end > 0, characters[end - 1].isWhitespace || characters[end - 1] == ":" || characters[end - 1] == "：" { end -= 1 }
        for word in ["予算額", "予算"] where String(characters[..<end]).hasSuffix(word) {
            end -= word.count
            break
        }
        let before = String(characters[..<end]).trimmingWhitespaces()
        let separated = end < start || characters[start - 1].isWhitespace
        guard !before.isEmpty, separated || folded.hasSuffix("千円") || folded.hasSuffix("万円") else { return nil }
        return (before, String(characters[end...]).trimmingWhitespaces())
    }

    private static func isTrailingAmountCharacter(_ character: Character) -> Bool {
        let folded = MatchText.fold(character)
        guard folded.count == 1, let first = folded.first else { return false }
        return isAmountValue(FoldedLine.value(of: first)) || first == "円"
    }
}

extension BudgetNotation {
    /// Whether `text` is an amount and nothing else — `2,400千円`, `予算額 5千6百万円`, `予算 2,000千円` — as a cell or a line
    /// may hold one outside brackets.
    public static func isBareAmount(_ text: String) -> Bool {
        guard endsWithYen(text) else { return false }
        var folded = NotationText(folding: text).values
        for word in [budgetWords.full, budgetWords.short] where folded.starts(with: word) {
            folded = folded.dropFirst(word.count)
            break
        }
        if folded.first == MatchText.colon { folded.removeFirst() }
        guard folded.last == MatchText.yenMark, let first = folded.first, MatchText.isASCIIDigit(first) else { return false }
        return folded.dropLast().allSatisfy(isAmountValue)
    }
}

extension BudgetNotation {
    /// The first amount of 千円, 万円 or 億円 that `text` mentions (`…に5千6百万円を充てる`), as written after
    /// folding; `nil` when it mentions none.
    public static func amountMention(in text: String) -> String? {
        guard text.containsBytes(of: "円") else { return nil }
        let folded = Array(MatchText.fold(text))
        for (index, character) in folded.enumerated() where character == "円" && index > 0 && "千万億".contains(folded[index - 1]) {
            var start = index
            while start > 0, isAmountValue(FoldedLine.value(of: folded[start - 1])) { start -= 1 }
            let run = folded[start...index]
            if run.contains(where: { $0.isASCII && $0.isNumber }) { return String(run.drop { !($0.isASCII && $0.isNumber) }) }
        }
        return nil
    }
}

extension BudgetNotation {
    /// Whether the last character of `text` that is not white space is 円 — told from the last scalars when they
    /// stand alone (``LineCharacters/standsAlone(_:)``): a character of its own there, never white space but for
    /// tab, space and the ideographic space.
    static func endsWithYen(_ text: String) -> Bool {
        let told = text.withContiguousUTF8 { bytes -> Bool? in
            var end = bytes.count
            // Tab, space and the ideographic space (E3 80 80) at the end are passed over.
            while end > 0 {
                if bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 {
                    end -= 1
                } else if end >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, bytes[end - 1] == 0x80 {
                    end -= 3
                } else {
                    break
                }
            }
            guard end > 0 else { return nil }
            let last = Self.scalarStart(before: end, in: bytes)
            let before = last > 0 ? bytes.scalar(at: Self.scalarStart(before: last, in: bytes)).value : nil
            guard LineCharacters.standsAlone(bytes.scalar(at: last).value), before.map(LineCharacters.standsAlone) ?? true else {
                return nil
            }
            // 円 is E5 86 86.
            return end - last == 3 && bytes[last] == 0xE5 && bytes[last + 1] == 0x86 && bytes[last + 2] == 0x86
        }
        return told ?? (text.last(where: { !$0.isWhitespace }) == "円")
    }

    /// Where the scalar that ends at `end` begins in valid UTF-8.
    private static func scalarStart(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
