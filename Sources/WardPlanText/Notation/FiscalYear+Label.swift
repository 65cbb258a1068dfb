import WardPlan

extension FiscalYear {
    /// Parses a fiscal-year label as plans write it.
    ///
    /// Accepts `令和2年度`, `令和元年度`, `平成31年度`, `R2`, `H25年度`, `2020年度`, full-width digits
    /// (`令和２年度`), and a bare `2年度` whose era comes from `contextEra` (the plan's own era).
    /// Returns `nil` for anything else.
    public init?(label: String, contextEra: JapaneseEra? = nil) {
        var folded = Substring(MatchText.fold(label).removingWhiteSpace())
        if folded.hasSuffix(words: "年度") { folded.removeLast(2) } else if folded.hasSuffix(words: "年") { folded.removeLast() }
        let eraEnd = folded.firstIndex { ($0.isASCII && $0.isNumber) || $0 == "元" } ?? folded.endIndex
        let eraPart = String(folded[..<eraEnd])
        let numberPart = String(folded[eraEnd...])
        let number = numberPart == "元" ? 1 : MatchText.integer(numberPart)
        guard let number else { return nil }
        if eraPart.isEmpty {
            if numberPart.count == 4 {
                self.init(number)
                return
            }
            guard let contextEra, number >= 1 else { return nil }
            self.init(contextEra.gregorianYear(number))
            return
        }
        guard let era = JapaneseEra(written: eraPart), number >= 1, number <= 99 else { return nil }
        self.init(era.gregorianYear(number))
    }
}
