import Foundation
import WardPlan

/// Builds a plan from the lines of its published text, one line at a time.
///
/// Headings switch the field that text goes to; item tags open 経営課題, 戦略, 具体的取組 and 取組項目
/// (an item seen again — 様式1 then 様式2 — is the same item, filled in further); budgets and pillars attach
/// to the open item; a row of column headings maps later table cells to fields; under `主な戦略` without tags,
/// each line is a strategy numbered by position. Every non-blank line ends with a ``LineDisposition``.
struct PlanAssembler {
    private(set) var draft = PlanDraft()
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap
    /// What became of each line read, in reading order (for a text file, line N is at N - 1).
    private(set) var lines: [LineDisposition] = []
    private var lineNumbers: [Int] = []
    private let file: String?
    private var folding = CharacterFolding()
    private var target = AssemblyTarget.preamble
    private var current: ItemRef?
    private var columns: [Heading?] = []
    private var ended = false
    /// Strategies made from the lines of a list (the 2023+ layout): their issue, not they, has the indicators.
    private var listedStrategies: Set<ItemRef> = []
    /// Where each issue was opened, recorded in the source map once issues have their final numbers.
    private var issueLocations: [Int: (line: Int, column: Int)] = [:]
    /// The year of the indicator results being read (`<令和6年度実績と達成状況>`).
    private var resultYear: FiscalYear?
    private var lineNumber = 0
    /// Budget headings (`令和5年度予算額`) whose amounts come on their own, in order.
    private var pendingLabels: [PendingLabel] = []

    private struct PendingLabel {
        let kind: IssueBudgetLine.Kind
        let fiscalYear: FiscalYear
        let text: String
        let issue: Int
        let line: Int
        let column: Int
    }

    init(file: String?) {
        self.file = file
        sourceMap = SourceMap(file: file)
    }

