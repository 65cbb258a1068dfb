/// Budget totals across many plans, grouped by ward, by fiscal year, by both, and by ward, year and 経営課題 — one
/// version of each ward's plan per year (see ``VersionPolicy``), so that 案 and 確定 are never added together.
///
/// Built one plan at a time, so a stream of plans never needs to be held in memory. When a more advanced version
/// arrives after a less advanced one, it takes that version's place in every total.
///
/// A ledger keeps its totals in columns: wards and fiscal years are numbered as they first appear and their totals
/// read by number, and the issues' totals of every ward-year share one array. Adding a plan looks its ward-year up
/// once, and its ward only when the plan before was of another ward. The dictionaries it offers (``byWard``,
/// ``byWardAndYear``, …) are made from the columns when asked for.
public struct BudgetLedger: Sendable, Equatable {
    /// How several versions of one ward-year are counted.
    public let policy: VersionPolicy
    /// The total over every plan counted.
    public private(set) var total = ThousandYen.zero
    /// The versions left out of the totals, in the order they were set aside.
    public private(set) var setAside: [SetAsideVersion] = []

    /// The wards in the order they first appeared, with their totals: a ward's number is its position.
    private var wards: [WardKey] = []
    private var wardTotals: [ThousandYen] = []
    private var wardTable = NumberTable()
    private var lastWard = LastWard()
    /// The fiscal years in the order they first appeared, with their totals.
    private var years: [FiscalYear] = []
    private var yearTotals: [ThousandYen] = []
    private var yearTable = NumberTable()
    /// The ward-years in the order they first appeared, found by their ward's number and their year.
    private var entries: [CellEntry] = []
    private var entryTable = NumberTable()
    /// The issues' totals of every ward-year, each ward-year's a range ordered by issue number (an empty one is
    /// `0..<0`, so that it stays a range of the array as the array shrinks). Slots no ward-year uses any more (those
    /// of a version replaced by one of another number of issues, elsewhere in the array) are counted in
    /// `unusedIssueSlots`; the array is compacted when they are more than half of it.
    private var issues: [IssueTotal] = []
    private var unusedIssueSlots = 0

    /// How many issues' totals the ledger stores, used or not: what tests read to see that a plan set aside or refused
    /// leaves none behind.
    var storedIssueTotals: Int { issues.count }

    /// An empty ledger that counts versions by `policy`.
    public init(policy: VersionPolicy = .latest) { self.policy = policy }

    /// Totals by ward name.
    /// - Complexity: O(number of wards): made each time.
    public var byWard: [String: ThousandYen] {
        Dictionary(uniqueKeysWithValues: zip(wards.lazy.map(\.name), wardTotals))
    }

    /// Totals by fiscal year.
    /// - Complexity: O(number of years): made each time.
    public var byFiscalYear: [FiscalYear: ThousandYen] { Dictionary(uniqueKeysWithValues: zip(years, yearTotals)) }

    /// Totals by ward and fiscal year.
    /// - Complexity: O(number of cells): made each time. To look one cell up, use ``total(of:)``.
    public var byWardAndYear: [Cell: ThousandYen] { byCell(\.total) }

    /// The versions counted in the totals, by cell, in the order they were added.
    public var countedVersions: [Cell: [PlanVersion]] { byCell { $0.counted.all.map(\.version) } }

    /// The total of the ward-year `cell`; `nil` when no plan of it has been added.
    public func total(of cell: Cell) -> ThousandYen? { entry(of: cell)?.total }

    /// The totals of the 経営課題 of the ward-year `cell` by issue number, over the versions counted (the issues of
    /// one number in one plan added together); empty when no plan of it has been added.
    public func issueTotals(of cell: Cell) -> [IssueTotal] { entry(of: cell).map { Array(issues[$0.issues]) } ?? [] }

    /// Adds one plan's total and its issues' totals from `budget`, its roll-up; `source` (the input the plan was
    /// read from) is named in messages. Returns whether the plan is counted.
    /// - Throws: ``WardPlanError`` of kind ``WardPlanError/Kind/versionConflict`` for a second input of the
    ///   same ward, year and state (or, with ``VersionPolicy/error``, a second version of a ward-year), or
    ///   ``WardPlanError/Kind/budgetOverflow`` when a total does not fit. The ledger is unchanged then.
    @discardableResult
    public mutating func add(_ plan: OperatingPlan, budget: PlanBudget, source: String? = nil) throws(WardPlanError) -> Bool {
        let start = issues.count
        for issue in budget.issues {
            issues.append(IssueTotal(number: issue.number, total: issue.total, isBudgeted: issue.basis != .none))
        }
        return try count(PlanVersion(of: plan, source: source), total: budget.total, issuesFrom: start)
    }

