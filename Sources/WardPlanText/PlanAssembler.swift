import Foundation
import WardPlan
import WardPlanMessages

/// Builds a plan from the lines of its published text, one line at a time.
///
/// Headings switch the field that text goes to; item tags open 経営課題, 戦略, 具体的取組 and 取組項目
/// (an item seen again — 様式1 then 様式2 — is the same item, filled in further); budgets and pillars attach
/// to the open item; a row of column headings maps later table cells to fields; under `主な戦略` without tags,
/// each line is a strategy numbered by position. Every non-blank line ends with a ``LineDisposition``.
struct PlanAssembler {
    var draft = PlanDraft()
    var diagnostics: [Diagnostic] = []
    var sourceMap: SourceMap
    /// Where each 具体的取組 and its budget were seen: handed to ``sourceMap`` when the import finishes.
    private var initiativePlaces = InitiativePlaces()
    /// What became of each line read, in reading order (for a text file, line N is at N - 1).
    private(set) var lines: [LineDisposition] = []
    private var lineNumbers: [Int] = []
    let file: String?
    private var folding = CharacterFolding()
    private var target = AssemblyTarget.preamble
    var current: ItemRef?
    private var columns: [Heading?] = []
    private var ended = false
    /// Strategies made from the lines of a list (the 2023+ layout): their issue, not they, has the indicators.
    private var listedStrategies: Set<ItemRef> = []
    /// Where each issue was opened, recorded in the source map once issues have their final numbers.
    private var issueLocations: [Int: (line: Int, column: Int)] = [:]
    /// The year of the indicator results being read (`<令和6年度実績と達成状況>`).
    var resultYear: FiscalYear?
    var lineNumber = 0
    /// Budget headings (`令和5年度予算額`) whose amounts come on their own, in order.
    var pendingLabels: [PendingLabel] = []

    init(file: String?) {
        self.file = file
        sourceMap = SourceMap(file: file)
        // Room for a plan's fields, issues, strategies and reform items at once, not grown from one.
        sourceMap.reserveCapacity(Self.usualElements)
    }

    /// The elements a plan records on its map as it is read, but for its initiatives (``InitiativePlaces``): a few dozen.
    private static let usualElements = 64

