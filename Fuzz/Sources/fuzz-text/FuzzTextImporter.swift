import Foundation
import WardPlan
import WardPlanText

/// Any bytes through the text importer, the validator and the budget roll-up: an error is fine, a trap,
/// a hang or a leak is a finding. Every line is accounted for by a path that read it (never by the
/// importer's last-resort warning), and a plan that rolls up has each issue's total from its basis: the sum of
/// its budgeted 具体的取組, else its own 予算額 line for the year.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextImporter(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let imported = try? PublishedTextImporter().importPlan(from: data, file: "fuzz.txt") else { return 0 }
    precondition(!imported.lines.contains(.unread), "a line is left unread")
    precondition(!imported.diagnostics.contains { $0.message.english == "this line was not read into the plan" },
                 "a line was read by no path")
    _ = imported.validation()
    guard let budgeted = try? BudgetedPlan(imported.plan) else { return 0 }
    var total = 0
    for issue in imported.plan.issues {
        let budgets = issue.initiatives.compactMap(\.budget?.amount)
        total += budgets.isEmpty ? issue.budgetLines.budget(for: imported.plan.fiscalYear)?.amount ?? 0 : budgets.reduce(0, +)
    }
    precondition(budgeted.budget.total.amount == total, "the total is not the sum of each issue's budget")
    return 0
}
