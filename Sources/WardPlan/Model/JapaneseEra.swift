/// 元号 — the Japanese eras that fiscal-year labels use.
public enum JapaneseEra: String, Sendable, Codable, CaseIterable, Hashable {
    /// 昭和 — 1926 to 1989.
    case showa
    /// 平成 — 1989 to 2019.
    case heisei
    /// 令和 — from 2019.
    case reiwa

    /// The era's name in kanji, e.g. `令和`.
    public var kanji: String {
        switch self {
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    /// The era's one-letter romanisation, e.g. `R`.
    public var letter: String {
        switch self {
        case .showa: "S"
        case .heisei: "H"
        case .reiwa: "R"
        }
    }

    /// The 西暦 year that is the era's first year (元年).
    public var firstYear: Int {
        switch self {
        case .showa: 1926
        case .heisei: 1989
        case .reiwa: 2019
        }
    }

    /// The 西暦 year of the era's year `number` (1 = 元年).
    public func gregorianYear(_ number: Int) -> Int { firstYear + number - 1 }

    /// The era that names fiscal years starting in `gregorianYear`: the newest era begun by then,
    /// so FY2019 is 令和元年度 and FY1989 平成元年度. `nil` before 1926.
    public static func naming(fiscalYear gregorianYear: Int) -> JapaneseEra? {
        allCases.last { $0.firstYear <= gregorianYear }
    }
}