    mutating func process(lineNumber: Int, text: String) {
        self.lineNumber = lineNumber
        lines.append(.unread)
        lineNumbers.append(lineNumber)
        // An empty line, as a third of a page's are, is blank before anything is folded.
        guard !text.isEmpty else { return mark(.blank) }
        let line = FoldedLine(number: lineNumber, text: text, folding: &folding)
        let whole = 0..<line.count
        // The folded line without its white space is made only for the tests that need it: most lines are told from
        // their values (a line may be long).
        var made: String?
        func trimmed() -> String {
            if let made { return made }
            let text = line.foldedText(whole).trimmingWhitespaces()
            made = text
            return text
        }
        let content = line.spaceTrimmed(whole)
        guard content.map({ !$0.isEmpty }) ?? !trimmed().isEmpty else { return mark(.blank) }
        guard !ended else { return afterFooter(line) }
        let mayBeChrome = content.map { PageChrome.mayClassify(first: line.scalars[$0.lowerBound], last: line.scalars[$0.upperBound - 1]) } ?? true
        let chrome = mayBeChrome ? content.map { PageChrome.classify(line, $0) } ?? PageChrome.classify(trimmed()) : nil
        switch chrome {
        case .footer?:
            ended = true
            return mark(.pageChrome)
        case .skip?:
            return mark(.pageChrome)
        case nil:
            break
        }
        if line.mayHold(PlanHeader.noticeMark), let status = PlanHeader.noticeStatus(in: trimmed()) {
            draft.noticeStatus = max(draft.noticeStatus ?? status, status)
            return mark(.pageChrome)
        }
        if draft.mentionedYear == nil, line.mayHold(PlanHeader.yearMark) {
            draft.mentionedYear = PlanHeader.fiscalYearMention(in: line, whole)
        }
        if draft.title == nil, target == .preamble, let title = PlanHeader.title(line, in: whole) {
            draft.title = title
            sourceMap.record(.plan, line: lineNumber, column: 1)
            return mark(.heading)
        }
        if draft.head == nil, draft.issues.isEmpty, let head = PlanHeader.head(line, in: whole) {
            draft.head = head
            draft.isFormDocument = true
            sourceMap.record(.head, line: lineNumber)
            return mark(.field)
        }
        // A budget line laid out as table cells (`令和6年度予算額<TAB>5千6百万円`).
        if text.containsBytes(of: "\t"), let issue = current?.issueIndex, IssueBudgetLineText.mayBeLine(text),
            // Tabs become spaces byte for byte: the UTF-8 stays valid.
            let parts = IssueBudgetLineText.parse(String(decoding: text.utf8.map { $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self), contextEra: planEra)
        {
            return addBudgetLine(parts, text: text.trimmingWhitespaces(), toIssue: issue, column: 1)
        }
        // Headings and cell breaks are held until the line shows whether it is a table's column header.
        var leading: [Token]? = []
        var cell = 0
        LineTokenizer.forEachToken(of: line, bareIDs: isListing) { token in
            if leading != nil, token.kind.isHeadingOrCellBreak {
                leading?.append(token)
                return
            }
            for held in leading ?? [] { handle(held, cell: &cell) }
            leading = nil
            handle(token, cell: &cell)
        }
        if let leading {
            if let headings = columnHeadings(leading) {
                columns = headings
                draft.isFormDocument = true
                if target != .preamble { target = .unplaced }
                return mark(.heading)
            }
            for held in leading { handle(held, cell: &cell) }
        }
        // A line of markup alone (`<ul>`, `</li>`) or of empty cells holds nothing of the plan.
        if lines[lines.count - 1] == .unread { mark(.pageChrome) }
    }

    /// A line after the page's footer is chrome; one that holds an item tag or a budget is named, as the
    /// footer may have been misread.
    private mutating func afterFooter(_ line: FoldedLine) {
        var planLike = false
        LineTokenizer.forEachToken(of: line) { token in
            switch token.kind {
            case .item, .budget: planLike = true
            case .text(let text, _): planLike = planLike || BudgetNotation.isBareAmount(text) || BudgetNotation.trailingAmount(in: text) != nil
            default: break
            }
        }
        guard planLike else { return mark(.pageChrome) }
        warn(.lineAfterFooter, column: 1)
    }

    /// Ends the import: issues get their final numbers and places in the source map, and a line that nothing
    /// read (there should be none) is named in a warning rather than lost.
    mutating func finish() {
        flushPendingLabels()
        draft.numberIssues()
        for (index, location) in issueLocations {
            sourceMap.record(.issue(draft.issues[index].number), line: location.line, column: location.column)
        }
        let (places, issues) = (initiativePlaces, draft.issues)
        sourceMap.deferRecording { map in places.record(on: &map, issues: issues) }
        for (index, disposition) in lines.enumerated() where disposition == .unread {
            diagnostics.append(Diagnostic(.warning, .lineNotRead,
                                          at: SourceLocation(file: file, line: lineNumbers[index])))
            lines[index] = .diagnosed
        }
    }

    /// Whether a line that begins `1-1 title` opens a 戦略: after `主な戦略` or `主な具体的取組` in an issue (its
    /// fields' headings, 課題認識 say, may come between), until the next issue or heading of the plan.
    private var isListing = false

    mutating func mark(_ disposition: LineDisposition) {
        lines[lines.count - 1] = max(lines[lines.count - 1], disposition)
    }

    /// The headings of a row that holds nothing but headings (two or more): a table's column header.
    private func columnHeadings(_ tokens: [Token]) -> [Heading?]? {
        // Most rows hold fewer than two headings, or other tokens: told before the headings are gathered.
        var count = 0
        for token in tokens {
            switch token.kind {
            case .cellBreak: continue
            case .heading: count += 1
            default: return nil
            }
        }
        guard count >= 2 else { return nil }
        var headings: [Heading?] = [nil]
        for token in tokens {
            switch token.kind {
            case .cellBreak: headings.append(nil)
            case .heading(let heading, _): headings[headings.count - 1] = heading
            default: break
            }
        }
        // Headings in one cell count once: the last is kept.
        return headings.compactMap { $0 }.count >= 2 ? headings : nil
    }

    // MARK: - Tokens

    /// Handles a token of the line, which stands in cell `cell` of it (counted here).
    private mutating func handle(_ token: Token, cell: inout Int) {
        switch token.kind {
        case .cellBreak:
            cell += 1
            if let ref = current, cell < columns.count, let heading = columns[cell] { applyColumn(heading, to: ref) }
        case .paragraphBreak:
            break
        case .heading(let heading, let topLevel):
            mark(.heading)
            apply(heading, topLevel: topLevel)
        case .item(let tag, let inlineTitle, let label):
            mark(.field)
            open(tag, inlineTitle: inlineTitle, label: label, column: token.column)
        case .budget(let written):
            attachBudget(written, column: token.column)
        case .pillar(let written):
            attachPillar(written, column: token.column)
        case .text(let text, let bullet):
            place(text, bullet: bullet, column: token.column)
        case .unclosed(let bracket):
            warn(.bracketNotClosed(String(bracket)), column: token.column)
        }
    }

    private mutating func applyColumn(_ heading: Heading, to ref: ItemRef) {
        let field: ItemField? = switch heading {
        case .reformActions, .issueSummary: .body
        case .reformTarget: .reformTarget
        case .performanceTarget: .performanceTarget
        case .interimReview: .interimReview
        case .selfEvaluation: .selfEvaluation
        case .targetState: .targetState
        case .problem: .problem
        case .currentSituation: .currentSituation
        case .causeAnalysis: .causeAnalysis
        case .problemRecognition: .problemRecognition
        default: nil
        }
        if let field { target = .item(ref, field) }
        if heading == .outcomeIndicators, let strategy = ref.strategyRef { target = .indicators(strategy) }
    }

    private mutating func apply(_ heading: Heading, topLevel: Bool) {
        flushPendingLabels()
        if heading == .strategiesColumn || heading == .initiativesColumn { isListing = true }
        if let itemTarget = itemTarget(for: heading, topLevel: topLevel) {
            target = itemTarget
            return
        }
        // A heading of the plan ends the issue, and with it the list of strategies (`1-1 title` lines).
        isListing = false
        current = nil
        columns = []
        switch heading {
        case .goal: target = .goal; sourceMap.record(.goal, line: lineNumber)
        case .mission: target = .mission; sourceMap.record(.mission, line: lineNumber)
        case .policy: target = .policy; sourceMap.record(.policy, line: lineNumber)
        case .selfEvaluation, .achievements:
            target = .achievements
            sourceMap.record(.selfEvaluation, line: lineNumber)
        case .issuesAndImprovements: target = .issuesAndImprovements
        case .overallEvaluation:
            target = .overallEvaluation
            sourceMap.record(.selfEvaluation, line: lineNumber)
        case .futurePolicy: target = .futurePolicy
        default: target = .unplaced
        }
    }

    /// Where text goes after a heading of the open item's fields; `nil` for a heading of the plan.
    private mutating func itemTarget(for heading: Heading, topLevel: Bool) -> AssemblyTarget? {
        let issue = current?.issueIndex.map(ItemRef.issue)
        let field: (ItemRef?, ItemField)
        switch heading {
        case .issueSummary: field = (issue, .body)
        // Under a tagged strategy, めざす状態 is the strategy's; under an issue (or a listed strategy), the issue's.
        case .targetState: field = (indicatorOwner.flatMap { $0.strategyRef } ?? issue, .targetState)
        case .problem: field = (issue, .problem)
        case .currentSituation: field = (issue, .currentSituation)
        case .causeAnalysis: field = (issue, .causeAnalysis)
        case .problemRecognition: field = (issue, .problemRecognition)
        case .performanceTarget: field = (current, .performanceTarget)
        case .interimReview: field = (current, .interimReview)
        case .selfEvaluation where !topLevel: field = (current, .selfEvaluation)
        case .reformActions: field = (current, .body)
        case .reformTarget: field = (current, .reformTarget)
        case .sdgs: return issue == nil ? .unplaced : .sdgs
        case .outcomeIndicators, .indicatorResults:
            guard let owner = indicatorOwner else { return .unplaced }
            resultYear = nil
            return heading == .outcomeIndicators ? .indicators(owner) : .indicatorResults(owner)
        case .strategiesColumn:
            guard let issue else { return .unplaced }
            current = issue
            return .list(.strategy)
        case .initiativesColumn:
            guard let strategy = current?.strategyRef ?? lastStrategy(of: issue) else { return .unplaced }
            current = strategy
            return .list(.initiative)
        case .budgetColumn:
            return current == nil ? nil : target
        default:
            return nil
        }
        return field.0.map { .item($0, field.1) } ?? .unplaced
    }

    /// The item アウトカム指標 belong to: the open strategy when it was tagged, else its issue.
    private var indicatorOwner: ItemRef? {
        if let strategy = current?.strategyRef, !listedStrategies.contains(strategy) { return strategy }
        return current?.issueIndex.map(ItemRef.issue)
    }

    private func lastStrategy(of issue: ItemRef?) -> ItemRef? {
        guard case .issue(let i)? = issue, let s = draft.issues[i].strategies.indices.last else { return nil }
        return .strategy(i, s)
    }

    // MARK: - Items

    private mutating func open(_ tag: ItemTag, inlineTitle: String?, label: String?, column: Int) {
        flushPendingLabels()
        guard let ref = reference(for: tag, label: label, column: column) else { return }
        current = ref
        if let inlineTitle {
            setTitle(inlineTitle, of: ref, column: column)
            target = .item(ref, .body)
        } else {
            target = .item(ref, .titleThenBody(tagLine: lineNumber))
        }
    }

    /// The item a tag names, found or added; `nil` (with a warning) for an unnumbered one outside any issue.
    private mutating func reference(for tag: ItemTag, label: String?, column: Int) -> ItemRef? {
        guard let id = tag.id else { return positionalItem(tag.kind, column: column) }
        switch tag.kind {
        case .issue:
            isListing = false
            let index: Int
            if let label {
                index = draft.issueIndex(label: label, folded: MatchText.fold(label), number: id.issueNumber).index
            } else {
                index = draft.issueIndex(number: id.issueNumber).index
            }
            if issueLocations[index] == nil { issueLocations[index] = (lineNumber, column) }
            return .issue(index)
        case .strategy:
            let issue = issueIndex(for: id, column: column)
            sourceMap.record(.strategy(id), line: lineNumber, column: column)
            return .strategy(issue, draft.strategyIndex(id, inIssue: issue).index)
        case .initiative:
            let issue = issueIndex(for: id, column: column)
            let strategy = strategyIndex(for: id, inIssue: issue, column: column)
            let index = draft.initiativeIndex(id, issue: issue, strategy: strategy)
            recordInitiative(id, at: .initiative(issue, strategy, index), column: column)
            return .initiative(issue, strategy, index)
        case .reformItem:
            sourceMap.record(.reformItem(id.issueNumber), line: lineNumber, column: column)
            return .reformItem(draft.reformItemIndex(number: id.issueNumber))
        }
    }

    /// A 戦略 or 具体的取組 without a number (`【主な戦略 title】`, a line of a list): numbered after the ones
    /// before it, and said so in a note.
    private mutating func positionalItem(_ kind: ItemTag.Kind, column: Int) -> ItemRef? {
        let name = kind == .strategy ? "戦略" : "具体的取組"
        guard let i = current?.issueIndex else {
            warn(.unnumberedOutsideIssue(name), column: column)
            return nil
        }
        let ref: ItemRef
        let id: ItemID?
        // Counts are read in place: a copy of the issue held while it grows would copy its arrays each time.
        if kind == .strategy {
            id = ItemID([draft.issues[i].idPrefix, draft.issues[i].strategies.count + 1])
            ref = id.map { .strategy(i, draft.strategyIndex($0, inIssue: i).index) } ?? .issue(i)
            if let id { sourceMap.record(.strategy(id), line: lineNumber, column: column) }
        } else {
            guard case .strategy(_, let s)? = current?.strategyRef ?? lastStrategy(of: .issue(i)) else {
                warn(.unnumberedInitiativeBeforeStrategy, column: column)
                return nil
            }
            id = draft.issues[i].strategies[s].id.child(draft.issues[i].strategies[s].initiatives.count + 1)
            ref = id.map { .initiative(i, s, draft.initiativeIndex($0, issue: i, strategy: s)) } ?? .strategy(i, s)
            if let id { recordInitiative(id, at: ref, column: column) }
        }
        guard let id else { return nil }
        note(.numberedByPosition(name, id: id.description), column: column)
        return ref
    }

    /// Keeps where the 具体的取組 `id` at `ref` (or its budget) was seen on this line, compactly; on the map itself
    /// when it is beyond what ``InitiativePlaces`` keeps.
    mutating func recordInitiative(_ id: ItemID, at ref: ItemRef, budget: Bool = false, column: Int) {
        guard case .initiative(let i, let s, let k) = ref,
            initiativePlaces.keep(issue: i, strategy: s, initiative: k, budget: budget, line: lineNumber, column: column)
        else { return sourceMap.record(budget ? .budget(id) : .initiative(id), line: lineNumber, column: column) }
    }

    /// The 経営課題 a 戦略 or 具体的取組 goes under: the open one, else the one its id names.
    private mutating func issueIndex(for id: ItemID, column: Int) -> Int {
        if let index = current?.issueIndex { return index }
        let (index, isNew) = draft.issueIndex(number: id.issueNumber)
        if isNew {
            warn(.itemBeforeIssue(id.description, issue: id.issueNumber), column: column)
            issueLocations[index] = (lineNumber, column)
        }
        return index
    }

    /// The 戦略 a 具体的取組 goes under: the one its id names in the open issue, else the open one.
    private mutating func strategyIndex(for id: ItemID, inIssue issue: Int, column: Int) -> Int {
        let open: Int? = if case .strategy(issue, let index)? = current?.strategyRef { index } else { nil }
        if let index = draft.parentStrategy(of: id, inIssue: issue, open: open) { return index }
        if let open { return open }
        if let index = draft.issues[issue].strategies.indices.last { return index }
        let parent = id.parent ?? id
        warn(.initiativeBeforeStrategy(id.description, strategy: parent.description), column: column)
        sourceMap.record(.strategy(parent), line: lineNumber, column: column)
        return draft.strategyIndex(parent, inIssue: issue).index
    }

    private mutating func setTitle(_ title: String, of ref: ItemRef, column: Int) {
        let title = TitleText.droppingColumnNote(title)
        let existing = draft.title(of: ref)
        if existing.isEmpty {
            draft.setTitle(of: ref, to: title)
        } else if existing != title {
            error(.twoTitles(draft.name(of: ref), existing, title), column: column)
        }
    }

    private mutating func attachPillar(_ written: String, column: Int) {
        guard case .reformItem(let r)? = current, let pillar = ReformPillarRef(parsing: written) else {
            return warn(.pillarNotPlaced(written), column: column)
        }
        draft.reformItems[r].pillar = pillar
        mark(.field)
    }

    // MARK: - Text

    private mutating func place(_ text: String, bullet: Bool, column: Int) {
        if placeBudgetText(text, column: column) { return }
        flushPendingLabels()
        if let goals = SDGLine.goals(in: text, afterHeading: target == .sdgs) {
            return addSDGs(goals, text: text, column: column)
        }
        if target != .preamble, target != .unplaced { mark(.field) }
        switch target {
        case .preamble:
            note(.textBeforeFirstHeading(String(text.prefix(40))), column: column)
        case .unplaced, .sdgs:
            warn(.textOutsideFields(String(text.prefix(40))), column: column)
        case .goal, .mission, .policy, .achievements, .issuesAndImprovements, .overallEvaluation, .futurePolicy:
            appendToPlanField(text, column: column)
        case .list(let kind):
            guard let ref = positionalItem(kind, column: column) else { return }
            if kind == .strategy { listedStrategies.insert(ref) }
            // The new item is open, so a budget after it on the line is its own; the next line is the list's next item.
            current = ref
            placeTitle(text, of: ref, column: column)
        case .indicators(let owner):
            noteAmountMention(in: text, column: column)
            draft.withIndicators(of: owner) { $0.append(IndicatorText.indicator(text)) }
        case .indicatorResults(let owner):
            addIndicatorResult(text, to: owner, column: column)
        case .item(let ref, .titleThenBody(let tagLine)):
            target = .item(ref, .body)
            guard !bullet else {
                noteAmountMention(in: text, column: column)
                draft.append(text, to: .body, of: ref)
                return
            }
            // Web pages give the whole line to the title (`安全・安心 ～災害に強いまち～`); the 様式 documents put
            // title and text on one line, the text after the first space.
            guard lineNumber == tagLine, draft.isFormDocument else { return placeTitle(TitleText.droppingColumnNote(text), of: ref, column: column) }
            let (title, rest) = TitleText.split(TitleText.droppingColumnNote(text))
            placeTitle(title, of: ref, column: column)
            guard let rest else { return }
            // `【具体的取組1-1-1】title 2,400千円`: the amount after the title is the budget, not text.
            if case .initiative = ref, BudgetNotation.isBareAmount(rest) { return withCurrent(ref) { $0.attachBudget(rest, column: column) } }
            noteAmountMention(in: rest, column: column)
            draft.append(rest, to: .body, of: ref)
        case .item(let ref, let field):
            noteAmountMention(in: text, column: column)
            draft.append(text, to: field, of: ref)
        }
    }

    private mutating func appendToPlanField(_ text: String, column: Int) {
        noteAmountMention(in: text, column: column)
        switch target {
        case .goal: draft.goal.append(text)
        case .mission: draft.mission.append(text)
        case .policy: draft.policy.append(text)
        case .achievements: draft.achievements.append(text)
        case .issuesAndImprovements: draft.issuesAndImprovements.append(text)
        case .overallEvaluation: draft.overallEvaluation.append(text)
        case .futurePolicy: draft.futurePolicy.append(text)
        default: break
        }
    }

    /// Sets an item's title; an initiative's title may end in its budget (`地域防災訓練の実施 2,400千円`).
    private mutating func placeTitle(_ text: String, of ref: ItemRef, column: Int) {
        guard case .initiative = ref, let (title, written) = BudgetNotation.trailingAmount(in: text) else {
            noteAmountMention(in: text, column: column)
            return setTitle(text, of: ref, column: column)
        }
        setTitle(title, of: ref, column: column)
        withCurrent(ref) { $0.attachBudget(written, column: column + title.count) }
    }

    /// Runs `body` with `ref` as the open item, then restores the one that was open.
    mutating func withCurrent(_ ref: ItemRef, _ body: (inout PlanAssembler) -> Void) {
        let saved = current
        current = ref
        body(&self)
        current = saved
    }

    // MARK: - Diagnostics

    mutating func note(_ message: Message, column: Int?) {
        report(.note, message, at: SourceLocation(file: file, line: lineNumber, column: column))
    }

    mutating func warn(_ message: Message, column: Int?) {
        report(.warning, message, at: SourceLocation(file: file, line: lineNumber, column: column))
    }

    mutating func error(_ message: Message, column: Int?) {
        report(.error, message, at: SourceLocation(file: file, line: lineNumber, column: column))
    }

    mutating func report(_ severity: Diagnostic.Severity, _ message: Message, at location: SourceLocation) {
        diagnostics.append(Diagnostic(severity, message, at: location))
        mark(.diagnosed)
    }
}
