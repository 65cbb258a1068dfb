extension BudgetLedger {
    /// The key of a ward × fiscal year cell.
    public struct Cell: Sendable, Hashable, Comparable {
        /// The ward's name with its hash, taken once.
        let wardKey: WardKey
        /// The fiscal year.
        public let fiscalYear: FiscalYear

        /// The ward's name.
        public var ward: String { wardKey.name }

        /// The cell of `ward` in `fiscalYear`.
        public init(ward: String, fiscalYear: FiscalYear) { self.init(WardKey(ward), fiscalYear: fiscalYear) }

        init(_ ward: WardKey, fiscalYear: FiscalYear) {
            wardKey = ward
            self.fiscalYear = fiscalYear
        }

        public static func == (lhs: Cell, rhs: Cell) -> Bool {
            lhs.fiscalYear == rhs.fiscalYear && lhs.wardKey == rhs.wardKey
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(wardKey.hash ^ fiscalYear.startYear &* 0x9E37_79B9)
        }

        public static func < (lhs: Cell, rhs: Cell) -> Bool {
            (lhs.ward, lhs.fiscalYear.startYear) < (rhs.ward, rhs.fiscalYear.startYear)
        }
    }
}
