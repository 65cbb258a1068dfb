/// 年度 — a Japanese fiscal year, April 1 to March 31, named by the 西暦 year it starts in.
///
/// `FiscalYear(2020)` is 令和2年度 (April 2020 – March 2021). FY2019 has two names, 平成31年度 and
/// 令和元年度; both parse, and the label printed is 令和元年度.
public struct FiscalYear: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The 西暦 year in which the fiscal year starts.
    public let startYear: Int

    /// The fiscal year that starts in April of `startYear`.
    public init(_ startYear: Int) { self.startYear = startYear }

    /// The fiscal year that contains the given calendar month (January–March belong to the year before).
    public init(containingYear year: Int, month: Int) {
        self.init(month >= 4 ? year : year - 1)
    }

    /// The era that names this fiscal year, when there is one.
    public var era: JapaneseEra? { JapaneseEra.naming(fiscalYear: startYear) }

    /// The year number within its era (1 for 元年).
    public var eraYear: Int? { era.map { startYear - $0.firstYear + 1 } }

    /// 和暦 label, e.g. `令和2年度`, `令和元年度`; years before 昭和 print as `1920年度`.
    public var japaneseLabel: String {
        guard let era, let eraYear else { return "\(startYear)年度" }
        return "\(era.kanji)\(eraYear == 1 ? "元" : String(eraYear))年度"
    }

    /// Short label for narrow places such as sheet names, e.g. `R2`, `H31`… (`R1` for FY2019).
    public var shortLabel: String {
        guard let era, let eraYear else { return String(startYear) }
        return "\(era.letter)\(eraYear)"
    }

    /// 西暦 label, e.g. `2020年度`.
    public var gregorianLabel: String { "\(startYear)年度" }

    /// The first and last calendar months of the fiscal year as (year, month) pairs.
    public var months: (first: (year: Int, month: Int), last: (year: Int, month: Int)) {
        ((startYear, 4), (startYear + 1, 3))
    }

    /// Whether the calendar month lies inside this fiscal year.
    public func contains(year: Int, month: Int) -> Bool {
        FiscalYear(containingYear: year, month: month) == self
    }

    /// The fiscal year before this one.
    public var previous: FiscalYear { FiscalYear(startYear - 1) }

    public var description: String { japaneseLabel }

    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool { lhs.startYear < rhs.startYear }

    /// The years a canonical plan may name: 西暦 1000 to 9999 (anything else is a typing slip, and
    /// arithmetic on it could overflow).
    public static let validYears = 1000...9999

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let year = try container.decode(Int.self)
        guard Self.validYears.contains(year) else {
            throw DecodingFailure.corrupted(.yearOutOfRange(year), at: container.codingPath)
        }
        self.init(year)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(startYear)
    }
}
