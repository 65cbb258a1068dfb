extension BudgetLedger {
    /// What a ledger holds for one ward-year: its ward's and year's numbers (and the year's start, its key), its
    /// total, the versions counted in it (one, but with ``VersionPolicy/all``) with their totals, where the set-aside
    /// ones stand in ``setAside``, and where its issues' totals stand among the ledger's.
    struct CellEntry: Sendable {
        let ward: Int
        let year: Int
        let startYear: Int
        var total: ThousandYen
        var counted: CountedVersions
        var setAsideIndices: [Int] = []
        var issues: Range<Int>
    }

    /// The versions counted in a ward-year, in the order they were added: the first held in place, so that a
    /// ward-year of one counted version, as nearly all are, allocates nothing for it.
    struct CountedVersions: Sendable, Equatable {
        private(set) var first: CountedVersion
        private var more: [CountedVersion] = []

        init(_ first: CountedVersion) { self.first = first }

        var all: [CountedVersion] { [first] + more }

        func first(where matches: (CountedVersion) -> Bool) -> CountedVersion? {
            matches(first) ? first : more.first(where: matches)
        }

        mutating func append(_ version: CountedVersion) { more.append(version) }

        /// Makes `version` the only one counted.
        mutating func replaceAll(with version: CountedVersion) {
            first = version
            more = []
        }
    }

    struct CountedVersion: Sendable, Equatable {
        let version: PlanVersion
        let total: ThousandYen
    }

    /// A ward-year's contents, wherever the ledger keeps them: what two ledgers compare by.
    struct CellContents: Equatable {
        let total: ThousandYen
        let counted: [CountedVersion]
        let issues: [IssueTotal]
    }
}