    /// Rolls up `plan` and adds it, as ``add(_:budget:source:)`` adds it with its ``PlanBudget``, without making
    /// one: for totals alone. Returns whether the plan is counted. Only the figures the ledger keeps are added: a
    /// plan whose previous-year 予算額 do not add up (which ``PlanBudget`` refuses) is counted.
    /// - Throws: what ``add(_:budget:source:)`` throws, and ``WardPlanError/Kind/budgetOverflow`` naming the plan
    ///   when its budgets for the year do not add up. The ledger is unchanged then.
    /// - Complexity: O(number of initiatives).
    @discardableResult
    public mutating func add(_ plan: OperatingPlan, source: String? = nil) throws(WardPlanError) -> Bool {
        let version = PlanVersion(of: plan, source: source)
        let start = issues.count
        let total: ThousandYen
        do {
            total = try appendIssueTotals(of: plan)
        } catch {
            issues.removeSubrange(start...)
            throw Self.overflow(in: version, error)
        }
        return try count(version, total: total, issuesFrom: start)
    }

    /// Year-over-year changes for each ward, between consecutive fiscal years present in the ledger.
    public func yearOverYear() throws(BudgetError) -> [(ward: String, from: FiscalYear, to: FiscalYear, change: BudgetChange)] {
        var result: [(ward: String, from: FiscalYear, to: FiscalYear, change: BudgetChange)] = []
        let cells = entries.map { (cell: cell(of: $0), total: $0.total) }.sorted { $0.cell < $1.cell }
        for (earlier, later) in zip(cells, cells.dropFirst()) where earlier.cell.ward == later.cell.ward {
            let change = try BudgetChange(from: earlier.total, to: later.total)
            result.append((earlier.cell.ward, earlier.cell.fiscalYear, later.cell.fiscalYear, change))
        }
        return result
    }

    /// Two ledgers are equal when they count by the same policy, hold the same ward-years with the same totals,
    /// counted versions and issues' totals, and set the same versions aside in the same order, whatever the order
    /// their ward-years first appeared in.
    public static func == (lhs: BudgetLedger, rhs: BudgetLedger) -> Bool {
        lhs.policy == rhs.policy && lhs.total == rhs.total && lhs.setAside == rhs.setAside
            && lhs.contents == rhs.contents
    }

    private var contents: [Cell: CellContents] {
        byCell { CellContents(total: $0.total, counted: $0.counted.all, issues: Array(self.issues[$0.issues])) }
    }

    /// `value` of each ward-year, by cell.
    private func byCell<Value>(_ value: (CellEntry) -> Value) -> [Cell: Value] {
        Dictionary(uniqueKeysWithValues: entries.map { (cell(of: $0), value($0)) })
    }

    private func cell(of entry: CellEntry) -> Cell { Cell(wards[entry.ward], fiscalYear: years[entry.year]) }

    private func entry(of cell: Cell) -> CellEntry? {
        guard let ward = wardTable.find(hash: cell.wardKey.hash, where: { wards[$0] == cell.wardKey }),
              let number = entryNumber(ward: ward, fiscalYear: cell.fiscalYear)
        else { return nil }
        return entries[number]
    }

    /// The number of the ward-year of the ward numbered `ward` in `fiscalYear`, if the ledger has one.
    private func entryNumber(ward: Int, fiscalYear: FiscalYear) -> Int? {
        entryTable.find(hash: Self.hash(ward: ward, startYear: fiscalYear.startYear)) { number in
            entries[number].ward == ward && entries[number].startYear == fiscalYear.startYear
        }
    }

    /// A ward-year's hash, from its ward's number and its year's.
    private static func hash(ward: Int, startYear: Int) -> Int { ward &* 0x2545_F491_4F6C_DD1D ^ startYear }

    /// Appends the totals of the issues of `plan` to `issues`; returns the plan's total.
    private mutating func appendIssueTotals(of plan: borrowing OperatingPlan) throws(BudgetError) -> ThousandYen {
        let fiscalYear = plan.fiscalYear
        return try plan.issues.withUnsafeBufferPointer { (stored) throws(BudgetError) in
            var planTotal = ThousandYen.zero
            for index in stored.indices {
                let initiatives = try IssueBudget.sumOfInitiatives(of: stored[index].strategies)
                let (total, basis) = IssueBudget.total(
                    initiativesTotal: initiatives.total, anyBudgeted: initiatives.anyBudgeted,
                    statedBudget: stored[index].budgetLines.budget(for: fiscalYear))
                planTotal = try planTotal.adding(total)
                issues.append(IssueTotal(number: stored[index].number, total: total, isBudgeted: basis != .none))
            }
            return planTotal
        }
    }

