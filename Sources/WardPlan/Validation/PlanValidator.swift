/// Checks a plan's structure and content, reporting errors and warnings with their locations.
///
/// Errors: a missing goal or mission; an issue with no strategy; duplicate numbers or ids, numbers below 1; an id whose
/// prefix disagrees with its parent (取組1-3-1 under 戦略1-2); a negative budget; totals that overflow.
/// Warnings: a missing head or policy, a plan with no issue, a strategy with no initiative, an empty title,
/// a control character or noncharacter in any text (see ``ControlCharacters``).
/// Skipped numbers (戦略2-1 then 2-4) are normal and not reported.
public struct PlanValidator: Sendable {
    /// Creates a validator.
    public init() {}

    /// Every problem of `plan`, located through `sourceMap` when the plan was imported from text.
    public func validate(_ plan: OperatingPlan, sourceMap: SourceMap = SourceMap()) -> [Diagnostic] {
        var report = ValidationReport(sourceMap: sourceMap)
        checkFrontMatter(plan, &report)
        checkIssues(plan, &report)
        checkReformItems(plan, &report)
        plan.forEachText { field in
            guard let scalar = ControlCharacters.first(in: field.text) else { return }
            report.add(.warning, "\(field.name) holds \(ControlCharacters.code(scalar)), a control character or noncharacter, "
                        + "which documents such as web pages cannot hold; remove it from the plan", field.element)
        }
        if case .failure(let error) = Result(catching: { try PlanBudget(plan) }) {
            report.add(.error, "the plan's budgets cannot be added up: \(error)", .plan)
        }
        return report.diagnostics
    }

    private func checkFrontMatter(_ plan: OperatingPlan, _ report: inout ValidationReport) {
        if isBlank(plan.goal) { report.add(.error, "the plan has no 区の目標 (goal)", .goal) }
        if isBlank(plan.mission) { report.add(.error, "the plan has no 区の使命 (mission)", .mission) }
        if isBlank(plan.head) { report.add(.warning, "the plan names no 区長 (head)", .head) }
        if plan.policy.isEmpty { report.add(.warning, "the plan has no 区運営の基本的な考え方 (policy)", .policy) }
        if plan.issues.isEmpty { report.add(.warning, "the plan has no 経営課題 (management issue)", .plan) }
    }

    private func checkIssues(_ plan: OperatingPlan, _ report: inout ValidationReport) {
        var seenIssues = Set<Int>()
        var seenIDs = Set<ItemID>()
        for issue in plan.issues {
            let element = PlanElement.issue(issue.number)
            checkNumbered(issue.number, title: issue.title, kind: "経営課題", element: element, seen: &seenIssues, &report)
            if issue.strategies.isEmpty { report.add(.error, "経営課題 \(issue.number) has no 戦略 (strategy)", element) }
            for strategy in issue.strategies {
                checkStrategy(strategy, in: issue, seenIDs: &seenIDs, &report)
            }
        }
    }

    private func checkStrategy(
        _ strategy: Strategy, in issue: ManagementIssue, seenIDs: inout Set<ItemID>, _ report: inout ValidationReport
    ) {
        let element = PlanElement.strategy(strategy.id)
        checkID(strategy.id, kind: "戦略", depth: 2, parent: ItemID([issue.number]), parentName: "経営課題 \(issue.number)",
                element: element, seenIDs: &seenIDs, &report)
        if isBlank(strategy.title) { report.add(.warning, "戦略 \(strategy.id) has no title", element) }
        if strategy.initiatives.isEmpty {
            report.add(.warning, "戦略 \(strategy.id) has no 具体的取組 (initiative)", element)
        }
        for initiative in strategy.initiatives {
            let initiativeElement = PlanElement.initiative(initiative.id)
            checkID(initiative.id, kind: "具体的取組", depth: 3, parent: strategy.id, parentName: "戦略 \(strategy.id)",
                    element: initiativeElement, seenIDs: &seenIDs, &report)
            if isBlank(initiative.title) {
                report.add(.warning, "具体的取組 \(initiative.id) has no title", initiativeElement)
            }
            if let budget = initiative.budget, budget.amount < 0 {
                report.add(.error, "具体的取組 \(initiative.id) has a negative budget (\(budget))", .budget(initiative.id))
            }
        }
    }

    private func checkID(
        _ id: ItemID, kind: String, depth: Int, parent: ItemID?, parentName: String,
        element: PlanElement, seenIDs: inout Set<ItemID>, _ report: inout ValidationReport
    ) {
        if !seenIDs.insert(id).inserted { report.add(.error, "\(kind) \(id) appears more than once", element) }
        if id.components.count != depth {
            report.add(.error, "\(kind) \(id) should have \(depth) numbers", element)
        } else if let parent, !id.hasPrefix(parent) {
            report.add(.error, "\(kind) \(id) sits under \(parentName), so its id should begin with \(parent)", element)
        }
    }

    private func checkReformItems(_ plan: OperatingPlan, _ report: inout ValidationReport) {
        var seen = Set<Int>()
        for item in plan.reformItems {
            checkNumbered(item.number, title: item.title, kind: "取組項目", element: .reformItem(item.number), seen: &seen, &report)
        }
    }

    /// A numbered item (経営課題 N, 取組項目 N): its number is unique and it has a title.
    private func checkNumbered(
        _ number: Int, title: String, kind: String, element: PlanElement, seen: inout Set<Int>, _ report: inout ValidationReport
    ) {
        if number < 1 { report.add(.error, "\(kind) \(number) is not a number plans use (1, 2, 3, …)", element) }
        if !seen.insert(number).inserted { report.add(.error, "\(kind) \(number) appears more than once", element) }
        if isBlank(title) { report.add(.warning, "\(kind) \(number) has no title", element) }
    }

    private func isBlank(_ text: String?) -> Bool {
        text?.allSatisfy(\.isWhitespace) ?? true
    }
}

/// Diagnostics gathered by a validation, each placed through the source map.
private struct ValidationReport {
    let sourceMap: SourceMap
    var diagnostics: [Diagnostic] = []

    mutating func add(_ severity: Diagnostic.Severity, _ message: String, _ element: PlanElement) {
        diagnostics.append(Diagnostic(severity, message, at: sourceMap.location(of: element)))
    }
}
