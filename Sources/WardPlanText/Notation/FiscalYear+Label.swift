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
    /// changed by folding, as `令和6年度` and `2024年度` are — read from its scalars' values; `nil` for any other label.
    private static func plainParts(of label: String) -> LabelParts? {
        // Read on the stack: a label has no more scalars than bytes.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: label.utf8.count) { buffer in
            var count = 0
            for scalar in label.unicodeScalars {
                guard LineCharacters.isPlain(scalar.value), WhiteSpace.isNever(scalar.value) else { return nil }
                buffer[count] = scalar.value
                count += 1
            }
            return plainParts(of: UnsafeBufferPointer(rebasing: buffer[..<count])[...])
        }
    }

    /// ``plainParts(of:)`` of the label whose values are `values`.
    private static func plainParts(of values: Slice<UnsafeBufferPointer<UInt32>>) -> LabelParts {
        var values = values
        let (year, fiscal, first) = (UInt32(0x5E74) /* 年 */, UInt32(0x5EA6) /* 度 */, UInt32(0x5143) /* 元 */)
        if values.last == fiscal, values.dropLast().last == year { values.removeLast(2) } else if values.last == year { values.removeLast() }
        let eraEnd = values.firstIndex { MatchText.isASCIIDigit($0) || $0 == first } ?? values.endIndex
        let (eraPart, numberPart) = (values[..<eraEnd], values[eraEnd...])
        let written = JapaneseEra.nameValues.first { era, name in eraPart.elementsEqual(name) || isLetter(eraPart, of: era) }?.era
        let era: JapaneseEra?? = eraPart.isEmpty ? nil : .some(written)
        // ASCII digits alone, which `Int` reads exactly (`nil` past its range), or 元.
        let number = numberPart.elementsEqual([first]) ? 1 : MatchText.integer(digitValues: numberPart)
        return (era, number, numberPart.count)
    }

    /// Whether `written` is the era's one letter, in either case (`R`, `r`).
    private static func isLetter(_ written: Slice<UnsafeBufferPointer<UInt32>>, of era: JapaneseEra) -> Bool {
        guard written.count == 1, let value = written.first, (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) else {
            return false
        }
        return era.letter.unicodeScalars.elementsEqual([Unicode.Scalar(UInt8(truncatingIfNeeded: value & ~0x20))])
    }
}
