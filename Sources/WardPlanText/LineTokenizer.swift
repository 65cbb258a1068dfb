import Foundation
import WardPlan

/// Splits one line into tokens: cells, item tags, headings, budgets, pillars, bullets and text.
///
/// Matching runs on the folded line; every piece of text is taken from the original line.
/// - Complexity: O(n) in the line's length.
struct LineTokenizer {
    private let line: FoldedLine
    private let brackets: BracketPairs
    private var tokens: [Token] = []
    private var textStart: Int?
    private var textEnd = 0
    private var bulletPending = false
    private let bareIDs: Bool

    static let bulletMarks: Set<Character> = ["・", "•", "●", "○", "◦", "‣", "∙", "◆", "■", "◇", "□", "◎"]
    private static let paragraphTags: Set<String> = ["li", "br", "p", "div", "tr", "dd", "dt"]
    /// Brackets an item tag may stand in: 【経営課題1】, ≪経営課題1≫, 《…》, [1-1 title], 〈…〉.
    private static let tagOpeners: Set<Character> = ["【", "≪", "《", "[", "〈"]

    init(_ line: FoldedLine, bareIDs: Bool) {
        self.line = line
        self.bareIDs = bareIDs
        brackets = BracketPairs(line.folded)
    }

    /// The tokens of the line; with `bareIDs`, a line that begins `1-1 title` opens 戦略 1-1 (in a list of strategies).
    static func tokens(of line: FoldedLine, bareIDs: Bool = false) -> [Token] {
        var tokenizer = LineTokenizer(line, bareIDs: bareIDs)
        var cellStart = 0
        for index in 0...line.folded.count where index == line.folded.count || line.folded[index] == "\t" {
            if cellStart > 0 { tokenizer.tokens.append(Token(kind: .cellBreak, column: line.column(cellStart - 1))) }
            tokenizer.scanCell(cellStart..<index)
            cellStart = index + 1
        }
        return tokenizer.tokens
    }

    private mutating func scanCell(_ cell: Range<Int>) {
        let folded = line.folded
        var start = cell.lowerBound
        while start < cell.upperBound, folded[start].isWhitespace { start += 1 }
        guard start < cell.upperBound else { return }
        if let (heading, topLevel) = Heading.classify(folded[start..<cell.upperBound]) {
            tokens.append(Token(kind: .heading(heading, topLevel: topLevel), column: line.column(start)))
            return
        }
        var index = start
        let quoted = folded[index] == "「"
        if let (tag, rest) = ItemTag.parse(folded[(quoted ? index + 1 : index)..<cell.upperBound], bareIDs: bareIDs) {
            tokens.append(Token(kind: .item(tag, inlineTitle: nil, label: label(of: tag)), column: line.column(index)))
            index = rest
            if quoted, let close = brackets.close(of: start), close < cell.upperBound {
                emitText(from: index, to: close)
                index = close + 1
            }
        }
        scan(index..<cell.upperBound)
        flushText()
    }

    private mutating func scan(_ range: Range<Int>) {
        let folded = line.folded
        var index = range.lowerBound
        while index < range.upperBound {
            let character = folded[index]
            if character.isWhitespace {
                index += 1
                continue
            }
            if character == "<", let end = htmlTagEnd(from: index, limit: range.upperBound) {
                flushText()
                if Self.paragraphTags.contains(htmlTagName(index..<end)) {
                    tokens.append(Token(kind: .paragraphBreak, column: line.column(index)))
                }
                index = end
                continue
            }
            if BracketPairs.pairs[character] != nil {
                index = scanBracket(at: index, limit: range.upperBound)
                continue
            }
            // `- text`: a hyphen and a space opening a cell is a bullet too (the 2022 pages print them so).
            let isHyphenBullet = character == "-" && textStart == nil && !bulletPending && index + 1 < range.upperBound
                && folded[index + 1] == " " && !tokens.contains { if case .text = $0.kind { true } else { false } }
            if isHyphenBullet || Self.bulletMarks.contains(character), textStart == nil || folded[index - 1].isWhitespace {
                flushText()
                bulletPending = true
                index += 1
                continue
            }
            if textStart == nil { textStart = index }
            index += 1
            textEnd = index
        }
    }

