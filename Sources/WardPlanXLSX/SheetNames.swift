import WardPlan

/// The names of a plan's form sheets, built from ward and fiscal year: `東住吉R2_様式1`.
enum SheetNames {
    /// The prefix of a plan's sheets: the ward's name without its final 区, and the short year.
    static func prefix(of plan: OperatingPlan) -> String {
        var ward = plan.ward.name
        if ward.hasSuffix("区") && ward.count > 1 { ward.removeLast() }
        let year = plan.fiscalYear.shortLabel
        return String(ward.prefix(31 - year.count - "_様式1".count)) + year
    }

    static func form(_ number: Int, of plan: OperatingPlan) -> String { "\(prefix(of: plan))_様式\(number)" }
}
