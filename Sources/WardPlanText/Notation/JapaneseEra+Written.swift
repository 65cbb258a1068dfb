import WardPlan

extension JapaneseEra {
    /// Finds the era written as kanji (`令和`), a letter (`R`, `r`) or the compound character `㋿`.
    public init?(written: String) {
        let folded = MatchText.fold(written)
        guard let era = Self.allCases.first(where: { folded == $0.kanji || folded.uppercased() == $0.letter }) else {
            return nil
        }
        self = era
    }
}