    /// Handles a bracket at `index`; returns where scanning goes on.
    private mutating func scanBracket(at index: Int, limit: Int) -> Int {
        let folded = line.folded
        guard let close = brackets.close(of: index), close < limit else {
            if folded[index] == "【" || folded[index] == "《" || folded[index] == "≪" {
                flushText()
                tokens.append(Token(kind: .unclosed(folded[index]), column: line.column(index)))
            }
            extendText(index, index + 1)
            return index + 1
        }
        let inner = folded[(index + 1)..<close]
        if Self.tagOpeners.contains(folded[index]), let (tag, rest) = ItemTag.parse(inner, bracketed: true) {
            flushText()
            emitTaggedItem(tag, title: rest..<close, column: line.column(index))
            return close + 1
        }
        if folded[index] == "【" {
            if let (heading, topLevel) = Heading.classify(inner) {
                flushText()
                tokens.append(Token(kind: .heading(heading, topLevel: topLevel), column: line.column(index)))
                return close + 1
            }
        }
        let innerText = String(inner)
        if BudgetNotation.looksLikeBudget(String(folded[index...close])) {
            flushText()
            tokens.append(Token(kind: .budget(line.originalText(index..<(close + 1))), column: line.column(index)))
            return close + 1
        }
        if innerText.trimmingWhitespaces().hasPrefix("改革の柱") {
            flushText()
            tokens.append(Token(kind: .pillar(line.originalText((index + 1)..<close)), column: line.column(index)))
            return close + 1
        }
        extendText(index, close + 1)
        return close + 1
    }

    /// An item whose title is inside its tag (`【具体的取組1-1-1 title(2,400千円)】`): each budget there is its own
    /// token (a second one is then named, never left in the title).
    private mutating func emitTaggedItem(_ tag: ItemTag, title range: Range<Int>, column: Int) {
        var budgets: [ClosedRange<Int>] = []
        var index = range.lowerBound
        // Each bracket is looked at once, with what it holds: nested brackets are skipped, never rescanned.
        while index < range.upperBound {
            guard BracketPairs.pairs[line.folded[index]] != nil, let close = brackets.close(of: index), close < range.upperBound
            else {
                index += 1
                continue
            }
            if BudgetNotation.looksLikeBudget(String(line.folded[index...close])) { budgets.append(index...close) }
            index = close + 1
        }
        var title = ""
        var start = range.lowerBound
        for budget in budgets {
            title += line.originalText(start..<budget.lowerBound)
            start = budget.upperBound + 1
        }
        title = (title + line.originalText(start..<range.upperBound)).trimmingWhitespaces()
        tokens.append(Token(kind: .item(tag, inlineTitle: title.isEmpty ? nil : title, label: label(of: tag)), column: column))
        for budget in budgets {
            tokens.append(Token(kind: .budget(line.originalText(budget.lowerBound..<(budget.upperBound + 1))),
                                column: line.column(budget.lowerBound)))
        }
    }

    /// The published number of a sub-numbered issue, as written.
    private func label(of tag: ItemTag) -> String? {
        tag.label.map { line.originalText($0) }
    }

    private mutating func extendText(_ start: Int, _ end: Int) {
        if textStart == nil { textStart = start }
        textEnd = end
    }

    private mutating func emitText(from start: Int, to end: Int) {
        extendText(start, end)
        flushText()
    }

    private mutating func flushText() {
        defer { textStart = nil }
        guard let start = textStart else { return }
        let text = HTMLText.decodeEntities(line.originalText(start..<textEnd)).trimmingWhitespaces()
        guard !text.isEmpty else { return }
        tokens.append(Token(kind: .text(text, bullet: bulletPending), column: line.column(start)))
        bulletPending = false
    }

    /// The end of an HTML tag starting at `index` (`<ul …>`, `</li>`, `<br/>`), or `nil` if it is not one.
    private func htmlTagEnd(from index: Int, limit: Int) -> Int? {
        let folded = line.folded
        var cursor = index + 1
        if cursor < limit, folded[cursor] == "/" || folded[cursor] == "!" { cursor += 1 }
        guard cursor < limit, folded[cursor].isASCII, folded[cursor].isLetter else { return nil }
        while cursor < limit, folded[cursor] != ">" {
            if folded[cursor] == "<" { return nil }
            cursor += 1
        }
        return cursor < limit ? cursor + 1 : nil
    }

    private func htmlTagName(_ range: Range<Int>) -> String {
        String(line.folded[range].drop { $0 == "<" || $0 == "/" }.prefix { $0.isASCII && $0.isLetter }).lowercased()
    }
}
