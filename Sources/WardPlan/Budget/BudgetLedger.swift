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

        /// The cell of `ward` in `fiscalYear`.
        public init(ward: String, fiscalYear: FiscalYear) {
            self.ward = ward
            self.fiscalYear = fiscalYear
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
    public private(set) var byWard: [String: ThousandYen] = [:]
    /// Totals by fiscal year.
    public private(set) var byFiscalYear: [FiscalYear: ThousandYen] = [:]
    /// Totals by ward and fiscal year.
    public private(set) var byWardAndYear: [Cell: ThousandYen] = [:]
    /// The versions left out of the totals, in the order they were set aside.
    public private(set) var setAside: [SetAsideVersion] = []
    /// The versions counted in each cell, with their totals.
    private var counted: [Cell: [PlanVersion: ThousandYen]] = [:]
    /// Where each cell's set-aside versions stand in ``setAside``: a plan looks at its own cell's only.
    private var setAsideIndices: [Cell: [Int]] = [:]

    /// An empty ledger that counts versions by `policy`.
    public init(policy: VersionPolicy = .latest) { self.policy = policy }

    /// The versions counted in the totals, by cell.
    public var countedVersions: [Cell: [PlanVersion]] { counted.mapValues { Array($0.keys) } }

    /// Adds one plan's total, read from `source` (named in messages); returns whether it is counted.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/versionConflict`` for a second input of the
    ///   same ward, year and state (or, with ``VersionPolicy/error``, a second version of a ward-year), or
    ///   ``WardPlanError/Kind/budgetOverflow`` when a total does not fit. The ledger is unchanged then.
    @discardableResult
    public mutating func add(_ plan: OperatingPlan, budget: PlanBudget, source: String? = nil) throws(WardPlanError) -> Bool {
        let version = PlanVersion(of: plan, source: source)
        let cell = Cell(ward: version.ward, fiscalYear: version.fiscalYear)
        let others = counted[cell] ?? [:]
        let setAsideHere = setAsideIndices[cell] ?? []
        if let same = others.keys.first(where: { $0.status == version.status })
            ?? setAsideHere.first(where: { [setAside] in setAside[$0].version.status == version.status }).map({ setAside[$0].version })
        {
            throw WardPlanError(.versionConflict, .versionGivenTwice(version.description, also: same.description))
        }
        guard let other = others.first, policy != .all else {
            try move(budget.total, into: cell, replacing: .zero)
            counted[cell, default: [:]][version] = budget.total
            return true
        }
        if policy == .error {
            throw WardPlanError(.versionConflict, .twoVersions(version.description, other.key.description))
        }
        guard version.status > other.key.status else {
            setAsideVersion(SetAsideVersion(version: version, countedInstead: other.key), in: cell)
            return false
        }
        try move(budget.total, into: cell, replacing: other.value)
        counted[cell] = [version: budget.total]
        for index in setAsideHere where setAside[index].countedInstead == other.key {
            setAside[index] = SetAsideVersion(version: setAside[index].version, countedInstead: version)
        }
        setAsideVersion(SetAsideVersion(version: other.key, countedInstead: version), in: cell)
        return true
    }

    private mutating func setAsideVersion(_ entry: SetAsideVersion, in cell: Cell) {
        setAsideIndices[cell, default: []].append(setAside.count)
        setAside.append(entry)
    }

    /// Adds `amount` to every total of `cell`, taking `replaced` (a version it replaces) out; all or nothing.
    private mutating func move(_ amount: ThousandYen, into cell: Cell, replacing replaced: ThousandYen) throws(WardPlanError) {
        do {
            let newTotal = try total.subtracting(replaced).adding(amount)
            let newWard = try (byWard[cell.ward] ?? .zero).subtracting(replaced).adding(amount)
            let newYear = try (byFiscalYear[cell.fiscalYear] ?? .zero).subtracting(replaced).adding(amount)
            let newCell = try (byWardAndYear[cell] ?? .zero).subtracting(replaced).adding(amount)
            total = newTotal
            byWard[cell.ward] = newWard
            byFiscalYear[cell.fiscalYear] = newYear
            byWardAndYear[cell] = newCell
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
