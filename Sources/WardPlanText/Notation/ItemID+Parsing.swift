import WardPlan

extension ItemID {
    /// Parses an id as published plans write it: `1-2-3` with half- or full-width digits and any of
    /// the usual dashes (`１－２`, `1‐2`, `1ー2`). For canonical JSON use ``ItemID/init(canonical:)``.
    public init?(parsing text: String) {
        // ASCII digits and hyphens, as most ids are written, are their own fold: read from the bytes.
        if text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            guard let numbers = Self.asciiNumbers(text) else { return nil }
            self.init(numbers)
            return
        }
        let folded = MatchText.fold(String(text.map { MatchText.numberDashes.contains($0) ? "-" : $0 }))
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { MatchText.integer($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(numbers)
    }

    /// The numbers of ASCII digits joined by `-` (each part some digits, leading zeros allowed); `nil` when a part is
    /// empty or a number is too large for `Int`.
    private static func asciiNumbers(_ text: String) -> [Int]? {
        var numbers: [Int] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            guard byte != UInt8(ascii: "-") else {
                guard digits > 0 else { return nil }
                numbers.append(value)
                value = 0
                digits = 0
                continue
            }
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdding) = times10.addingReportingOverflow(Int(byte) - 0x30)
            guard !overflow, !overflowAdding else { return nil }
            value = sum
            digits += 1
        }
        guard digits > 0 else { return nil }
        numbers.append(value)
        return numbers
    }
}
