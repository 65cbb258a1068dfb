import Foundation
import WardPlan

/// Splits one line into tokens: cells, item tags, headings, budgets, pillars, bullets and text.
///
/// Matching runs on the folded line; every piece of text is taken from the original line. Tokens are handed on
/// as they are found, so that a line holding a whole table is never held as tokens too.
/// - Complexity: O(n) in the line's length.
struct LineTokenizer {
    private let line: FoldedLine
    private let brackets: BracketPairs
    /// Whether a text token has been handed on.
    private var emittedText = false
    private var textStart: Int?
    private var textEnd = 0
    private var bulletPending = false
    private let bareIDs: Bool

    /// Marks of a list item, as folded characters' values (see ``FoldedLine/scalars``).
    private static let bulletMarks: Set<UInt32> = Set(FoldedLine.values(of: "・•●○◦‣∙◆■◇□◎"))
    private static let paragraphTags: Set<String> = ["li", "br", "p", "div", "tr", "dd", "dt"]
    /// Brackets an item tag may stand in: 【経営課題1】, ≪経営課題1≫, 《…》, [1-1 title], 〈…〉.
    private static let tagOpeners: Set<UInt32> = Set(FoldedLine.values(of: "【≪《[〈"))

    private init(_ line: FoldedLine, bareIDs: Bool) {
        self.line = line
        self.bareIDs = bareIDs
        brackets = line.brackets
    }

    /// Calls `body` with each token of the line, in order; with `bareIDs`, a line that begins `1-1 title` opens
    /// 戦略 1-1 (in a list of strategies).
    ///
    /// `body` is handed to each step of the scan, not stored: a stored closure would have to be made on the heap, at
    /// every line.
    static func forEachToken(of line: FoldedLine, bareIDs: Bool = false, _ body: (Token) -> Void) {
        var tokenizer = LineTokenizer(line, bareIDs: bareIDs)
        // Each cell ends at a tab, the last at the line's end.
        let tabs = line.tabs
        var cellStart = 0
        for cell in 0...tabs.count {
            let end = cell < tabs.count ? tabs[cell] : line.count
            if cellStart > 0 { body(Token(kind: .cellBreak, column: line.column(cellStart - 1))) }
            tokenizer.scanCell(cellStart..<end, emit: body)
            cellStart = end + 1
        }
    }

    private mutating func scanCell(_ cell: Range<Int>, emit: (Token) -> Void) {
        var start = cell.lowerBound
        while start < cell.upperBound, line.isWhitespace(at: start) { start += 1 }
        guard start < cell.upperBound else { return }
        if let (heading, topLevel) = Heading.classify(line, start..<cell.upperBound) {
            emit(Token(kind: .heading(heading, topLevel: topLevel), column: line.column(start)))
            return
        }
        var index = start
        let quoted = line.scalars[index] == ("「" as Unicode.Scalar).value
        if let (tag, rest) = ItemTag.parse(line.scalars[(quoted ? index + 1 : index)..<cell.upperBound], bareIDs: bareIDs) {
            emit(Token(kind: .item(tag, inlineTitle: nil, label: label(of: tag)), column: line.column(index)))
            index = rest
            if quoted, let close = brackets.close(of: start), close < cell.upperBound {
                emitText(from: index, to: close, emit: emit)
                index = close + 1
            }
        }
        scan(index..<cell.upperBound, emit: emit)
        flushText(emit: emit)
    }

