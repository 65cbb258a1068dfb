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
        public init(ward: String, fiscalYear: FiscalYear) {
            self.ward = ward
            self.fiscalYear = fiscalYear
            wardHash = ward.hashValue
        }

        public static func == (lhs: Cell, rhs: Cell) -> Bool {
            lhs.fiscalYear == rhs.fiscalYear && lhs.wardKey == rhs.wardKey
        }

        /// The ward's name with its hash, to key the totals by ward.
        fileprivate var wardKey: WardKey { WardKey(name: ward, hash: wardHash) }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(wardHash)
            hasher.combine(fiscalYear)
        }

        public static func < (lhs: Cell, rhs: Cell) -> Bool {
            (lhs.ward, lhs.fiscalYear.startYear) < (rhs.ward, rhs.fiscalYear.startYear)
        }
    }

    /// A ward's name with its hash, taken once. Names are equal when their bytes are (what nearly every look-up
    /// finds), else when Unicode finds them canonically equivalent, as `String` compares them.
    fileprivate struct WardKey: Hashable {
        let name: String
        let hash: Int

        static func == (lhs: WardKey, rhs: WardKey) -> Bool {
            guard lhs.hash == rhs.hash else { return false }
            let sameBytes = lhs.name.withContiguousUTF8 { left in rhs.name.withContiguousUTF8 { left.elementsEqual($0) } }
            return sameBytes || lhs.name == rhs.name
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
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
    /// Totals by fiscal year.
    public private(set) var byFiscalYear: [FiscalYear: ThousandYen] = [:]
    /// Totals by ward and fiscal year.
    public private(set) var byWardAndYear: [Cell: ThousandYen] = [:]
    /// The versions left out of the totals, in the order they were set aside.
    public private(set) var setAside: [SetAsideVersion] = []
    /// What each cell holds beside its total: one entry, found with one look-up per plan. A cell's key hashes a
    /// ward's name, which costs more than the rest of adding a plan: a plan looks each table up once.
    private var versions: [Cell: CellVersions] = [:]

    /// The versions of one ward-year: those counted (one, but with ``VersionPolicy/all``) with their totals, and
    /// where the set-aside ones stand in ``setAside``.
    private struct CellVersions: Sendable, Equatable {
        var counted: [CountedVersion] = []
        var setAsideIndices: [Int] = []
    }

    private struct CountedVersion: Sendable, Equatable {
        let version: PlanVersion
        let total: ThousandYen
    }

    /// An empty ledger that counts versions by `policy`.
    public init(policy: VersionPolicy = .latest) { self.policy = policy }

    /// The versions counted in the totals, by cell, in the order they were added.
    public var countedVersions: [Cell: [PlanVersion]] { versions.mapValues { $0.counted.map(\.version) } }

    /// Adds one plan's total, read from `source` (named in messages); returns whether it is counted.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/versionConflict`` for a second input of the
    ///   same ward, year and state (or, with ``VersionPolicy/error``, a second version of a ward-year), or
    ///   ``WardPlanError/Kind/budgetOverflow`` when a total does not fit. The ledger is unchanged then.
    @discardableResult
    public mutating func add(_ plan: OperatingPlan, budget: PlanBudget, source: String? = nil) throws(WardPlanError) -> Bool {
        let version = PlanVersion(of: plan, source: source)
        let cell = Cell(ward: version.ward, fiscalYear: version.fiscalYear)
        let place = versions.index(forKey: cell)
        var here = place.map { versions.values[$0] } ?? CellVersions()
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
                try move(budget.total, into: cell, replacing: other.total)
                here.counted = [CountedVersion(version: version, total: budget.total)]
                for index in here.setAsideIndices where setAside[index].countedInstead == other.version {
                    setAside[index] = SetAsideVersion(version: setAside[index].version, countedInstead: version)
                }
                setAsideVersion(SetAsideVersion(version: other.version, countedInstead: version), in: &here)
            } else {
                setAsideVersion(SetAsideVersion(version: version, countedInstead: other.version), in: &here)
            }
        } else {
            try move(budget.total, into: cell, replacing: .zero)
            here.counted.append(CountedVersion(version: version, total: budget.total))
            counts = true
        }
        // Written back only now: a plan that throws leaves the ledger as it was.
        if let place { versions.values[place] = here } else { versions[cell] = here }
        return counts
    }

    private mutating func setAsideVersion(_ entry: SetAsideVersion, in cell: inout CellVersions) {
        cell.setAsideIndices.append(setAside.count)
        setAside.append(entry)
    }

    /// Adds `amount` to every total of `cell`, taking `replaced` (a version it replaces) out; all or nothing.
    /// Each table is looked up once: what is read is written back through its index.
    private mutating func move(_ amount: ThousandYen, into cell: Cell, replacing replaced: ThousandYen) throws(WardPlanError) {
        let wardPlace = wardTotals.index(forKey: cell.wardKey)
        let yearPlace = byFiscalYear.index(forKey: cell.fiscalYear)
        let cellPlace = byWardAndYear.index(forKey: cell)
        do {
            let newTotal = try total.subtracting(replaced).adding(amount)
            let newWard = try (wardPlace.map { wardTotals.values[$0] } ?? .zero).subtracting(replaced).adding(amount)
            let newYear = try (yearPlace.map { byFiscalYear.values[$0] } ?? .zero).subtracting(replaced).adding(amount)
            let newCell = try (cellPlace.map { byWardAndYear.values[$0] } ?? .zero).subtracting(replaced).adding(amount)
            total = newTotal
            if let wardPlace { wardTotals.values[wardPlace] = newWard } else { wardTotals[cell.wardKey] = newWard }
            if let yearPlace { byFiscalYear.values[yearPlace] = newYear } else { byFiscalYear[cell.fiscalYear] = newYear }
            if let cellPlace { byWardAndYear.values[cellPlace] = newCell } else { byWardAndYear[cell] = newCell }
        } catch {
            throw WardPlanError(.budgetOverflow, .totalsAcrossPlans(error.message))
        }
    }

    /// Year-over-year changes for each ward, between consecutive fiscal years present in the ledger.
    public func yearOverYear() throws(BudgetError) -> [(ward: String, from: FiscalYear, to: FiscalYear, change: BudgetChange)] {
        var result: [(ward: String, from: FiscalYear, to: FiscalYear, change: BudgetChange)] = []
        let cells = byWardAndYear.keys.sorted()
        for (earlier, later) in zip(cells, cells.dropFirst()) where earlier.ward == later.ward {
            let change = try BudgetChange(from: byWardAndYear[earlier] ?? .zero, to: byWardAndYear[later] ?? .zero)
            result.append((earlier.ward, earlier.fiscalYear, later.fiscalYear, change))
        }
        return result
    }
}
