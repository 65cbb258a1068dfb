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

    static let openers: Set<Character> = ["《", "≪", "(", "〔", "[", "【", "<", "«", "〈"]
    static let closers: Set<Character> = ["》", "≫", ")", "〕", "]", "】", ">", "»", "〉"]

    /// The kanji multipliers a written amount may hold, largest first.
    private static let bigUnits: [(Character, Int)] = [("億", 100_000_000), ("万", 10_000)]
    private static let smallUnits: [(Character, Int)] = [("千", 1_000), ("百", 100), ("十", 10)]

    /// Whether bracketed text looks like a budget: it names 千円 or 万円, or 予算 followed by an amount or a dash,
    /// or it is an amount of 円 and nothing else, or a bare amount in 《》 (`《5,237》`). `(2年度予算額)` is a
    /// column note, not a budget.
    public static func looksLikeBudget(_ text: String) -> Bool {
        if PlainAmount.thousandYen(in: text) != nil { return true }
        let folded = MatchText.fold(text).removingWhiteSpace()
        // Searched for only when 円 or 算 (which folding leaves as they are) stands in the text.
        let scalars = folded.unicodeScalars
        if scalars.contains("円"), folded.containsWords("千円") || folded.containsWords("万円") { return true }
        if scalars.contains("算"), let range = folded.range(ofWords: "予算") {
            return folded[range.upperBound...].contains { ($0.isASCII && $0.isNumber) || $0 == "-" }
        }
        var inner = Substring(folded)
        while let first = inner.first, openers.contains(first) { inner.removeFirst() }
        while let last = inner.last, closers.contains(last) { inner.removeLast() }
        if inner.hasSuffix("円"), inner.first?.isASCII == true, inner.first?.isNumber == true,
            inner.dropLast().allSatisfy({ isAmountCharacter($0) })
        {
            return true
        }
        guard let first = folded.first, first == "《" || first == "≪" else { return false }
        return !inner.isEmpty && inner.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "-" }
    }

    private static func isAmountCharacter(_ character: Character) -> Bool {
        (character.isASCII && character.isNumber) || character == ","
            || bigUnits.contains { $0.0 == character } || smallUnits.contains { $0.0 == character }
    }

    /// Whether commas, if any, separate thousands: `5,237`, `1,234,567` — not `1,0000`, `12,34` or `5,,000`.
    static func isGrouped(_ digits: Substring) -> Bool {
        let groups = digits.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1 else { return !digits.isEmpty }
        return (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    /// Reads a written budget; misgrouped digits (`1,0000`) are unreadable, never guessed.
    public static func read(_ written: String) throws(BudgetError) -> Reading {
        if let amount = PlainAmount.thousandYen(in: written) { return .amount(amount) }
        return try readFolding(written)
    }

    /// Reads a written budget of any form, on its folded text.
    static func readFolding(_ written: String) throws(BudgetError) -> Reading {
        var folded = Substring(MatchText.fold(written).removingWhiteSpace())
        while let first = folded.first, openers.contains(first) { folded.removeFirst() }
        while let last = folded.last, closers.contains(last) { folded.removeLast() }
        if folded.unicodeScalars.contains("算"), let range = folded.range(ofWords: "予算額") ?? folded.range(ofWords: "予算") {
            folded = folded[range.upperBound...]
        }
        if folded.first == ":" { folded.removeFirst() }
        if !folded.isEmpty, folded.allSatisfy({ $0 == "-" }) || folded == "-千円" || folded == "-円" { return .none }
        // A bare amount (`《5,237》`) is in 千円, as the 様式 print it; so is `5,237千円`, read in 千円 directly.
        if !folded.hasSuffix("円") { return .amount(ThousandYen(try plainNumber(folded, written: written))) }
        if folded.hasSuffix("千円"), folded.dropLast(2).allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," }) {
            return .amount(ThousandYen(try plainNumber(folded.dropLast(2), written: written)))
        }
        let yen = try yen(folded.dropLast(), written: written)
        guard yen % 1_000 == 0 else { throw .unreadable(written) }
        return .amount(ThousandYen(yen / 1_000))
    }

    /// The yen an amount written with digits and kanji units stands for: `5,237千` → 5,237,000;
    /// `5千4百万` → 54,000,000; `1億2百万` → 102,000,000.
    private static func yen(_ text: Substring, written: String) throws(BudgetError) -> Int {
        var total = 0
        var section = Substring(text)
        for (unit, value) in bigUnits {
            guard let index = section.firstIndex(of: unit) else { continue }
            let part = try sectionValue(section[..<index], written: written, allowEmpty: false)
            total = try add(total, multiply(part, value, written), written)
            section = section[section.index(after: index)...]
        }
        return try add(total, sectionValue(section, written: written, allowEmpty: true), written)
    }

    /// The value of digits and 千/百/十 below 万: `5千4百` → 5,400; `65百` → 6,500; `12,300千` → 12,300,000.
    private static func sectionValue(_ text: Substring, written: String, allowEmpty: Bool) throws(BudgetError) -> Int {
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
            rest = rest[rest.index(after: index)...]
        }
        return rest.isEmpty ? total : try add(total, plainNumber(rest, written: written), written)
    }

    /// ASCII digits, commas separating thousands if any.
    private static func plainNumber(_ text: Substring, written: String) throws(BudgetError) -> Int {
        guard !text.isEmpty, text.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "," }), isGrouped(text) else {
            throw .unreadable(written)
        }
        guard let value = Int(text.filter { $0 != "," }) else { throw .tooLarge(written) }
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
        return isAmountCharacter(first) || first == "円"
    }
}

extension BudgetNotation {
    /// Whether `text` is an amount and nothing else — `2,400千円`, `予算額 5千6百万円`, `予算 2,000千円` — as a cell or a line
    /// may hold one outside brackets.
    public static func isBareAmount(_ text: String) -> Bool {
        guard endsWithYen(text) else { return false }
        var folded = Substring(MatchText.fold(text).removingWhiteSpace())
        if folded.hasPrefix("予算額") { folded = folded.dropFirst(3) } else if folded.hasPrefix("予算") { folded = folded.dropFirst(2) }
        if folded.first == ":" { folded.removeFirst() }
        guard folded.hasSuffix("円"), let first = folded.first, first.isASCII, first.isNumber else { return false }
        return folded.dropLast().allSatisfy(isAmountCharacter)
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
            while start > 0, isAmountCharacter(folded[start - 1]) { start -= 1 }
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
