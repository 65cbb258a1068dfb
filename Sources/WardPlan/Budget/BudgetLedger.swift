/// Budget totals across many plans, grouped by ward, by fiscal year, and by both.
///
/// Built one plan at a time, so a stream of plans never needs to be held in memory.
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

    /// The total over every plan added.
    public private(set) var total = ThousandYen.zero
    /// Totals by ward name.
    public private(set) var byWard: [String: ThousandYen] = [:]
    /// Totals by fiscal year.
    public private(set) var byFiscalYear: [FiscalYear: ThousandYen] = [:]
    /// Totals by ward and fiscal year.
    public private(set) var byWardAndYear: [Cell: ThousandYen] = [:]

    /// An empty ledger.
    public init() {}

    /// Adds one plan's total.
    /// - Throws: ``BudgetError/overflow(_:)`` when a total does not fit.
    public mutating func add(_ plan: OperatingPlan, budget: PlanBudget) throws(BudgetError) {
        let amount = budget.total
        let cell = Cell(ward: plan.ward.name, fiscalYear: plan.fiscalYear)
        let newTotal = try total.adding(amount)
        let newWard = try (byWard[cell.ward] ?? .zero).adding(amount)
        let newYear = try (byFiscalYear[cell.fiscalYear] ?? .zero).adding(amount)
        let newCell = try (byWardAndYear[cell] ?? .zero).adding(amount)
        total = newTotal
        byWard[cell.ward] = newWard
        byFiscalYear[cell.fiscalYear] = newYear
        byWardAndYear[cell] = newCell
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
