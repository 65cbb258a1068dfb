import WardPlan

extension ItemID {
    /// Parses an id as published plans write it: `1-2-3` with half- or full-width digits and any of
    /// the usual dashes (`１－２`, `1‐2`, `1ー2`). For canonical JSON use ``ItemID/init(canonical:)``.
    public init?(parsing text: String) {
        let folded = MatchText.fold(String(text.map { MatchText.numberDashes.contains($0) ? "-" : $0 }))
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        let numbers = parts.compactMap { MatchText.integer($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(numbers)
    }
}
