import Foundation
import WardPlan
import WardPlanText

/// Any bytes through the text importer, the validator and the budget roll-up: an error is fine, a trap,
/// a hang or a leak is a finding. A plan that rolls up has totals equal to the sum of its budgets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextImporter(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let imported = try? PublishedTextImporter().importPlan(from: data, file: "fuzz.txt") else { return 0 }
    _ = PlanValidator().validate(imported.plan, sourceMap: imported.sourceMap)
    guard let budgeted = try? BudgetedPlan(imported.plan) else { return 0 }
    let budgets = imported.plan.issues.flatMap(\.initiatives).compactMap(\.budget?.amount)
    precondition(budgeted.budget.total.amount == budgets.reduce(0, +), "the total is not the sum of the budgets")
    return 0
}
