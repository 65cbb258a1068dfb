import WardPlan

/// The names of a plan's form sheets, built from ward and fiscal year — `東住吉R2_様式1` — and, in a
/// workbook of several plans, the state too (`東住吉R2案_様式1`, `東住吉R2確定_様式1`), so that versions of
/// one ward-year sit side by side. Always 31 characters or fewer: the ward's name is shortened to fit.
enum SheetNames {
    /// The prefix of a plan's sheets: the ward's name without its final 区, the short year, and the state
    /// when `withState`.
    static func prefix(of plan: OperatingPlan, withState: Bool) -> String {
        var ward = plan.ward.name
        if ward.hasSuffix("区") && ward.count > 1 { ward.removeLast() }
        let rest = plan.fiscalYear.shortLabel + (withState ? plan.status.japaneseName : "")
        return String(ward.prefix(31 - rest.count - "_様式1".count)) + rest
    }

    static func form(_ number: Int, of plan: OperatingPlan, withState: Bool) -> String {
        "\(prefix(of: plan, withState: withState))_様式\(number)"
    }
}
