import ArgumentParser
import WardPlan

/// What `export --split-by` makes one output of: each ward, each fiscal year, or each plan.
enum SplitKey: String, ExpressibleByArgument, CaseIterable, Sendable {
    case ward, year, plan

    /// The group `plan` belongs to, as it reads: `東住吉区`, `2020`, `東住吉区-2020-draft`.
    func group(of plan: OperatingPlan) -> String {
        switch self {
        case .ward: plan.ward.name
        case .year: String(plan.fiscalYear.startYear)
        case .plan: "\(plan.ward.name)-\(plan.fiscalYear.startYear)-\(plan.status.rawValue)"
        }
    }

    /// The file name (without extension) of a group's output, not yet in `taken`: a character a file name
    /// cannot hold (`/`, a control character) becomes `_`, a name that is empty or starts with `.` gets a `_`
    /// in front, and a name already taken (two groups alike once cleaned, `a/b` and `a_b`) gets `~2`, `~3`, ….
    static func fileName(of group: String, notIn taken: Set<String>) -> String {
        let safe = String(String.UnicodeScalarView(group.unicodeScalars.map { $0 == "/" || $0.value < 0x20 || $0.value == 0x7F ? "_" : $0 }))
        let name = safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
        guard taken.contains(name) else { return name }
        var suffix = 2
        while taken.contains("\(name)~\(suffix)") { suffix += 1 }
        return "\(name)~\(suffix)"
    }
}
