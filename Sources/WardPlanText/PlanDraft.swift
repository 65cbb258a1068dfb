import WardPlan
import WardPlanMessages

/// The parts of a plan gathered so far, before ward and fiscal year are settled.
struct PlanDraft {
    var title: PlanHeader.Title?
    var head: String?
    var mentionedYear: FiscalYear?
    /// The state a progress notice on the page names (`…「自己評価」欄に反映しています。`).
    var noticeStatus: PlanStatus?
    /// Whether the text is a 様式 document (tab-separated cells, a 区長 line) rather than a web page.
    var isFormDocument = false
    var goal: [String] = []
    var mission: [String] = []
    var policy: [String] = []
    var issues: [ManagementIssue] = []
    var reformItems: [ReformItem] = []
    var achievements: [String] = []
    var issuesAndImprovements: [String] = []
    var overallEvaluation: [String] = []
    var futurePolicy: [String] = []

    /// The finished plan, or an error when the text never named its ward or fiscal year.
    func plan(file: String?) throws(WardPlanError) -> OperatingPlan {
        guard let title else {
            throw WardPlanError(.invalidInput, .noTitleLine,
                             at: SourceLocation(file: file, line: 1))
        }
        guard let fiscalYear = title.fiscalYear ?? mentionedYear else {
            throw WardPlanError(.invalidInput, .titleWithoutYear, at: SourceLocation(file: file, line: 1))
        }
        let evaluation = SelfEvaluation(achievements: Self.joined(achievements),
                                        issuesAndImprovements: Self.joined(issuesAndImprovements),
                                        overall: Self.joined(overallEvaluation), futurePolicy: Self.joined(futurePolicy))
        return OperatingPlan(
            ward: Ward(osakaCityName: title.ward) ?? Ward(name: title.ward), fiscalYear: fiscalYear,
            status: max(title.status, noticeStatus ?? title.status), title: title.text, head: head,
            goal: Self.joined(goal), mission: Self.joined(mission), policy: policy, issues: issues,
            reformItems: reformItems, selfEvaluation: evaluation.isEmpty ? nil : evaluation)
    }

    /// Gives the issues their final numbers, once all are read: when any is sub-numbered (`1-(2)`), every issue
    /// is numbered by position and keeps its published number as its label, so that numbers stay unique.
    mutating func numberIssues() {
        guard issues.contains(where: { $0.label != nil }) else { return }
        for index in issues.indices {
            issues[index].label = issues[index].label ?? String(issues[index].number)
            issues[index].number = index + 1
        }
    }

    /// What the text's layout carries, for validation: web pages name no 区長; the 2023+ layout (issue-level
    /// budget lines, strategies listed without tags) has no 具体的取組.
    var expectations: PlanValidator.Expectations {
        let listsStrategiesOnly = issues.contains { !$0.budgetLines.isEmpty || !$0.sdgs.isEmpty }
            && issues.allSatisfy { $0.initiatives.isEmpty }
        return PlanValidator.Expectations(head: isFormDocument, initiatives: !listsStrategiesOnly)
    }

    private static func joined(_ paragraphs: [String]) -> String? {
        paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n")
    }

    // MARK: - Items

    func title(of ref: ItemRef) -> String {
        switch ref {
        case .issue(let i): issues[i].title
        case .strategy(let i, let s): issues[i].strategies[s].title
        case .initiative(let i, let s, let k): issues[i].strategies[s].initiatives[k].title
        case .reformItem(let r): reformItems[r].title
        }
    }

    /// How messages name the item: `経営課題 1`, `戦略 1-2`, `具体的取組 1-2-3`, `取組項目 1`.
    func name(of ref: ItemRef) -> String {
        switch ref {
        case .issue(let i): "経営課題 \(issues[i].number)"
        case .strategy(let i, let s): "戦略 \(issues[i].strategies[s].id)"
        case .initiative(let i, let s, let k): "具体的取組 \(issues[i].strategies[s].initiatives[k].id)"
        case .reformItem(let r): "取組項目 \(reformItems[r].number)"
        }
    }

    mutating func setTitle(of ref: ItemRef, to title: String) {
        switch ref {
        case .issue(let i): issues[i].title = title
        case .strategy(let i, let s): issues[i].strategies[s].title = title
        case .initiative(let i, let s, let k): issues[i].strategies[s].initiatives[k].title = title
        case .reformItem(let r): reformItems[r].title = title
        }
    }

