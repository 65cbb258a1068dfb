import Foundation
import WardPlan
import WardPlanMessages

/// Budgets as the assembler meets them: an initiative's, an issue's 予算額・決算額 lines (whole, split over two
/// lines, turned around, or under a table's header row), an amount alone, and amounts in prose, which are named.
extension PlanAssembler {
    struct PendingLabel {
        let kind: IssueBudgetLine.Kind
        let fiscalYear: FiscalYear
        let text: String
        let issue: Int
        let line: Int
        let column: Int
    }

    mutating func attachBudget(_ written: String, column: Int) {
        guard case .initiative(let i, let s, let k)? = current else {
            if let issue = current?.issueIndex, let parts = IssueBudgetLineText.parse(written, contextEra: planEra) {
                return addBudgetLine(parts, text: written, toIssue: issue, column: column)
            }
            return warn(.budgetOutsideInitiative(written), column: column)
        }
        let id = draft.issues[i].strategies[s].initiatives[k].id
        // Made only for a diagnostic: the field's name is spelt out.
        var location: SourceLocation { SourceLocation(file: file, line: lineNumber, column: column, field: PlanElement.budget(id).name) }
        do {
            guard case .amount(let amount) = try BudgetNotation.read(written) else { return mark(.field) }
            if let existing = draft.issues[i].strategies[s].initiatives[k].budget, existing != amount {
                return report(.error, .secondBudget(written, initiative: id.description, counted: existing.description), at: location)
            }
            draft.issues[i].strategies[s].initiatives[k].budget = amount
            recordInitiative(id, at: .initiative(i, s, k), budget: true, column: column)
            mark(.field)
        } catch {
            report(.error, .budgetLeftOut(error.message), at: location)
        }
    }

    mutating func addBudgetLine(_ parts: IssueBudgetLineText.Parts, text: String, toIssue issue: Int, column: Int) {
        let number = draft.issues[issue].publishedNumber
        do {
            guard case .amount(let amount) = try BudgetNotation.read(parts.amount) else { return mark(.field) }
            let line = IssueBudgetLine(kind: parts.kind, fiscalYear: parts.fiscalYear, amount: amount, text: text)
            if let existing = draft.issues[issue].budgetLines.first(where: { $0.kind == line.kind && $0.fiscalYear == line.fiscalYear }) {
                return error(.secondBudgetLine(issue: number, line: parts.fiscalYear.japaneseLabel + parts.kind.japaneseName, text: text,
                                               counted: existing.amount.description), column: column)
            }
            draft.issues[issue].budgetLines.append(line)
            mark(.field)
        } catch {
            self.error(.budgetLineLeftOut(error.message, issue: number, line: parts.kind.japaneseName), column: column)
        }
    }

    var planEra: JapaneseEra? { (draft.title?.fiscalYear ?? draft.mentionedYear)?.era }

    /// Whether the text's bytes end as `)` or `）` do: asked first, as telling the last character reads back
    /// through the text for grapheme breaking.
    private static func mayEndWithCloser(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            let count = bytes.count
            return bytes.last == 0x29 || (count >= 3 && bytes[count - 3] == 0xEF && bytes[count - 2] == 0xBC && bytes[count - 1] == 0x89)
        }
    }

    /// Reads text that is a budget: a 予算額・決算額 line (`令和6年度予算額 5千6百万円`), such a line's heading
    /// whose amount follows on its own (`令和5年度予算額`, then `5千1百万円`; or a table's header row over its
    /// amounts), or an amount alone. Counted on the open item, or named in a warning; `false` for other text.
    mutating func placeBudgetText(_ text: String, column: Int) -> Bool {
        let issue = current?.issueIndex
        // Split once: a line with its amount, or its heading (most text is neither, told from its bytes).
        switch IssueBudgetLineText.reading(text, contextEra: planEra) {
        case .line(let parts)?:
            flushPendingLabels()
            guard let issue else {
                warn(.budgetLineOutsideIssue(text), column: column)
                return true
            }
            addBudgetLine(parts, text: text, toIssue: issue, column: column)
            return true
        case .label(let kind, let year)?:
            guard let issue else {
                warn(.budgetHeadingOutsideIssue(text), column: column)
                return true
            }
            pendingLabels.append(PendingLabel(kind: kind, fiscalYear: year, text: text, issue: issue, line: lineNumber, column: column))
            mark(.field)
            return true
        case nil:
            break
        }
        // `5千6百万円(令和6年度予算額)`: the amount first, the line's heading after it in brackets.
        if let issue, Self.mayEndWithCloser(text), text.last == ")" || text.last == "）", let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }),
            BudgetNotation.isBareAmount(String(text[..<open])),
            let (kind, year) = IssueBudgetLineText.label(String(text[open...]), contextEra: planEra)
        {
            let parts = IssueBudgetLineText.Parts(kind: kind, fiscalYear: year, amount: String(text[..<open]))
            addBudgetLine(parts, text: text, toIssue: issue, column: column)
            return true
        }
        guard BudgetNotation.isBareAmount(text) else { return false }
        if !pendingLabels.isEmpty {
            let label = pendingLabels.removeFirst()
            let parts = IssueBudgetLineText.Parts(kind: label.kind, fiscalYear: label.fiscalYear, amount: text)
            addBudgetLine(parts, text: label.text + " " + text, toIssue: label.issue, column: column)
            return true
        }
        // An amount alone outside brackets is a budget: counted on the open 具体的取組, or named in a warning.
        attachBudget(text, column: column)
        return true
    }

    /// Budget headings still waiting for their amounts: named when text of another kind comes instead.
    mutating func flushPendingLabels() {
        for label in pendingLabels {
            diagnostics.append(Diagnostic(.warning, .budgetHeadingWithoutAmount(label.text),
                                          at: SourceLocation(file: file, line: label.line, column: label.column)))
        }
        pendingLabels.removeAll()
    }

    /// Money in prose is kept as text and said not to be counted, so that no amount goes unnamed.
    mutating func noteAmountMention(in text: String, column: Int) {
        guard let amount = BudgetNotation.amountMention(in: text) else { return }
        note(.amountMentioned(amount), column: column)
    }
}
