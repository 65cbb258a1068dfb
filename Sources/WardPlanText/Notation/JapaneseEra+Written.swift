import WardPlan

extension JapaneseEra {
    /// Finds the era written as kanji (`令和`), a letter (`R`, `r`) or the compound character `㋿`.
    public init?(written: String) {
        let folded = MatchText.fold(written)
        // Upper case maps every scalar to one or more: only a single scalar can become a one-letter name.
        let isOneScalar = folded.unicodeScalars.count == 1
        guard let era = Self.allCases.first(where: { folded == $0.kanji || (isOneScalar && folded.uppercased() == $0.letter) }) else {
            return nil
        }
        self = era
    }
}

extension JapaneseEra {
    /// Each era with its name's values (see ``FoldedLine/scalars``), in the order of `allCases`.
    static let nameValues = allCases.map { (era: $0, name: FoldedLine.values(of: $0.kanji)) }
}
