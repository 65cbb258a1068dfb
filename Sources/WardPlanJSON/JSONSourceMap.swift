import WardPlan

/// Where the parts of a plan decoded from JSON stand, so that validation points at the line and column
/// of the 経営課題, 戦略, 具体的取組 or budget at fault, as it does for published text.
enum JSONSourceMap {
    /// The map of `plan`, from the positions ``JSONSyntax`` found by path.
    static func make(for plan: OperatingPlan, positions: [String: JSONSyntax.Position], file: String?) -> SourceMap {
        var map = SourceMap(file: file)
        func record(_ element: PlanElement, _ path: String) {
            if let position = positions[path] { map.record(element, line: position.line, column: position.column) }
        }
        record(.plan, "")
        record(.head, "head")
        record(.goal, "goal")
        record(.mission, "mission")
        record(.policy, "policy")
        record(.selfEvaluation, "selfEvaluation")
        for (i, issue) in plan.issues.enumerated() {
            let issuePath = "issues[\(i)]"
            record(.issue(issue.number), issuePath)
            for (j, strategy) in issue.strategies.enumerated() {
                let strategyPath = "\(issuePath).strategies[\(j)]"
                record(.strategy(strategy.id), strategyPath)
                for (k, initiative) in strategy.initiatives.enumerated() {
                    let initiativePath = "\(strategyPath).initiatives[\(k)]"
                    record(.initiative(initiative.id), initiativePath)
                    record(.budget(initiative.id), "\(initiativePath).budget")
                }
            }
        }
        for (r, item) in plan.reformItems.enumerated() { record(.reformItem(item.number), "reformItems[\(r)]") }
        return map
    }
}
