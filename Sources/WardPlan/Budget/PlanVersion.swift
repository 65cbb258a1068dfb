/// 版 — one published version of a ward's plan for a fiscal year: 素案, 案, 確定, 中間振り返り or 自己評価.
public struct PlanVersion: Sendable, Hashable, CustomStringConvertible {
    /// The ward's name.
    public let ward: String
    /// The fiscal year.
    public let fiscalYear: FiscalYear
    /// The state the version was published in.
    public let status: PlanStatus
    /// Where it came from (the input the user named), for messages.
    public let source: String?

    /// The version of `plan`, read from `source`.
    public init(of plan: OperatingPlan, source: String? = nil) {
        ward = plan.ward.name
        fiscalYear = plan.fiscalYear
        status = plan.status
        self.source = source
    }

    /// Whether `lhs` comes before `rhs` in lists of plans: ward in the city's order, then fiscal year, then
    /// state (素案 → 自己評価).
    public static func isInReadingOrder(_ lhs: PlanVersion, before rhs: PlanVersion) -> Bool {
        if lhs.ward != rhs.ward { return Ward.isInCityOrder(lhs.ward, before: rhs.ward) }
        if lhs.fiscalYear != rhs.fiscalYear { return lhs.fiscalYear < rhs.fiscalYear }
        return lhs.status < rhs.status
    }

    /// `東住吉区 令和2年度 案 (plan.txt)`.
    public var description: String {
        "\(ward) \(fiscalYear.japaneseLabel) \(status.japaneseName)" + (source.map { " (\($0))" } ?? "")
    }
}

/// How totals treat several versions of one ward's plan for one fiscal year.
public enum VersionPolicy: String, Sendable, CaseIterable {
    /// Count the most advanced version (自己評価 > 中間振り返り > 確定 > 案 > 素案) and set the others aside.
    case latest
    /// Count every version: 案 and 確定 of one year are added together.
    case all
    /// Refuse a second version of a ward's plan for a year.
    case error
}

/// A version left out of the totals, and the version of the same ward and year counted instead.
public struct SetAsideVersion: Sendable, Hashable {
    /// The version left out.
    public let version: PlanVersion
    /// The version counted in its place.
    public let countedInstead: PlanVersion
}
