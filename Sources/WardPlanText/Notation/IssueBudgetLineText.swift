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

    /// The parts of `text` when it is a budget or settlement line for a named fiscal year; `nil` otherwise.
    /// A bare `7年度` takes its era from `contextEra`.
    static func parse(_ text: String, contextEra: JapaneseEra?) -> Parts? {
        var folded = Substring(MatchText.fold(text).filter { !$0.isWhitespace })
        while let first = folded.first, BudgetNotation.openers.contains(first) { folded.removeFirst() }
        while let last = folded.last, BudgetNotation.closers.contains(last) { folded.removeLast() }
        let found = [IssueBudgetLine.Kind.budget, .settlement].lazy.compactMap { kind in
            folded.range(of: kind.japaneseName).map { (kind, $0) }
        }.first
        guard let (kind, range) = found else { return nil }
        let yearText = folded[..<range.lowerBound]
        guard yearText.hasSuffix("年度"), yearText.count <= 12,
            let year = FiscalYear(label: String(yearText), contextEra: contextEra)
        else { return nil }
        var amount = folded[range.upperBound...]
        if amount.first == ":" { amount.removeFirst() }
        guard amount.hasSuffix("円") || amount.allSatisfy({ $0 == "-" }), !amount.isEmpty else { return nil }
        return Parts(kind: kind, fiscalYear: year, amount: String(amount))
    }
}
