/// Checks a plan's structure and content, reporting errors and warnings with their locations.
///
/// Errors: a missing goal or mission; an issue with no strategy; duplicate numbers or ids, numbers below 1; an id whose
/// prefix disagrees with its parent (取組1-3-1 under 戦略1-2); a negative budget; totals that overflow; an SDG
/// number outside 1–17.
/// Warnings: a missing head or policy, a plan with no issue, a strategy with no initiative, an empty title,
/// a control character or noncharacter in any text (see ``ControlCharacters``), an issue whose stated 予算額
/// differs from the sum of its 具体的取組, a ward name that is nearly one of Osaka City's.
/// Notes: a ward that is not one of Osaka City's 24 (no 全国地方公共団体コード can be given).
/// Skipped numbers (戦略2-1 then 2-4) are normal and not reported. What a layout does not carry (web pages name
/// no 区長; the 2023+ layout has no 具体的取組) is not asked for: see ``Expectations``.
public struct PlanValidator: Sendable {
    /// The parts a plan's source layout carries; a part it does not carry is not reported missing.
    public struct Expectations: Sendable, Equatable {
        /// The 区長 line (様式1 documents print it; the city's web pages do not).
        public var head: Bool
        /// 具体的取組 under each 戦略 (the 2023+ layout lists strategies only).
        public var initiatives: Bool

        /// Creates expectations.
        public init(head: Bool = true, initiatives: Bool = true) {
            self.head = head
            self.initiatives = initiatives
        }

        /// Every part: what the model and the 様式 documents carry.
        public static let all = Expectations()
    }

    /// What the plan's layout carries.
    public var expectations: Expectations

    /// Creates a validator that asks for what `expectations` names.
    public init(expecting expectations: Expectations = .all) { self.expectations = expectations }

    /// Every problem of `plan`, located through `sourceMap` when the plan was imported from text.
    public func validate(_ plan: OperatingPlan, sourceMap: SourceMap = SourceMap()) -> [Diagnostic] {
        var report = ValidationReport(sourceMap: sourceMap)
        checkFrontMatter(plan, &report)
        checkIssues(plan, &report)
        checkReformItems(plan, &report)
        plan.forEachText { field in
            guard let scalar = ControlCharacters.first(in: field.text) else { return }
            report.add(.warning, .controlCharacter(in: field.name, code: ControlCharacters.code(scalar)), field.element)
        }
        do throws(BudgetError) { _ = try PlanBudget(plan) } catch {
            report.add(.error, .budgetsCannotBeAdded(error.message), .plan)
        }
        return report.diagnostics
    }

    private func checkFrontMatter(_ plan: OperatingPlan, _ report: inout ValidationReport) {
        if isBlank(plan.goal) { report.add(.error, .noGoal, .goal) }
        if isBlank(plan.mission) { report.add(.error, .noMission, .mission) }
        if expectations.head, isBlank(plan.head) { report.add(.warning, .noHead, .head) }
        checkWard(plan.ward, &report)
        if plan.policy.isEmpty { report.add(.warning, .noPolicy, .policy) }
        if plan.issues.isEmpty { report.add(.warning, .noIssue, .plan) }
    }

    private func checkIssues(_ plan: OperatingPlan, _ report: inout ValidationReport) {
        var seenIssues = Set<Int>()
        var seenIDs = Set<ItemID>()
        seenIDs.reserveCapacity(plan.issues.reduce(0) { count, issue in
            issue.strategies.reduce(count + issue.strategies.count) { $0 + $1.initiatives.count }
        })
        let budget = try? PlanBudget(plan)
        for (index, issue) in plan.issues.enumerated() {
            let element = PlanElement.issue(issue.number)
            checkNumbered(issue.number, title: issue.title, kind: "経営課題", element: element, seen: &seenIssues, &report)
            if issue.strategies.isEmpty { report.add(.error, .issueWithoutStrategy(issue.publishedNumber), element) }
            for goal in issue.sdgs where !(1...17).contains(goal) {
                report.add(.error, .sdgOutOfRange(issue: issue.publishedNumber, goal: goal), element)
            }
            if let rollUp = budget?.issues[index], rollUp.basis == .none,
                issue.budgetLines.contains(where: { $0.kind == .budget })
            {
                let years = issue.budgetLines.filter { $0.kind == .budget }.map(\.fiscalYear.japaneseLabel).joined(separator: ", ")
                report.add(.warning, .budgetForOtherYearsOnly(issue: issue.publishedNumber, years: years, planYear: plan.fiscalYear.japaneseLabel),
                           element)
            }
            if let rollUp = budget?.issues[index], rollUp.statedBudgetDisagrees, let stated = rollUp.statedBudget {
                report.add(.warning, .statedBudgetDiffers(issue: issue.publishedNumber, planYear: plan.fiscalYear.japaneseLabel,
                                                          stated: stated.description, initiatives: rollUp.initiativesTotal.description), element)
            }
            for strategy in issue.strategies {
                checkStrategy(strategy, in: issue, seenIDs: &seenIDs, &report)
            }
        }
    }

