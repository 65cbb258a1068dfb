/// アウトカム指標 — an outcome indicator of a strategy or a 経営課題, with its targets and results by year.
public struct OutcomeIndicator: Sendable, Codable, Equatable, Hashable {
    /// What is measured, as written.
    public var name: String
    /// The overall target, as written (e.g. `80%以上`).
    public var target: String?
    /// Targets and actual values year by year.
    public var measurements: [Measurement]

    /// Creates an indicator.
    public init(name: String, target: String? = nil, measurements: [Measurement] = []) {
        self.name = name
        self.target = target
        self.measurements = measurements
    }

    /// The target and the actual value of an indicator for one fiscal year, as written.
    public struct Measurement: Sendable, Codable, Equatable, Hashable {
        /// The fiscal year measured.
        public var fiscalYear: FiscalYear
        /// The year's target.
        public var target: String?
        /// The year's actual value.
        public var actual: String?
        /// 達成状況 — the achievement rating as published (`A`, `B`, `C`…).
        public var rating: String?

        /// Creates a measurement.
        public init(fiscalYear: FiscalYear, target: String? = nil, actual: String? = nil, rating: String? = nil) {
            self.fiscalYear = fiscalYear
            self.target = target
            self.actual = actual
            self.rating = rating
        }
    }
}