    private mutating func scan(_ range: Range<Int>, emit: (Token) -> Void) {
        let scalars = line.scalars
        var index = range.lowerBound
        while index < range.upperBound {
            let value = scalars[index]
            // Kana, ideographs, letters and digits, as most of a line is: text, taken in one loop.
            if Self.isPlainText(value) {
                if textStart == nil { textStart = index }
                index += 1
                while index < range.upperBound, Self.isPlainText(scalars[index]) { index += 1 }
                textEnd = index
                continue
            }
            if line.isWhitespace(at: index) {
                index += 1
                continue
            }
            if value == 0x3C /* < */, let end = htmlTagEnd(from: index, limit: range.upperBound) {
                flushText(emit: emit)
                if Self.paragraphTags.contains(htmlTagName(index..<end)) {
                    emit(Token(kind: .paragraphBreak, column: line.column(index)))
                }
                index = end
                continue
            }
            if BracketPairs.opens(value) {
                index = scanBracket(at: index, limit: range.upperBound, emit: emit)
                continue
            }
            // `- text`: a hyphen and a space opening a cell is a bullet too (the 2022 pages print them so).
            let isHyphenBullet = value == 0x2D /* - */ && textStart == nil && !bulletPending && index + 1 < range.upperBound
                && scalars[index + 1] == 0x20 && !emittedText
            if isHyphenBullet || Self.isBulletMark(value), textStart == nil || line.isWhitespace(at: index - 1) {
                flushText(emit: emit)
                bulletPending = true
                index += 1
                continue
            }
            if textStart == nil { textStart = index }
            index += 1
            textEnd = index
        }
    }

