import WardPlan

extension FiscalYear {
    /// Parses a fiscal-year label as plans write it.
    ///
    /// Accepts `令和2年度`, `令和元年度`, `平成31年度`, `R2`, `H25年度`, `2020年度`, full-width digits
    /// (`令和２年度`), and a bare `2年度` whose era comes from `contextEra` (the plan's own era).
    /// Returns `nil` for anything else.
    public init?(label: String, contextEra: JapaneseEra? = nil) {
        let parts = Self.plainParts(of: label) ?? Self.foldedParts(of: label)
        guard let number = parts.number else { return nil }
        guard let era = parts.era else {
            if parts.numberLength == 4 {
                self.init(number)
                return
            }
            guard let contextEra, number >= 1 else { return nil }
            let (year, overflow) = contextEra.firstYear.addingReportingOverflow(number - 1)
            guard !overflow else { return nil }
            self.init(year)
            return
        }
        guard let era, number >= 1, number <= 99 else { return nil }
        self.init(era.gregorianYear(number))
    }

    /// A label's era and number: `era` is `nil` when none is written and `.some(nil)` when what is written is no
    /// era; `number` is `nil` when it is no number.
    private typealias LabelParts = (era: JapaneseEra??, number: Int?, numberLength: Int)

    /// The parts of a label folded as text is matched (full-width digits, white space dropped).
    private static func foldedParts(of label: String) -> LabelParts {
        var folded = Substring(MatchText.fold(label).removingWhiteSpace())
        if folded.hasSuffix(words: "年度") { folded.removeLast(2) } else if folded.hasSuffix(words: "年") { folded.removeLast() }
        let eraEnd = folded.firstIndex { ($0.isASCII && $0.isNumber) || $0 == "元" } ?? folded.endIndex
        let eraPart = String(folded[..<eraEnd])
        let numberPart = String(folded[eraEnd...])
        let number = numberPart == "元" ? 1 : MatchText.integer(numberPart)
        return (eraPart.isEmpty ? nil : .some(JapaneseEra(written: eraPart)), number, numberPart.count)
    }

    /// The parts of a label that is its own fold — each scalar a character of its own, none white space, none
    /// changed by folding, as `令和6年度` and `2024年度` are — read from its scalars; `nil` for any other label.
    private static func plainParts(of label: String) -> LabelParts? {
        var scalars = label.unicodeScalars[...]
        guard scalars.allSatisfy({ LineCharacters.isPlain($0.value) && WhiteSpace.isNever($0.value) }) else { return nil }
        if scalars.last == "度", scalars.dropLast().last == "年" { scalars.removeLast(2) } else if scalars.last == "年" { scalars.removeLast() }
        let eraEnd = scalars.firstIndex { ("0"..."9").contains($0) || $0 == "元" } ?? scalars.endIndex
        let (eraPart, numberPart) = (scalars[..<eraEnd], scalars[eraEnd...])
        let written = JapaneseEra.allCases.first { eraPart.elementsEqual($0.kanji.unicodeScalars) || isLetter(eraPart, of: $0) }
        let era: JapaneseEra?? = eraPart.isEmpty ? nil : .some(written)
        // ASCII digits alone, which `Int` reads exactly (`nil` past its range), or 元.
        let digits = numberPart.allSatisfy { ("0"..."9").contains($0) }
        let number = numberPart.elementsEqual(["元"]) ? 1 : digits ? Int(String(numberPart)) : nil
        return (era, number, numberPart.count)
    }

    /// Whether `written` is the era's one letter, in either case (`R`, `r`).
    private static func isLetter(_ written: Substring.UnicodeScalarView, of era: JapaneseEra) -> Bool {
        guard written.count == 1, let scalar = written.first, scalar.isASCII else { return false }
        return String(scalar).uppercased() == era.letter
    }
}