    private func checkStrategy(
        _ strategy: Strategy, in issue: ManagementIssue, seenIDs: inout Set<ItemID>, _ report: inout ValidationReport
    ) {
        let element = PlanElement.strategy(strategy.id)
        checkID(strategy.id, kind: "戦略", depth: 2, parent: ItemID([issue.idPrefix]), parentName: "経営課題 \(issue.publishedNumber)",
                element: element, seenIDs: &seenIDs, &report)
        if isBlank(strategy.title) { report.add(.warning, .untitled("戦略", strategy.id.description), element) }
        if expectations.initiatives, strategy.initiatives.isEmpty {
            report.add(.warning, .strategyWithoutInitiative(strategy.id.description), element)
        }
        // By index: an initiative is read where it stands, not copied with all its text.
        for index in strategy.initiatives.indices {
            let id = strategy.initiatives[index].id
            let initiativeElement = PlanElement.initiative(id)
            checkID(id, kind: "具体的取組", depth: 3, parent: strategy.id, parentName: "戦略 \(strategy.id)",
                    element: initiativeElement, seenIDs: &seenIDs, &report)
            if isBlank(strategy.initiatives[index].title) {
                report.add(.warning, .untitled("具体的取組", id.description), initiativeElement)
            }
            if let budget = strategy.initiatives[index].budget, budget.amount < 0 {
                report.add(.error, .negativeBudget(initiative: id.description, budget: budget.description), .budget(id))
            }
        }
    }

    private func checkID(
        _ id: ItemID, kind: String, depth: Int, parent: ItemID?, parentName: @autoclosure () -> String,
        element: PlanElement, seenIDs: inout Set<ItemID>, _ report: inout ValidationReport
    ) {
        if !seenIDs.insert(id).inserted { report.add(.error, .appearsTwice(kind, id.description), element) }
        if id.depth != depth {
            report.add(.error, .idDepth(kind, id.description, depth: depth), element)
        } else if let parent, !id.hasPrefix(parent) {
            report.add(.error, .idOutsideParent(kind, id.description, parentName: parentName(), parent: parent.description), element)
        }
    }

    private func checkWard(_ ward: Ward, _ report: inout ValidationReport) {
        guard Ward(osakaCityName: ward.name) == nil else { return }
        if let nearest = Ward.nearestOsakaCityWard(to: ward.name) {
            report.add(.warning, .wardNearlyOsaka(ward.name, nearest: nearest.name), .plan)
        } else {
            report.add(.note, .wardOutsideOsaka(ward.name), .plan)
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
        if number < 1 { report.add(.error, .numberNotUsed(kind, number), element) }
        if !seen.insert(number).inserted { report.add(.error, .appearsTwice(kind, String(number)), element) }
        if isBlank(title) { report.add(.warning, .untitled(kind, String(number)), element) }
    }

    private func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        // A character is white space when its first scalar is: a text that starts with anything else, as almost
        // every title does, is not blank, which its first scalar tells without breaking it into characters. No
        // scalar above U+3000 (the ideographic space) is white space, so kana and kanji need no property look-up.
        if let first = text.unicodeScalars.first,
            first.isASCII
                ? !(first == " " || (0x09...0x0D).contains(first.value)) : first.value > 0x3000 || !first.properties.isWhitespace
        {
            return false
        }
        return text.allSatisfy(\.isWhitespace)
    }
}

/// Diagnostics gathered by a validation, each placed through the source map.
private struct ValidationReport {
    let sourceMap: SourceMap
    var diagnostics: [Diagnostic] = []

    mutating func add(_ severity: Diagnostic.Severity, _ message: Message, _ element: PlanElement) {
        diagnostics.append(Diagnostic(severity, message, at: sourceMap.location(of: element)))
    }
}
