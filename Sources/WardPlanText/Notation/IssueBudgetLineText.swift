import WardPlan

/// A 経営課題's budget or settlement line as the 2023+ layout prints it: `令和6年度予算額 5千6百万円`,
/// `令和4年度決算額 4千8百万円`, `(7年度予算額65百万円)`.
enum IssueBudgetLineText {
    /// What a line states, before its amount is read.
    struct Parts {
        let kind: IssueBudgetLine.Kind
        let fiscalYear: FiscalYear
        /// The amount as written, for reading and for messages.
        let amount: String
    }

    /// The words that name a line's kind, longest first: `予算` alone is a budget too (`令和6年度予算 3千万円`).
    private static let kindWords: [([UInt32], IssueBudgetLine.Kind)] = [
        (FoldedLine.values(of: "予算額"), .budget), (FoldedLine.values(of: "決算額"), .settlement), (FoldedLine.values(of: "予算"), .budget),
    ]
    private static let fiscalYear = FoldedLine.values(of: "年度")

    /// What a text is read as: a line with its amount, or the heading of one whose amount follows on its own.
    enum Reading {
        case line(Parts)
        case label(kind: IssueBudgetLine.Kind, fiscalYear: FiscalYear)
    }

    /// `text` read as a budget or settlement line for a named fiscal year (``parse(_:contextEra:)``) or as its
    /// heading (``label(_:contextEra:)``), split once; `nil` when it is neither.
    static func reading(_ text: String, contextEra: JapaneseEra?) -> Reading? {
        // Most text is neither: told from its bytes before anything is made.
        guard mayBeLine(text), let (kind, year, amount) = split(text, contextEra: contextEra) else { return nil }
        if amount.isEmpty { return .label(kind: kind, fiscalYear: year) }
        guard amount.hasSuffix(words: "円") || amount.allSatisfy({ $0 == "-" }) else { return nil }
        return .line(Parts(kind: kind, fiscalYear: year, amount: amount))
    }

    /// The parts of `text` when it is a budget or settlement line for a named fiscal year; `nil` otherwise.
    /// A bare `7年度` takes its era from `contextEra`.
    static func parse(_ text: String, contextEra: JapaneseEra?) -> Parts? {
        guard case .line(let parts)? = reading(text, contextEra: contextEra) else { return nil }
        return parts
    }

    /// The kind and year of a line that names them and no amount (`令和5年度予算額`, a table's header cell),
    /// whose amount follows on its own.
    static func label(_ text: String, contextEra: JapaneseEra?) -> (kind: IssueBudgetLine.Kind, fiscalYear: FiscalYear)? {
        guard case .label(let kind, let year)? = reading(text, contextEra: contextEra) else { return nil }
        return (kind, year)
    }

    /// Whether `text` may be such a line: every kind word holds 算 and every year 年 (which no folding changes);
    /// other text is not looked at closer.
    static func mayBeLine(_ text: String) -> Bool {
        text.containsBytes(of: "算") && text.containsBytes(of: "年")
    }

    /// The kind, year and amount of a line, read on its folded values (``NotationText``).
    private static func split(_ text: String, contextEra: JapaneseEra?) -> (IssueBudgetLine.Kind, FiscalYear, String)? {
        guard mayBeLine(text) else { return nil }
        let notation = NotationText(folding: text)
        let folded = BudgetNotation.unbracketed(notation.values)
        let found = kindWords.lazy.compactMap { entry in folded.firstRange(ofWords: entry.0).map { (entry.1, $0) } }.first
        guard let (kind, range) = found else { return nil }
        let yearText = folded[..<range.lowerBound]
        guard yearText.count >= fiscalYear.count, yearText.suffix(fiscalYear.count).elementsEqual(fiscalYear), yearText.count <= 12,
            let year = FiscalYear(label: notation.text(yearText.indices), contextEra: contextEra)
        else { return nil }
        var amount = folded[range.upperBound...]
        if amount.first == MatchText.colon { amount.removeFirst() }
        return (kind, year, notation.text(amount.indices))
    }
}