    /// Counts `version`, whose total is `amount` and whose issues' totals are the last in `issues`, from `start`, or
    /// sets it aside. All or nothing: when it throws, or sets the version aside, those totals are removed again.
    private mutating func count(
        _ version: PlanVersion, total amount: ThousandYen, issuesFrom start: Int
    ) throws(WardPlanError) -> Bool {
        do {
            let ward = wardNumber(of: version.ward)
            if let number = ward.number, let entry = entryNumber(ward: number, fiscalYear: version.fiscalYear) {
                return try count(version, total: amount, issuesFrom: start, in: entry)
            }
            try open(version, total: amount, issuesFrom: start, ward: ward)
            return true
        } catch {
            issues.removeSubrange(start...)
            throw error
        }
    }

    /// Orders the issues' totals from `start` by number, adding up those of one number; a plan's issues are nearly
    /// always in order already. Done for a version that is counted, before anything changes.
    private mutating func orderIssues(from start: Int, of version: PlanVersion) throws(WardPlanError) {
        var index = start + 1
        while index < issues.count, issues[index - 1].number < issues[index].number { index += 1 }
        guard index < issues.count else { return }
        do {
            issues.replaceSubrange(start..., with: try IssueTotal.ordered(issues[start...]))
        } catch {
            throw Self.overflow(in: version, error)
        }
    }

    /// The error for the budgets of `version` that do not add up.
    private static func overflow(in version: PlanVersion, _ error: BudgetError) -> WardPlanError {
        WardPlanError(.budgetOverflow, .planBudgetsCannotBeAdded(plan: version.description, error.message))
    }

    /// The error for totals across plans that do not fit.
    private static func overflowAcrossPlans(_ error: BudgetError) -> WardPlanError {
        WardPlanError(.budgetOverflow, .totalsAcrossPlans(error.message))
    }

    /// The key of the ward named `name`, and its number: `nil` when the ledger has no plan of it yet.
    private mutating func wardNumber(of name: String) -> (key: WardKey, number: Int?) {
        if let last = lastWard.match(name) { return (last.key, last.number) }
        let key = WardKey(name)
        guard let number = wardTable.find(hash: key.hash, where: { wards[$0] == key }) else { return (key, nil) }
        lastWard.remember(key, number: number)
        return (key, number)
    }

    /// Counts `version` as the first of its ward-year, whose ward is `ward`; its issues' totals are those from `start`.
    private mutating func open(
        _ version: PlanVersion, total amount: ThousandYen, issuesFrom start: Int, ward: (key: WardKey, number: Int?)
    ) throws(WardPlanError) {
        try orderIssues(from: start, of: version)
        let year = yearTable.find(hash: version.fiscalYear.startYear) { years[$0] == version.fiscalYear }
        let totals = try totals(adding: amount, replacing: .zero, ward: ward.number, year: year, cell: .zero)
        let wardNumber = ward.number ?? appendWard(ward.key)
        let yearNumber = year ?? appendYear(version.fiscalYear)
        let startYear = version.fiscalYear.startYear
        entryTable.insert(entries.count, hash: Self.hash(ward: wardNumber, startYear: startYear))
        entries.append(CellEntry(
            ward: wardNumber, year: yearNumber, startYear: startYear, total: .zero,
            counted: CountedVersions(CountedVersion(version: version, total: amount)),
            issues: Self.stored(start..<issues.count)))
        apply(totals, to: entries.count - 1)
    }

    /// Counts `version` in the ward-year numbered `entry` by the ledger's policy, or sets it aside; its issues' totals
    /// are those from `start`.
    private mutating func count(
        _ version: PlanVersion, total amount: ThousandYen, issuesFrom start: Int, in entry: Int
    ) throws(WardPlanError) -> Bool {
        if let same = self.version(in: entry, of: version.status) {
            throw WardPlanError(.versionConflict, .versionGivenTwice(version.description, also: same.description))
        }
        // Read field by field, no copy of the entry held: appending to its arrays (or to `setAside`) while a copy
        // holds them would copy them each time.
        let (ward, year, cellTotal) = (entries[entry].ward, entries[entry].year, entries[entry].total)
        let other = entries[entry].counted.first
        switch policy {
        case .error:
            throw WardPlanError(.versionConflict, .twoVersions(version.description, other.version.description))
        case .all:
            try orderIssues(from: start, of: version)
            let merged: [IssueTotal]
            do {
                merged = try IssueTotal.merging(issues[entries[entry].issues], issues[start...])
            } catch {
                throw Self.overflowAcrossPlans(error)
            }
            let totals = try totals(adding: amount, replacing: .zero, ward: ward, year: year, cell: cellTotal)
            apply(totals, to: entry)
            entries[entry].counted.append(CountedVersion(version: version, total: amount))
            issues.replaceSubrange(start..., with: merged)
            useIssues(from: start, for: entry)
            return true
        case .latest:
            guard version.status > other.version.status else {
                setAsideVersion(SetAsideVersion(version: version, countedInstead: other.version), in: entry)
                issues.removeSubrange(start...)
                return false
            }
            try orderIssues(from: start, of: version)
            let totals = try totals(adding: amount, replacing: other.total, ward: ward, year: year, cell: cellTotal)
            apply(totals, to: entry)
            entries[entry].counted.replaceAll(with: CountedVersion(version: version, total: amount))
            for index in entries[entry].setAsideIndices where setAside[index].countedInstead == other.version {
                setAside[index] = SetAsideVersion(version: setAside[index].version, countedInstead: version)
            }
            setAsideVersion(SetAsideVersion(version: other.version, countedInstead: version), in: entry)
            useIssues(from: start, for: entry)
            return true
        }
    }