    mutating func process(lineNumber: Int, text: String) {
        self.lineNumber = lineNumber
        lines.append(.unread)
        lineNumbers.append(lineNumber)
        let line = FoldedLine(number: lineNumber, text: text, folding: &folding)
        let whole = 0..<line.folded.count
        let trimmed = line.foldedText(whole).trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return mark(.blank) }
        guard !ended else { return afterFooter(line) }
        switch PageChrome.classify(trimmed) {
        case .footer?:
            ended = true
            return mark(.pageChrome)
        case .skip?:
            return mark(.pageChrome)
        case nil:
            break
        }
        if let status = PlanHeader.noticeStatus(in: trimmed) {
            draft.noticeStatus = max(draft.noticeStatus ?? status, status)
            return mark(.pageChrome)
        }
        if draft.mentionedYear == nil { draft.mentionedYear = PlanHeader.fiscalYearMention(in: trimmed) }
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
        if text.contains("\t"), let issue = current?.issueIndex,
            let parts = IssueBudgetLineText.parse(text.replacingOccurrences(of: "\t", with: " "), contextEra: planEra)
        {
            return addBudgetLine(parts, text: text.trimmingCharacters(in: .whitespaces), toIssue: issue, column: 1)
        }
        let tokens = LineTokenizer.tokens(of: line, bareIDs: isListing)
        if let headings = columnHeadings(tokens) {
            columns = headings
            draft.isFormDocument = true
            if target != .preamble { target = .unplaced }
            return mark(.heading)
        }
        var cell = 0
        for token in tokens {
            if case .cellBreak = token.kind { cell += 1 }
            handle(token, cell: cell, line: line)
        }
        // A line of markup alone (`<ul>`, `</li>`) or of empty cells holds nothing of the plan.
        if lines[lines.count - 1] == .unread { mark(.pageChrome) }
    }

    /// A line after the page's footer is chrome; one that holds an item tag or a budget is named, as the
    /// footer may have been misread.
    private mutating func afterFooter(_ line: FoldedLine) {
        let planLike = LineTokenizer.tokens(of: line).contains {
            switch $0.kind {
            case .item, .budget: true
            case .text(let text, _): BudgetNotation.isBareAmount(text) || BudgetNotation.trailingAmount(in: text) != nil
            default: false
            }
        }
        guard planLike else { return mark(.pageChrome) }
        warn("after the page's footer, this line looks like part of the plan (an item or a budget) and is not read", column: 1)
    }

    /// Ends the import: issues get their final numbers and places in the source map, and a line that nothing
    /// read (there should be none) is named in a warning rather than lost.
    mutating func finish() {
        flushPendingLabels()
        let numbered = draft.numberedIssues()
        for (index, location) in issueLocations {
            sourceMap.record(.issue(numbered[index].number), line: location.line, column: location.column)
        }
        for (index, disposition) in lines.enumerated() where disposition == .unread {
            diagnostics.append(Diagnostic(.warning, "this line was not read into the plan",
                                          at: SourceLocation(file: file, line: lineNumbers[index])))
            lines[index] = .diagnosed
        }
    }

    /// Whether a line that begins `1-1 title` opens a 戦略: after `主な戦略` or `主な具体的取組` in an issue (its
    /// fields' headings, 課題認識 say, may come between), until the next issue or heading of the plan.
    private var isListing = false

    private mutating func mark(_ disposition: LineDisposition) {
        lines[lines.count - 1] = max(lines[lines.count - 1], disposition)
    }

    /// The headings of a row that holds nothing but headings (two or more): a table's column header.
    private func columnHeadings(_ tokens: [Token]) -> [Heading?]? {
        var headings: [Heading?] = [nil]
        for token in tokens {
            switch token.kind {
            case .cellBreak: headings.append(nil)
            case .heading(let heading, _): headings[headings.count - 1] = heading
            default: return nil
            }
        }
        return headings.compactMap { $0 }.count >= 2 ? headings : nil
    }

    // MARK: - Tokens

    private mutating func handle(_ token: Token, cell: Int, line: FoldedLine) {
        switch token.kind {
        case .cellBreak:
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
            warn("「\(bracket)」 is not closed on this line: the text may be cut short", column: token.column)
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
            sourceMap.record(.initiative(id), line: lineNumber, column: column)
            return .initiative(issue, strategy, draft.initiativeIndex(id, issue: issue, strategy: strategy))
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
            warn("a \(name) without a number outside any 経営課題 cannot be placed; its text is skipped", column: column)
            return nil
        }
        let ref: ItemRef
        let id: ItemID?
        // Counts are read in place: a copy of the issue held while it grows would copy its arrays each time.
        if kind == .strategy {
            id = ItemID([draft.issues[i].idPrefix, draft.issues[i].strategies.count + 1])
            ref = id.map { .strategy(i, draft.strategyIndex($0, inIssue: i).index) } ?? .issue(i)
        } else {
            guard case .strategy(_, let s)? = current?.strategyRef ?? lastStrategy(of: .issue(i)) else {
                warn("a 具体的取組 without a number before any 戦略 cannot be placed; its text is skipped", column: column)
                return nil
            }
            id = ItemID(draft.issues[i].strategies[s].id.components + [draft.issues[i].strategies[s].initiatives.count + 1])
            ref = id.map { .initiative(i, s, draft.initiativeIndex($0, issue: i, strategy: s)) } ?? .strategy(i, s)
        }
        guard let id else { return nil }
        sourceMap.record(kind == .strategy ? .strategy(id) : .initiative(id), line: lineNumber, column: column)
        note("the \(name) here has no number; it is numbered \(id) by its position", column: column)
        return ref
    }

    /// The 経営課題 a 戦略 or 具体的取組 goes under: the open one, else the one its id names.
    private mutating func issueIndex(for id: ItemID, column: Int) -> Int {
        if let index = current?.issueIndex { return index }
        let (index, isNew) = draft.issueIndex(number: id.issueNumber)
        if isNew {
            warn("\(id) appears before 経営課題 \(id.issueNumber); that issue has no title here", column: column)
            issueLocations[index] = (lineNumber, column)
        }
        return index
    }

    /// The 戦略 a 具体的取組 goes under: the one its id names in the open issue, else the open one.
    private mutating func strategyIndex(for id: ItemID, inIssue issue: Int, column: Int) -> Int {
        if let parent = id.parent, let index = draft.existingStrategy(parent, inIssue: issue) { return index }
        if case .strategy(issue, let index)? = current?.strategyRef { return index }
        if let index = draft.issues[issue].strategies.indices.last { return index }
        let parent = id.parent ?? id
        warn("具体的取組 \(id) appears before any 戦略 \(parent); that strategy has no title here", column: column)
        sourceMap.record(.strategy(parent), line: lineNumber, column: column)
        return draft.strategyIndex(parent, inIssue: issue).index
    }

    private mutating func setTitle(_ title: String, of ref: ItemRef, column: Int) {
        let title = Self.droppingColumnNote(title)
        let existing = draft.title(of: ref)
        if existing.isEmpty {
            draft.setTitle(of: ref, to: title)
        } else if existing != title {
            error("\(draft.name(of: ref)) appears twice with different titles (\"\(existing)\" and \"\(title)\"): "
                    + "two items with one number are merged under the first title; number them apart", column: column)
        }
    }

    // MARK: - Budgets

    private mutating func attachBudget(_ written: String, column: Int) {
        guard case .initiative(let i, let s, let k)? = current else {
            if let issue = current?.issueIndex, let parts = IssueBudgetLineText.parse(written, contextEra: planEra) {
                return addBudgetLine(parts, text: written, toIssue: issue, column: column)
            }
            return warn("the budget \(written) is outside any 具体的取組 and is ignored", column: column)
        }
        let initiative = draft.issues[i].strategies[s].initiatives[k]
        let location = SourceLocation(file: file, line: lineNumber, column: column, field: PlanElement.budget(initiative.id).name)
        do {
            guard case .amount(let amount) = try BudgetNotation.read(written) else { return mark(.field) }
            if let existing = initiative.budget, existing != amount {
                return report(.error, "a second budget \(written) for 具体的取組 \(initiative.id); only \(existing) is counted", at: location)
            }
            draft.issues[i].strategies[s].initiatives[k].budget = amount
            sourceMap.record(.budget(initiative.id), line: lineNumber, column: column)
            mark(.field)
        } catch {
            report(.error, "\(error); the budget is left out", at: location)
        }
    }

    private mutating func addBudgetLine(_ parts: IssueBudgetLineText.Parts, text: String, toIssue issue: Int, column: Int) {
        let number = draft.issues[issue].publishedNumber
        do {
            guard case .amount(let amount) = try BudgetNotation.read(parts.amount) else { return mark(.field) }
            let line = IssueBudgetLine(kind: parts.kind, fiscalYear: parts.fiscalYear, amount: amount, text: text)
            if let existing = draft.issues[issue].budgetLines.first(where: { $0.kind == line.kind && $0.fiscalYear == line.fiscalYear }) {
                return error("経営課題 \(number) states a second \(parts.fiscalYear.japaneseLabel)\(parts.kind.japaneseName) (\(text)); "
                                + "only \(existing.amount) is counted", column: column)
            }
            draft.issues[issue].budgetLines.append(line)
            mark(.field)
        } catch {
            self.error("\(error) in 経営課題 \(number)'s \(parts.kind.japaneseName); the line is left out", column: column)
        }
    }

    private var planEra: JapaneseEra? { (draft.title?.fiscalYear ?? draft.mentionedYear)?.era }

    private mutating func attachPillar(_ written: String, column: Int) {
        guard case .reformItem(let r)? = current, let pillar = ReformPillarRef(parsing: written) else {
            return warn("cannot place the reform-plan pillar \"\(written)\"", column: column)
        }
        draft.reformItems[r].pillar = pillar
        mark(.field)
    }

    // MARK: - Text

    private mutating func place(_ text: String, bullet: Bool, column: Int) {
        if placeBudgetText(text, column: column) { return }
        flushPendingLabels()
        if let goals = Self.sdgNumbers(text, afterHeading: target == .sdgs) {
            return addSDGs(goals, text: text, column: column)
        }
        if target != .preamble, target != .unplaced { mark(.field) }
        switch target {
        case .preamble:
            note("text before the plan's first heading is not part of the plan: \"\(text.prefix(40))\"", column: column)
        case .unplaced, .sdgs:
            warn("text that belongs to no field of the plan is skipped: \"\(text.prefix(40))\"", column: column)
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
            draft.withIndicators(of: owner) { $0.append(Self.indicator(text)) }
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
            guard lineNumber == tagLine, draft.isFormDocument else { return placeTitle(Self.droppingColumnNote(text), of: ref, column: column) }
            let (title, rest) = Self.splitTitle(Self.droppingColumnNote(text))
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

    /// Money in prose is kept as text and said not to be counted, so that no amount goes unnamed.
    private mutating func noteAmountMention(in text: String, column: Int) {
        guard let amount = BudgetNotation.amountMention(in: text) else { return }
        note("the text mentions \(amount), which is not counted as a budget (a budget stands in brackets or at the end "
                + "of an item's title)", column: column)
    }

    /// Reads text that is a budget: a 予算額・決算額 line (`令和6年度予算額 5千6百万円`), such a line's heading
    /// whose amount follows on its own (`令和5年度予算額`, then `5千1百万円`; or a table's header row over its
    /// amounts), or an amount alone. Counted on the open item, or named in a warning; `false` for other text.
    private mutating func placeBudgetText(_ text: String, column: Int) -> Bool {
        let issue = current?.issueIndex
        if let parts = IssueBudgetLineText.parse(text, contextEra: planEra) {
            flushPendingLabels()
            guard let issue else {
                warn("the budget line \"\(text)\" is outside any 経営課題 and is not counted", column: column)
                return true
            }
            addBudgetLine(parts, text: text, toIssue: issue, column: column)
            return true
        }
        if let (kind, year) = IssueBudgetLineText.label(text, contextEra: planEra) {
            guard let issue else {
                warn("the budget heading \"\(text)\" is outside any 経営課題; its amount is not counted", column: column)
                return true
            }
            pendingLabels.append(PendingLabel(kind: kind, fiscalYear: year, text: text, issue: issue, line: lineNumber, column: column))
            mark(.field)
            return true
        }
        // `5千6百万円(令和6年度予算額)`: the amount first, the line's heading after it in brackets.
        if let issue, let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), text.last == ")" || text.last == "）",
            BudgetNotation.isBareAmount(String(text[..<open])),
            let (kind, year) = IssueBudgetLineText.label(String(text[open...]), contextEra: planEra)
        {
            let parts = IssueBudgetLineText.Parts(kind: kind, fiscalYear: year, amount: String(text[..<open]))
            addBudgetLine(parts, text: text, toIssue: issue, column: column)
            return true
        }
        guard BudgetNotation.isBareAmount(text) else { return false }
        if !pendingLabels.isEmpty {
            let label = pendingLabels.removeFirst()
            let parts = IssueBudgetLineText.Parts(kind: label.kind, fiscalYear: label.fiscalYear, amount: text)
            addBudgetLine(parts, text: label.text + " " + text, toIssue: label.issue, column: column)
            return true
        }
        // An amount alone outside brackets is a budget: counted on the open 具体的取組, or named in a warning.
        attachBudget(text, column: column)
        return true
    }

    /// Budget headings still waiting for their amounts: named when text of another kind comes instead.
    private mutating func flushPendingLabels() {
        for label in pendingLabels {
            diagnostics.append(Diagnostic(.warning, "the budget heading \"\(label.text)\" is followed by no amount; nothing is counted for it",
                                          at: SourceLocation(file: file, line: label.line, column: label.column)))
        }
        pendingLabels.removeAll()
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
    private mutating func withCurrent(_ ref: ItemRef, _ body: (inout PlanAssembler) -> Void) {
        let saved = current
        current = ref
        body(&self)
        current = saved
    }

    // MARK: - 2023+ layout: SDGs and indicators

    /// The goal numbers of `関連するSDGs 11住み続けられるまちづくりを、13気候変動に…` or `SDGs11 住み続けられる…`
    /// (or, after the heading, of `11 住み続けられる…`); `nil` when the text is not such a line.
    private static func sdgNumbers(_ text: String, afterHeading: Bool) -> [Int]? {
        var folded = Substring(MatchText.fold(text))
        if let range = folded.range(of: "関連するSDGs", options: .caseInsensitive), range.lowerBound == folded.startIndex {
            folded = folded[range.upperBound...]
        } else if folded.hasPrefix("SDGs"), folded.dropFirst(4).drop(while: \.isWhitespace).first?.isNumber == true {
            folded = folded.dropFirst(4)
        } else if !afterHeading {
            return nil
        }
        guard !folded.contains("円") else { return nil }
        var goals: [Int] = []
        for part in folded.split(whereSeparator: { "、,・/".contains($0) }) {
            let digits = part.drop { $0.isWhitespace || $0 == ":" }.prefix { $0.isASCII && $0.isNumber }
            if let goal = Int(digits) { goals.append(goal) }
        }
        if afterHeading, goals.isEmpty { return nil }
        return goals
    }

    private mutating func addSDGs(_ goals: [Int], text: String, column: Int) {
        guard let issue = current?.issueIndex, !goals.isEmpty else {
            return warn("an SDGs line that names no goal number or stands outside any 経営課題 is skipped: \"\(text.prefix(40))\"",
                        column: column)
        }
        draft.issues[issue].sdgs.append(contentsOf: goals)
        mark(.field)
    }

    /// An indicator line: `…と答えた割合 80%以上` is the name and, after the last space, its target — a figure
    /// with its unit or bound, maybe with its year (`令和7年度までに1,200人以上`, `60%以上(令和7年度)`).
    private static func indicator(_ text: String) -> OutcomeIndicator {
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        guard let space = text.lastIndex(where: isSpace) else { return OutcomeIndicator(name: text) }
        let target = text[text.index(after: space)...]
        var folded = Substring(MatchText.fold(String(target)))
        if folded.hasSuffix(")"), let open = folded.lastIndex(of: "("), folded[open...].contains("年度") { folded = folded[..<open] }
        let isTarget = folded.contains { $0.isASCII && $0.isNumber }
            && ["以上", "以下", "未満", "超", "%", "件", "人", "回", "か所", "箇所", "団体", "校"].contains { folded.hasSuffix($0) }
        guard isTarget else { return OutcomeIndicator(name: text) }
        let name = text[..<space].trimmingCharacters(in: .whitespaces)
        return OutcomeIndicator(name: name, target: String(target))
    }

    /// `<令和6年度実績と達成状況>` sets the year; `84.2%:A` is the next indicator's actual value and rating.
    private mutating func addIndicatorResult(_ text: String, to owner: ItemRef, column: Int) {
        let folded = MatchText.fold(text)
        if folded.contains("実績"), let range = folded.range(of: "年度") {
            let label = folded[..<range.upperBound].drop { !$0.isLetter && !$0.isNumber }
            if let year = FiscalYear(label: String(label), contextEra: planEra) {
                resultYear = year
                return mark(.heading)
            }
        }
        let year = resultYear ?? draft.title?.fiscalYear ?? draft.mentionedYear ?? FiscalYear(0)
        let (actual, rating) = Self.splitRating(text)
        let placed = draft.withIndicators(of: owner) { indicators in
            guard let index = indicators.firstIndex(where: { !$0.measurements.contains { $0.fiscalYear == year } }) else { return false }
            indicators[index].measurements.append(.init(fiscalYear: year, actual: actual, rating: rating))
            return true
        }
        guard placed == true else {
            return warn("a result with no indicator left to take it is skipped: \"\(text.prefix(40))\"", column: column)
        }
        mark(.field)
    }

    /// `84.2%:A` → (`84.2%`, `A`); text without a rating is all actual value.
    private static func splitRating(_ text: String) -> (String, String?) {
        guard let colon = text.lastIndex(where: { $0 == ":" || $0 == "：" }) else { return (text, nil) }
        let rating = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let actual = text[..<colon].trimmingCharacters(in: .whitespaces)
        guard !rating.isEmpty, rating.count <= 3, !actual.isEmpty else { return (text, nil) }
        return (actual, rating)
    }

    // MARK: - Titles

    /// Splits `title description` at the first run of spaces (half- or full-width) or tabs; line-like
    /// characters (VT, FF, NEL, U+2028) are text and stay where they are.
    static func splitTitle(_ text: String) -> (String, String?) {
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        guard let space = text.firstIndex(where: isSpace) else { return (text, nil) }
        let rest = text[space...].drop(while: isSpace)
        return (String(text[..<space]), rest.isEmpty ? nil : String(rest))
    }

    /// A title without a leading column note (`(2年度予算額)`) or `:` separator.
    static func droppingColumnNote(_ text: String) -> String {
        var rest = Substring(text)
        if let first = rest.first, first == "(" || first == "（", let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }),
            rest[..<close].contains("予算")
        {
            rest = rest[rest.index(after: close)...]
        }
        let trimmed = rest.drop { $0.isWhitespace || $0 == ":" || $0 == "：" }
        return trimmed.isEmpty ? text : String(trimmed)
    }

    // MARK: - Diagnostics

    private mutating func note(_ message: String, column: Int?) {
        report(.note, message, at: SourceLocation(file: file, line: lineNumber, column: column))
    }

    private mutating func warn(_ message: String, column: Int?) {
        report(.warning, message, at: SourceLocation(file: file, line: lineNumber, column: column))
    }

    private mutating func error(_ message: String, column: Int?) {
        report(.error, message, at: SourceLocation(file: file, line: lineNumber, column: column))
    }

    private mutating func report(_ severity: Diagnostic.Severity, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(severity, message, at: location))
        mark(.diagnosed)
    }
}