    /// Adds a paragraph of text to a field of an item.
    mutating func append(_ text: String, to field: ItemField, of ref: ItemRef) {
        switch (ref, field) {
        case (.issue(let i), .body): Self.append(text, to: &issues[i].summary)
        case (.issue(let i), .targetState): Self.append(text, to: &issues[i].targetState)
        case (.issue(let i), .currentSituation): Self.append(text, to: &issues[i].currentSituation)
        case (.issue(let i), .causeAnalysis): Self.append(text, to: &issues[i].causeAnalysis)
        case (.issue(let i), .problemRecognition): Self.append(text, to: &issues[i].problemRecognition)
        case (.issue(let i), .problem): Self.append(text, to: &issues[i].problem)
        case (.strategy(let i, let s), .targetState): Self.append(text, to: &issues[i].strategies[s].targetState)
        case (.strategy(let i, let s), .body): Self.append(text, to: &issues[i].strategies[s].description)
        case (.strategy(let i, let s), .interimReview): Self.append(text, to: &issues[i].strategies[s].interimReview)
        case (.strategy(let i, let s), .selfEvaluation): Self.append(text, to: &issues[i].strategies[s].selfEvaluation)
        case (.initiative(let i, let s, let k), .body):
            Self.append(text, to: &issues[i].strategies[s].initiatives[k].description)
        case (.initiative(let i, let s, let k), .performanceTarget):
            Self.append(text, to: &issues[i].strategies[s].initiatives[k].performanceTarget)
        case (.initiative(let i, let s, let k), .interimReview):
            Self.append(text, to: &issues[i].strategies[s].initiatives[k].interimReview)
        case (.initiative(let i, let s, let k), .selfEvaluation):
            Self.append(text, to: &issues[i].strategies[s].initiatives[k].selfEvaluation)
        case (.reformItem(let r), .body): reformItems[r].actions.append(text)
        case (.reformItem(let r), .reformTarget): Self.append(text, to: &reformItems[r].target)
        case (.reformItem(let r), .interimReview): Self.append(text, to: &reformItems[r].interimReview)
        case (.reformItem(let r), .selfEvaluation): Self.append(text, to: &reformItems[r].selfEvaluation)
        default:
            // A field the item does not have (a 業績目標 under an issue, say) goes to the item's body.
            append(text, to: .body, of: ref)
        }
    }

    /// Appends in place: a field gathered from many lines costs time in proportion to its length.
    private static func append(_ text: String, to field: inout String?) {
        guard field != nil else {
            field = text
            return
        }
        field!.append("\n")
        field!.append(text)
    }

    /// Changes the outcome indicators of an issue or a strategy in place (no copy of the list per line);
    /// `nil` for an item that has none.
    mutating func withIndicators<Result>(of ref: ItemRef, _ body: (inout [OutcomeIndicator]) -> Result) -> Result? {
        switch ref {
        case .issue(let i): body(&issues[i].outcomeIndicators)
        case .strategy(let i, let s): body(&issues[i].strategies[s].outcomeIndicators)
        case .initiative, .reformItem: nil
        }
    }

    // MARK: - Finding and adding items

    /// Where each item is, so that finding one again costs O(1) (O(log n) for a 具体的取組) however long the plan.
    private var issueByNumber: [Int: Int] = [:]
    private var issueByLabel: [String: Int] = [:]
    private var strategyByID: [StrategyKey: Int] = [:]
    /// The strategies whose 具体的取組 did not come in ascending order of id: theirs are found through
    /// `initiativeByID`. Every other strategy's are in order and found by halves, as most plans publish them, so
    /// that a plan of tens of thousands of them needs no table for them.
    private var unorderedStrategies: Set<StrategyRef> = []
    private var initiativeByID: [InitiativeKey: Int] = [:]
    private var reformItemByNumber: [Int: Int] = [:]

    private struct StrategyKey: Hashable {
        let issue: Int
        let id: ItemID
    }


    private struct InitiativeKey: Hashable {
        let strategy: StrategyRef
        let id: ItemID
    }

    /// Where an id stands among initiatives in ascending order of id.
    private enum OrderedPlace {
        case found(Int)
        /// After the last: a new initiative that keeps the order.
        case end
        /// Between two: a new initiative out of order.
        case inside
    }

    mutating func issueIndex(number: Int) -> (index: Int, isNew: Bool) {
        if let index = issueByNumber[number] { return (index, false) }
        issues.append(ManagementIssue(number: number, title: ""))
        issueByNumber[number] = issues.count - 1
        return (issues.count - 1, true)
    }

    /// The sub-numbered issue published as `label` (`1-(2)`), folded for matching; numbered for now by `number`.
    mutating func issueIndex(label: String, folded: String, number: Int) -> (index: Int, isNew: Bool) {
        if let index = issueByLabel[folded] { return (index, false) }
        issues.append(ManagementIssue(number: number, title: "", label: label))
        issueByLabel[folded] = issues.count - 1
        return (issues.count - 1, true)
    }

    /// The index of the strategy `id` in the issue at `issue`, if it is there.
    func existingStrategy(_ id: ItemID, inIssue issue: Int) -> Int? {
        strategyByID[StrategyKey(issue: issue, id: id)]
    }

