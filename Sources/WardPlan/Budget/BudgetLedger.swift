/// Budget totals across many plans, grouped by ward, by fiscal year, and by both — one version of
/// each ward's plan per year (see ``VersionPolicy``), so that 案 and 確定 are never added together.
///
/// Built one plan at a time, so a stream of plans never needs to be held in memory. When a more
/// advanced version arrives after a less advanced one, it takes that version's place in every total.
public struct BudgetLedger: Sendable, Equatable {
    /// The key of a ward × fiscal year cell.
    public struct Cell: Sendable, Hashable, Comparable {
        /// The ward's name.
        public let ward: String
        /// The fiscal year.
        public let fiscalYear: FiscalYear
        /// The ward name's hash, taken once: a cell is looked up in several tables, and hashing a name (normalised
        /// for comparison) costs more than the rest of counting a plan.
        private let wardHash: Int

        /// The cell of `ward` in `fiscalYear`.
        public init(ward: String, fiscalYear: FiscalYear) { self.init(WardKey(ward), fiscalYear: fiscalYear) }

        init(_ ward: WardKey, fiscalYear: FiscalYear) {
            self.ward = ward.name
            self.fiscalYear = fiscalYear
            wardHash = ward.hash
        }

        public static func == (lhs: Cell, rhs: Cell) -> Bool {
            lhs.fiscalYear == rhs.fiscalYear
                && WardKey(lhs.ward, hash: lhs.wardHash) == WardKey(rhs.ward, hash: rhs.wardHash)
        }

        public func hash(into hasher: inout Hasher) {
            // One word for both: a cell is hashed for each table a plan is added to.
            hasher.combine(wardHash ^ fiscalYear.startYear &* 0x9E37_79B9)
        }

        public static func < (lhs: Cell, rhs: Cell) -> Bool {
            (lhs.ward, lhs.fiscalYear.startYear) < (rhs.ward, rhs.fiscalYear.startYear)
        }
    }

    /// How several versions of one ward-year are counted.
    public let policy: VersionPolicy
    /// The total over every plan counted.
    public private(set) var total = ThousandYen.zero
    /// Totals by ward name.
    public var byWard: [String: ThousandYen] {
        Dictionary(uniqueKeysWithValues: wardTotals.lazy.map { ($0.key.name, $0.value) })
    }
    /// The totals by ward, keyed by name and hash so that adding a plan hashes no name.
    private var wardTotals: [WardKey: ThousandYen] = [:]
    /// The ward of the plan added last, whose name the next plan's usually has.
    private var lastWard = LastWard()
    /// Totals by fiscal year.
    public private(set) var byFiscalYear: [FiscalYear: ThousandYen] = [:]
    /// Totals by ward and fiscal year.
    /// - Complexity: O(number of cells): made from the cells each time. To look one cell up, use ``total(of:)``.
    public var byWardAndYear: [Cell: ThousandYen] { cells.mapValues(\.total) }
    /// The versions left out of the totals, in the order they were set aside.
    public private(set) var setAside: [SetAsideVersion] = []
    /// What each ward-year holds: its total and its versions, one entry found with one look-up per plan.
    private var cells: [Cell: CellEntry] = [:]

    /// A ward-year's total, the versions counted in it (one, but with ``VersionPolicy/all``) with their totals, and
    /// where the set-aside ones stand in ``setAside``.
    private struct CellEntry: Sendable, Equatable {
        var total = ThousandYen.zero
        var counted = CountedVersions()
        var setAsideIndices: [Int] = []
    }

    /// The versions counted in a ward-year, in the order they were added: the first held in place, so that a
    /// ward-year of one counted version, as nearly all are, allocates nothing for it.
    private struct CountedVersions: Sendable, Equatable {
        private(set) var first: CountedVersion?
        private var more: [CountedVersion] = []

        var all: [CountedVersion] { (first.map { [$0] } ?? []) + more }

        func first(where matches: (CountedVersion) -> Bool) -> CountedVersion? {
            if let first, matches(first) { return first }
            return more.first(where: matches)
        }

        mutating func append(_ version: CountedVersion) {
            if first == nil { first = version } else { more.append(version) }
        }

        /// Makes `version` the only one counted.
        mutating func replaceAll(with version: CountedVersion) {
            first = version
            more = []
        }
    }

    private struct CountedVersion: Sendable, Equatable {
        let version: PlanVersion
        let total: ThousandYen
    }

    /// An empty ledger that counts versions by `policy`.
    public init(policy: VersionPolicy = .latest) { self.policy = policy }

    /// The versions counted in the totals, by cell, in the order they were added.
    public var countedVersions: [Cell: [PlanVersion]] { cells.mapValues { $0.counted.all.map(\.version) } }