    /// The version of the ward-year numbered `entry` in `status`, counted or set aside, if there is one.
    private func version(in entry: Int, of status: PlanStatus) -> PlanVersion? {
        if let counted = entries[entry].counted.first(where: { $0.version.status == status }) { return counted.version }
        for index in entries[entry].setAsideIndices where setAside[index].version.status == status {
            return setAside[index].version
        }
        return nil
    }

    /// The totals a plan of `amount` makes, in place of `replaced` (the version it replaces): the ledger's, those of
    /// the ward and year numbered `ward` and `year` (`nil` for one the ledger has no plan of yet) and that of a
    /// ward-year whose total is `cell`. Computed before anything changes, so that a total that does not fit changes
    /// nothing.
    private func totals(
        adding amount: ThousandYen, replacing replaced: ThousandYen, ward: Int?, year: Int?, cell: ThousandYen
    ) throws(WardPlanError) -> Totals {
        do {
            return Totals(
                ledger: try total.subtracting(replaced).adding(amount),
                ward: try (ward.map { wardTotals[$0] } ?? .zero).subtracting(replaced).adding(amount),
                year: try (year.map { yearTotals[$0] } ?? .zero).subtracting(replaced).adding(amount),
                cell: try cell.subtracting(replaced).adding(amount))
        } catch {
            throw Self.overflowAcrossPlans(error)
        }
    }

    private struct Totals {
        let ledger, ward, year, cell: ThousandYen
    }

    /// Writes `totals` into the ledger, its ward-year numbered `entry` and that ward-year's ward and year.
    private mutating func apply(_ totals: Totals, to entry: Int) {
        total = totals.ledger
        wardTotals[entries[entry].ward] = totals.ward
        yearTotals[entries[entry].year] = totals.year
        entries[entry].total = totals.cell
    }

    private mutating func appendWard(_ key: WardKey) -> Int {
        let number = wards.count
        wards.append(key)
        wardTotals.append(.zero)
        wardTable.insert(number, hash: key.hash)
        lastWard.remember(key, number: number)
        return number
    }

    private mutating func appendYear(_ year: FiscalYear) -> Int {
        let number = years.count
        years.append(year)
        yearTotals.append(.zero)
        yearTable.insert(number, hash: year.startYear)
        return number
    }

    private mutating func setAsideVersion(_ version: SetAsideVersion, in entry: Int) {
        entries[entry].setAsideIndices.append(setAside.count)
        setAside.append(version)
    }

    /// Makes the issues' totals from `start`, the last in `issues`, those of the ward-year numbered `entry` in place of
    /// its own: they move down over its own when those stand just before them, or are copied over them when as many;
    /// else its own are left unused.
    private mutating func useIssues(from start: Int, for entry: Int) {
        let own = entries[entry].issues
        let count = issues.count - start
        if own.upperBound == start {
            issues.removeSubrange(own)
            entries[entry].issues = Self.stored(own.lowerBound..<(own.lowerBound + count))
        } else if own.count == count {
            for offset in 0..<count { issues[own.lowerBound + offset] = issues[start + offset] }
            issues.removeSubrange(start...)
        } else {
            entries[entry].issues = Self.stored(start..<issues.count)
            unusedIssueSlots += own.count
            if unusedIssueSlots * 2 > issues.count { compactIssues() }
        }
    }

    /// `range` as a ward-year keeps it: `0..<0` when empty.
    private static func stored(_ range: Range<Int>) -> Range<Int> { range.isEmpty ? 0..<0 : range }

    /// Copies the issues' totals every ward-year uses into a new array, without the unused ranges.
    private mutating func compactIssues() {
        var compacted: [IssueTotal] = []
        compacted.reserveCapacity(issues.count - unusedIssueSlots)
        for entry in entries.indices {
            let start = compacted.count
            compacted.append(contentsOf: issues[entries[entry].issues])
            entries[entry].issues = Self.stored(start..<compacted.count)
        }
        issues = compacted
        unusedIssueSlots = 0
    }
}
