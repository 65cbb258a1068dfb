import WardPlan

extension ItemID {
    /// Parses an id as published plans write it: `1-2-3` with half- or full-width digits and any of
    /// the usual dashes (`１－２`, `1‐2`, `1ー2`). For canonical JSON use ``ItemID/init(canonical:)``.
    public init?(parsing text: String) {
        // ASCII digits and hyphens, as most ids are written, are their own fold.
        if text.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { $0.isEmpty ? nil : Int($0) }
            guard numbers.count == parts.count else { return nil }
            self.init(numbers)
            return
        }
        let folded = MatchText.fold(String(text.map { MatchText.numberDashes.contains($0) ? "-" : $0 }))
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { MatchText.integer($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(numbers)
    }
}