    /// The total of the ward-year `cell`; `nil` when no plan of it has been added.
    public func total(of cell: Cell) -> ThousandYen? { cells[cell]?.total }

    /// Adds one plan's total, read from `source` (named in messages); returns whether it is counted.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/versionConflict`` for a second input of the
    ///   same ward, year and state (or, with ``VersionPolicy/error``, a second version of a ward-year), or
    ///   ``WardPlanError/Kind/budgetOverflow`` when a total does not fit. The ledger is unchanged then.
    @discardableResult
    public mutating func add(_ plan: OperatingPlan, budget: PlanBudget, source: String? = nil) throws(WardPlanError) -> Bool {
        let version = PlanVersion(of: plan, source: source)
        let ward = lastWard.key(for: version.ward)
        let cell = Cell(ward, fiscalYear: version.fiscalYear)
        let place = cells.index(forKey: cell)
        var here = place.map { cells.values[$0] } ?? CellEntry()
        if let same = here.counted.first(where: { $0.version.status == version.status })?.version
            ?? here.setAsideIndices.first(where: { [setAside] in setAside[$0].version.status == version.status }).map({ setAside[$0].version })
        {
            throw WardPlanError(.versionConflict, .versionGivenTwice(version.description, also: same.description))
        }
        let counts: Bool
        if let other = here.counted.first, policy != .all {
            if policy == .error {
                throw WardPlanError(.versionConflict, .twoVersions(version.description, other.version.description))
            }
            counts = version.status > other.version.status
            if counts {
                try move(budget.total, into: &here, of: cell, ward: ward, replacing: other.total)
                here.counted.replaceAll(with: CountedVersion(version: version, total: budget.total))
                for index in here.setAsideIndices where setAside[index].countedInstead == other.version {
                    setAside[index] = SetAsideVersion(version: setAside[index].version, countedInstead: version)
                }
                setAsideVersion(SetAsideVersion(version: other.version, countedInstead: version), in: &here)
            } else {
                setAsideVersion(SetAsideVersion(version: version, countedInstead: other.version), in: &here)
            }
        } else {
            try move(budget.total, into: &here, of: cell, ward: ward, replacing: .zero)
            here.counted.append(CountedVersion(version: version, total: budget.total))
            counts = true
        }
        // Written back only now: a plan that throws leaves the ledger as it was.
        if let place { cells.values[place] = here } else { cells[cell] = here }
        return counts
    }

    private mutating func setAsideVersion(_ entry: SetAsideVersion, in cell: inout CellEntry) {
        cell.setAsideIndices.append(setAside.count)
        setAside.append(entry)
    }

    /// Adds `amount` to every total of `cell` (whose entry is `entry`, whose ward is `ward`), taking `replaced` (a
    /// version it replaces) out; all or nothing. Each table is looked up once: what is read is written back through
    /// its index.
    private mutating func move(
        _ amount: ThousandYen, into entry: inout CellEntry, of cell: Cell, ward: WardKey,
        replacing replaced: ThousandYen
    ) throws(WardPlanError) {
        let wardPlace = wardTotals.index(forKey: ward)
        let yearPlace = byFiscalYear.index(forKey: cell.fiscalYear)
        do {
            let newTotal = try total.subtracting(replaced).adding(amount)
            let newWard = try (wardPlace.map { wardTotals.values[$0] } ?? .zero).subtracting(replaced).adding(amount)
            let newYear = try (yearPlace.map { byFiscalYear.values[$0] } ?? .zero).subtracting(replaced).adding(amount)
            let newCell = try entry.total.subtracting(replaced).adding(amount)
            total = newTotal
            if let wardPlace { wardTotals.values[wardPlace] = newWard } else { wardTotals[ward] = newWard }
            if let yearPlace { byFiscalYear.values[yearPlace] = newYear } else { byFiscalYear[cell.fiscalYear] = newYear }
            entry.total = newCell
        } catch {
            throw WardPlanError(.budgetOverflow, .totalsAcrossPlans(error.message))
        }
    }

    /// Year-over-year changes for each ward, between consecutive fiscal years present in the ledger.
    public func yearOverYear() throws(BudgetError) -> [(ward: String, from: FiscalYear, to: FiscalYear, change: BudgetChange)] {
        var result: [(ward: String, from: FiscalYear, to: FiscalYear, change: BudgetChange)] = []
        let sorted = cells.keys.sorted()
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.ward == later.ward {
            let change = try BudgetChange(from: total(of: earlier) ?? .zero, to: total(of: later) ?? .zero)
            result.append((earlier.ward, earlier.fiscalYear, later.fiscalYear, change))
        }
        return result
    }
}
