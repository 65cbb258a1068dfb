import ArgumentParser
import WardPlan

/// What `export --split-by` makes one output of: each ward, each fiscal year, or each plan.
enum SplitKey: String, ExpressibleByArgument, CaseIterable, Sendable {
    case ward, year, plan

    /// The name of the output `plan` goes to (without extension): `東住吉区`, `2020`, `東住吉区-2020-draft`.
    /// A character a file name cannot hold (`/`, a control character) becomes `_`.
    func outputName(of plan: OperatingPlan) -> String {
        let name = switch self {
        case .ward: plan.ward.name
        case .year: String(plan.fiscalYear.startYear)
        case .plan: "\(plan.ward.name)-\(plan.fiscalYear.startYear)-\(plan.status.rawValue)"
        }
        let safe = String(String.UnicodeScalarView(name.unicodeScalars.map { $0 == "/" || $0.value < 0x20 || $0.value == 0x7F ? "_" : $0 }))
        return safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
    }
}