    /// The strategy of `issue` whose id is the parent of `id`, if there is one. The open strategy, which it
    /// nearly always is, is compared first: no parent id is made and looked up then. That gives what the look-up
    /// gives because an issue's strategies have distinct ids: ``strategyIndex(_:inIssue:)`` is the only place they
    /// are added, and no id is changed after.
    func parentStrategy(of id: ItemID, inIssue issue: Int, open: Int?) -> Int? {
        if let open, issues[issue].strategies.indices.contains(open) {
            let openID = issues[issue].strategies[open].id
            if openID.depth + 1 == id.depth, id.hasPrefix(openID) {
                assert(existingStrategy(openID, inIssue: issue) == open, "two strategies of one issue have the id \(openID)")
                return open
            }
        }
        return id.parent.flatMap { existingStrategy($0, inIssue: issue) }
    }

    mutating func strategyIndex(_ id: ItemID, inIssue issue: Int) -> (index: Int, isNew: Bool) {
        if let index = existingStrategy(id, inIssue: issue) { return (index, false) }
        issues[issue].strategies.append(Strategy(id: id, title: ""))
        let index = issues[issue].strategies.count - 1
        strategyByID[StrategyKey(issue: issue, id: id)] = index
        return (index, true)
    }

    /// The index of the initiative `id` of the strategy at `strategy` in the issue at `issue`, added when it is new.
    /// - Complexity: O(1) for an id after the strategy's last, O(log n) for one of a strategy whose ids are in
    ///   order, O(1) through a table for the others.
    mutating func initiativeIndex(_ id: ItemID, issue: Int, strategy: Int) -> Int {
        let ref = StrategyRef(issue: issue, strategy: strategy)
        let count = issues[issue].strategies[strategy].initiatives.count
        if unorderedStrategies.isEmpty || !unorderedStrategies.contains(ref) {
            switch Self.place(of: id, in: issues[issue].strategies[strategy].initiatives) {
            case .found(let index):
                return index
            case .end:
                append(Initiative(id: id, title: ""), to: ref)
                return count
            case .inside:
                // From now on this strategy's initiatives are found through the table.
                unorderedStrategies.insert(ref)
                for (index, initiative) in issues[issue].strategies[strategy].initiatives.enumerated() {
                    initiativeByID[InitiativeKey(strategy: ref, id: initiative.id)] = index
                }
            }
        }
        // One look-up: a new initiative's index, the strategy's count, is stored only when the id is not there yet.
        let index = Self.stored(&initiativeByID[InitiativeKey(strategy: ref, id: id), default: count])
        if index == count { append(Initiative(id: id, title: ""), to: ref) }
        return index
    }

    /// The strategy the last new 具体的取組 went to, and those whose spare room was given back.
    private var lastGrown: StrategyRef?
    private var fitted: Set<StrategyRef> = []

    /// Appends a new 具体的取組. When it goes to another strategy than the last new one did, that strategy most
    /// likely has all its initiatives, and the room its array grew into beyond them (up to as much again) is given
    /// back: once for each strategy, so that strategies taking turns cost at most one copy each. A plan's
    /// initiatives then take little more than their 112 bytes each.
    private mutating func append(_ initiative: Initiative, to ref: StrategyRef) {
        if let last = lastGrown, last != ref, fitted.insert(last).inserted {
            Self.giveBackRoom(&issues[last.issue].strategies[last.strategy].initiatives)
        }
        lastGrown = ref
        issues[ref.issue].strategies[ref.strategy].initiatives.append(initiative)
    }

    /// Moves `initiatives` to storage of their size when more than an eighth of theirs is spare.
    private static func giveBackRoom(_ initiatives: inout [Initiative]) {
        guard initiatives.capacity - initiatives.count > initiatives.capacity / 8 else { return }
        var fitting: [Initiative] = []
        fitting.reserveCapacity(initiatives.count)
        fitting.append(contentsOf: initiatives)
        initiatives = fitting
    }

    /// Where `id` stands among `initiatives`, which are in ascending order of id: the last is compared first.
    private static func place(of id: ItemID, in initiatives: [Initiative]) -> OrderedPlace {
        guard let last = initiatives.last?.id, id <= last else { return .end }
        var (low, high) = (0, initiatives.count - 1)
        while low < high {
            let middle = low + (high - low) / 2
            if initiatives[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return initiatives[low].id == id ? .found(low) : .inside
    }

    /// The value stored where `value` stands.
    private static func stored(_ value: inout Int) -> Int { value }

    mutating func reformItemIndex(number: Int) -> Int {
        if let index = reformItemByNumber[number] { return index }
        reformItems.append(ReformItem(number: number, title: ""))
        reformItemByNumber[number] = reformItems.count - 1
        return reformItems.count - 1
    }
}