    /// Whether a folded character is text that nothing in ``scan(_:)`` looks at: hiragana and katakana with their
    /// marks (ゝ ゞ ー ヽ …) but ・, the unified ideographs, 、。〃〄々〆〇, ASCII letters, digits, `,` and `.` — no white
    /// space, markup, bracket, bullet or hyphen.
    @inline(__always)
    private static func isPlainText(_ value: UInt32) -> Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3041...0x30FA, 0x30FC...0x30FF, 0x3001...0x3007, 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2C, 0x2E:
            true
        default: false
        }
    }

    /// Whether a folded character is a mark of a list item (・, •, ●, ◆ …): ・ (U+30FB, just after the kana), or one
    /// of the others, which stand between • (U+2022) and ◦ (U+25E6).
    private static func isBulletMark(_ value: UInt32) -> Bool {
        value == 0x30FB || ((0x2022...0x25E6).contains(value) && bulletMarks.contains(value))
    }

    /// Handles a bracket at `index`; returns where scanning goes on.
    private mutating func scanBracket(at index: Int, limit: Int, emit: (Token) -> Void) -> Int {
        let bracket = Unicode.Scalar(line.scalars[index]) ?? " "
        guard let close = brackets.close(of: index), close < limit else {
            if bracket == "【" || bracket == "《" || bracket == "≪" {
                flushText(emit: emit)
                emit(Token(kind: .unclosed(line.character(at: index)), column: line.column(index)))
            }
            extendText(index, index + 1)
            return index + 1
        }
        let inner = line.scalars[(index + 1)..<close]
        if Self.tagOpeners.contains(bracket.value), let (tag, rest) = ItemTag.parse(inner, bracketed: true) {
            flushText(emit: emit)
            emitTaggedItem(tag, title: rest..<close, column: line.column(index), emit: emit)
            return close + 1
        }
        if bracket == "【" {
            if let (heading, topLevel) = Heading.classify(line, (index + 1)..<close) {
                flushText(emit: emit)
                emit(Token(kind: .heading(heading, topLevel: topLevel), column: line.column(index)))
                return close + 1
            }
        }
        if looksLikeBudget(index...close) {
            flushText(emit: emit)
            emit(Token(kind: .budget(line.originalText(index..<(close + 1))), column: line.column(index)))
            return close + 1
        }
        if namesPillar((index + 1)..<close) {
            flushText(emit: emit)
            emit(Token(kind: .pillar(line.originalText((index + 1)..<close)), column: line.column(index)))
            return close + 1
        }
        extendText(index, close + 1)
        return close + 1
    }

    /// An item whose title is inside its tag (`【具体的取組1-1-1 title(2,400千円)】`): each budget there is its own
    /// token (a second one is then named, never left in the title).
    private mutating func emitTaggedItem(_ tag: ItemTag, title range: Range<Int>, column: Int, emit: (Token) -> Void) {
        var budgets: [ClosedRange<Int>] = []
        var index = range.lowerBound
        // Each bracket is looked at once, with what it holds: nested brackets are skipped, never rescanned.
        while index < range.upperBound {
            guard BracketPairs.opens(line.scalars[index]), let close = brackets.close(of: index), close < range.upperBound
            else {
                index += 1
                continue
            }
            if looksLikeBudget(index...close) { budgets.append(index...close) }
            index = close + 1
        }
        var title = ""
        var start = range.lowerBound
        for budget in budgets {
            title += line.originalText(start..<budget.lowerBound)
            start = budget.upperBound + 1
        }
        title = (title + line.originalText(start..<range.upperBound)).trimmingWhitespaces()
        emit(Token(kind: .item(tag, inlineTitle: title.isEmpty ? nil : title, label: label(of: tag)), column: column))
        for budget in budgets {
            emit(Token(kind: .budget(line.originalText(budget.lowerBound..<(budget.upperBound + 1))),
                                column: line.column(budget.lowerBound)))
        }
    }

    /// Whether the bracketed text at `range` looks like a budget (``BudgetNotation/looksLikeBudget(_:)``). It does only
    /// when it holds 円 or 算 or opens with 《 or ≪: other brackets, nearly all, are passed over on their values
    /// (a character of several scalars among them is left to the full test).
    private func looksLikeBudget(_ range: ClosedRange<Int>) -> Bool {
        let scalars = line.scalars
        let opener = scalars[range.lowerBound]
        let mayBe = opener == 0x300A /* 《 */ || opener == 0x226A /* ≪ */ || range.contains { index in
            let value = scalars[index]
            return value == 0x5186 /* 円 */ || value == 0x7B97 /* 算 */ || value & FoldedLine.cluster != 0
        }
        return mayBe && BudgetNotation.looksLikeBudget(line.foldedText(range.lowerBound..<(range.upperBound + 1)))
    }

    /// Whether the text at `range` begins with 改革の柱 after white space, told from its values; white space that only
    /// Foundation can tell is left to it.
    private func namesPillar(_ range: Range<Int>) -> Bool {
        let scalars = line.scalars
        var start = range.lowerBound
        while start < range.upperBound, WhiteSpace.isSpace(scalars[start]) == true { start += 1 }
        guard start < range.upperBound else { return false }
        guard WhiteSpace.isSpace(scalars[start]) == nil else { return scalars[..<range.upperBound].holds(Self.pillarWord, at: start) }
        return line.foldedText(range).trimmingWhitespaces().hasPrefix("改革の柱")
    }

    private static let pillarWord = FoldedLine.values(of: "改革の柱")

    /// The published number of a sub-numbered issue, as written.
    private func label(of tag: ItemTag) -> String? {
        tag.label.map { line.originalText($0) }
    }

    private mutating func extendText(_ start: Int, _ end: Int) {
        if textStart == nil { textStart = start }
        textEnd = end
    }

    private mutating func emitText(from start: Int, to end: Int, emit: (Token) -> Void) {
        extendText(start, end)
        flushText(emit: emit)
    }

    private mutating func flushText(emit: (Token) -> Void) {
        defer { textStart = nil }
        guard let start = textStart else { return }
        let text = HTMLText.decodeEntities(line.originalText(start..<textEnd)).trimmingWhitespaces()
        guard !text.isEmpty else { return }
        emit(Token(kind: .text(text, bullet: bulletPending), column: line.column(start)))
        emittedText = true
        bulletPending = false
    }

    /// The end of an HTML tag starting at `index` (`<ul …>`, `</li>`, `<br/>`), or `nil` if it is not one.
    private func htmlTagEnd(from index: Int, limit: Int) -> Int? {
        let scalars = line.scalars
        var cursor = index + 1
        if cursor < limit, scalars[cursor] == 0x2F /* / */ || scalars[cursor] == 0x21 /* ! */ { cursor += 1 }
        guard cursor < limit, line.isASCIILetter(at: cursor) else { return nil }
        while cursor < limit, scalars[cursor] != 0x3E /* > */ {
            if scalars[cursor] == 0x3C /* < */ { return nil }
            cursor += 1
        }
        return cursor < limit ? cursor + 1 : nil
    }

    private func htmlTagName(_ range: Range<Int>) -> String {
        String(line.folded[range].drop { $0 == "<" || $0 == "/" }.prefix { $0.isASCII && $0.isLetter }).lowercased()
    }
}
