import WardPlan

extension ItemID {
    /// Parses an id as published plans write it: `1-2-3` with half- or full-width digits and any of
    /// the usual dashes (`１－２`, `1‐2`, `1ー2`). For canonical JSON use ``ItemID/init(canonical:)``.
    public init?(parsing text: String) {
        // ASCII digits and hyphens, as most ids are written, are their own fold: read from the bytes.
        // Any other text, and a malformed id of these, goes the folding way, which reads them alike.
        if let numbers = text.withContiguousUTF8({ Self.asciiNumbers($0) }) {
            guard let id = numbers.id else { return nil }
            self = id
            return
        }
        let folded = MatchText.fold(String(text.map { MatchText.numberDashes.contains($0) ? "-" : $0 }))
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { MatchText.integer($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(numbers)
    }

    /// The numbers of ASCII digits joined by `-` (each part some digits, leading zeros allowed), given as the
    /// characters' values, read in one pass; `nil` when anything else stands there, a part is empty or a number is
    /// too large for `Int`.
    static func asciiNumbers<Values: Collection>(_ values: Values) -> Numbers? where Values.Element: FixedWidthInteger {
        var numbers = Numbers()
        var value = 0
        var digits = 0
        for character in values {
            guard (0x30...0x39).contains(character) else {
                guard character == 0x2D /* - */ else { return nil }
                guard digits > 0 else { return nil }
                numbers.append(value)
                value = 0
                digits = 0
                continue
            }
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdding) = times10.addingReportingOverflow(Int(character) - 0x30)
            guard !overflow, !overflowAdding else { return nil }
            value = sum
            digits += 1
        }
        guard digits > 0 else { return nil }
        numbers.append(value)
        return numbers
    }
}
