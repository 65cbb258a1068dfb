import Foundation
import WardPlan

/// Builds a plan from the lines of its published text, one line at a time.
///
/// Headings switch the field that text goes to; item tags open 経営課題, 戦略, 具体的取組 and 取組項目
/// (an item seen again — 様式1 then 様式2 — is the same item, filled in further); budgets and pillars attach
/// to the open item; a row of column headings maps later table cells to fields.
struct PlanAssembler {
    private(set) var draft = PlanDraft()
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap
    private let file: String?
    private var folding = CharacterFolding()
    private var target = AssemblyTarget.preamble
    private var current: ItemRef?
    private var columns: [Heading?] = []
    private var ended = false

    init(file: String?) {
        self.file = file
        sourceMap = SourceMap(file: file)
    }

    mutating func process(lineNumber: Int, text: String) {
        guard !ended else { return }
        let line = FoldedLine(number: lineNumber, text: text, folding: &folding)
        let whole = 0..<line.folded.count
        let trimmed = line.foldedText(whole).trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        switch PageChrome.classify(trimmed) {
        case .footer?:
            ended = true
            return
        case .skip?:
            return
        case nil:
            break
        }
        if draft.mentionedYear == nil { draft.mentionedYear = PlanHeader.fiscalYearMention(in: trimmed) }
        if draft.title == nil, target == .preamble, let title = PlanHeader.title(line, in: whole) {
            draft.title = title
            sourceMap.record(.plan, line: lineNumber, column: 1)
            return
        }
        if draft.head == nil, draft.issues.isEmpty, let head = PlanHeader.head(line, in: whole) {
            draft.head = head
            sourceMap.record(.head, line: lineNumber)
            return
        }
        let tokens = LineTokenizer.tokens(of: line)
        if let headings = columnHeadings(tokens) {
            columns = headings
            if target != .preamble { target = .unplaced }
            return
        }
        var cell = 0
        for token in tokens {
            if case .cellBreak = token.kind { cell += 1 }
            handle(token, cell: cell, line: line)
        }
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
            apply(heading, topLevel: topLevel, line: line.number)
        case .item(let tag, let inlineTitle):
            open(tag, inlineTitle: inlineTitle, line: line.number, column: token.column)
        case .budget(let written):
            attachBudget(written, line: line.number, column: token.column)
        case .pillar(let written):
            attachPillar(written, line: line.number, column: token.column)
        case .text(let text, let bullet):
            place(text, bullet: bullet, line: line.number, column: token.column)
        case .unclosed(let bracket):
            warn("「\(bracket)」 is not closed on this line: the text may be cut short", line: line.number, column: token.column)
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
        case .currentSituation: .currentSituation
        case .causeAnalysis: .causeAnalysis
        case .outcomeIndicators: .outcomeIndicators
        default: nil
        }
        if let field { target = .item(ref, field) }
    }

    private mutating func apply(_ heading: Heading, topLevel: Bool, line: Int) {
        let itemField: (ItemRef?, ItemField)? = switch heading {
        case .issueSummary: (current?.issueIndex.map(ItemRef.issue), .body)
        case .targetState: (current?.issueIndex.map(ItemRef.issue), .targetState)
        case .currentSituation: (current?.issueIndex.map(ItemRef.issue), .currentSituation)
        case .causeAnalysis: (current?.issueIndex.map(ItemRef.issue), .causeAnalysis)
        case .outcomeIndicators: (current?.strategyRef, .outcomeIndicators)
        case .performanceTarget: (current, .performanceTarget)
        case .interimReview: (current, .interimReview)
        case .selfEvaluation where !topLevel: (current, .selfEvaluation)
        case .reformActions: (current, .body)
        case .reformTarget: (current, .reformTarget)
        default: nil
        }
        if let (ref, field) = itemField {
            target = ref.map { .item($0, field) } ?? .unplaced
            return
        }
        current = nil
        columns = []
        switch heading {
        case .goal: target = .goal; sourceMap.record(.goal, line: line)
        case .mission: target = .mission; sourceMap.record(.mission, line: line)
        case .policy: target = .policy; sourceMap.record(.policy, line: line)
        case .selfEvaluation, .achievements:
            target = .achievements
            sourceMap.record(.selfEvaluation, line: line)
        case .issuesAndImprovements: target = .issuesAndImprovements
        default: target = .unplaced
        }
    }

    private mutating func open(_ tag: ItemTag, inlineTitle: String?, line: Int, column: Int) {
        let ref: ItemRef
        switch tag.kind {
        case .issue:
            ref = .issue(draft.issueIndex(number: tag.id.issueNumber).index)
            sourceMap.record(.issue(tag.id.issueNumber), line: line, column: column)
        case .strategy:
            let issue = issueIndex(for: tag.id, line: line, column: column)
            ref = .strategy(issue, draft.strategyIndex(tag.id, inIssue: issue).index)
            sourceMap.record(.strategy(tag.id), line: line, column: column)
        case .initiative:
            let issue = issueIndex(for: tag.id, line: line, column: column)
            let strategy = strategyIndex(for: tag.id, inIssue: issue, line: line, column: column)
            ref = .initiative(issue, strategy, draft.initiativeIndex(tag.id, issue: issue, strategy: strategy))
            sourceMap.record(.initiative(tag.id), line: line, column: column)
        case .reformItem:
            ref = .reformItem(draft.reformItemIndex(number: tag.id.issueNumber))
            sourceMap.record(.reformItem(tag.id.issueNumber), line: line, column: column)
        }
        current = ref
        if let inlineTitle {
            setTitle(inlineTitle, of: ref, line: line, column: column)
            target = .item(ref, .body)
        } else {
            target = .item(ref, .titleThenBody(tagLine: line))
        }
    }

    /// The 経営課題 a 戦略 or 具体的取組 goes under: the open one, else the one its id names.
    private mutating func issueIndex(for id: ItemID, line: Int, column: Int) -> Int {
        if let index = current?.issueIndex { return index }
        let (index, isNew) = draft.issueIndex(number: id.issueNumber)
        if isNew {
            warn("\(id) appears before 経営課題 \(id.issueNumber); that issue has no title here", line: line, column: column)
            sourceMap.record(.issue(id.issueNumber), line: line, column: column)
        }
        return index
    }

    /// The 戦略 a 具体的取組 goes under: the one its id names in the open issue, else the open one.
    private mutating func strategyIndex(for id: ItemID, inIssue issue: Int, line: Int, column: Int) -> Int {
        if let parent = id.parent, let index = draft.existingStrategy(parent, inIssue: issue) { return index }
        if case .strategy(issue, let index)? = current?.strategyRef { return index }
        if let index = draft.issues[issue].strategies.indices.last { return index }
        let parent = id.parent ?? id
        warn("具体的取組 \(id) appears before any 戦略 \(parent); that strategy has no title here", line: line, column: column)
        sourceMap.record(.strategy(parent), line: line, column: column)
        return draft.strategyIndex(parent, inIssue: issue).index
    }

    private mutating func setTitle(_ title: String, of ref: ItemRef, line: Int, column: Int) {
        let existing = draft.title(of: ref)
        if existing.isEmpty {
            draft.setTitle(of: ref, to: title)
        } else if existing != title {
            diagnostics.append(Diagnostic(
                .error, "\(draft.name(of: ref)) appears twice with different titles (\"\(existing)\" and \"\(title)\"): "
                    + "two items with one number are merged under the first title; number them apart",
                at: SourceLocation(file: file, line: line, column: column)))
        }
    }

    private mutating func attachBudget(_ written: String, line: Int, column: Int) {
        guard case .initiative(let i, let s, let k)? = current else {
            warn("the budget \(written) is outside any 具体的取組 and is ignored", line: line, column: column)
            return
        }
        let initiative = draft.issues[i].strategies[s].initiatives[k]
        let location = SourceLocation(file: file, line: line, column: column, field: PlanElement.budget(initiative.id).name)
        do {
            guard case .amount(let amount) = try BudgetNotation.read(written) else { return }
            if let existing = initiative.budget, existing != amount {
                diagnostics.append(Diagnostic(.error, "a second budget \(written) for 具体的取組 \(initiative.id); only \(existing) is counted",
                                              at: location))
                return
            }
            draft.issues[i].strategies[s].initiatives[k].budget = amount
            sourceMap.record(.budget(initiative.id), line: line, column: column)
        } catch {
            diagnostics.append(Diagnostic(.error, "\(error); the budget is left out", at: location))
        }
    }

    private mutating func attachPillar(_ written: String, line: Int, column: Int) {
        guard case .reformItem(let r)? = current, let pillar = ReformPillarRef(parsing: written) else {
            warn("cannot place the reform-plan pillar \"\(written)\"", line: line, column: column)
            return
        }
        draft.reformItems[r].pillar = pillar
    }

    private mutating func place(_ text: String, bullet: Bool, line: Int, column: Int) {
        switch target {
        case .preamble:
            return
        case .unplaced:
            warn("text that belongs to no field of the plan is skipped: \"\(text.prefix(40))\"", line: line, column: column)
        case .goal: draft.goal.append(text)
        case .mission: draft.mission.append(text)
        case .policy: draft.policy.append(text)
        case .achievements: draft.achievements.append(text)
        case .issuesAndImprovements: draft.issuesAndImprovements.append(text)
        case .item(let ref, .titleThenBody(let tagLine)):
            target = .item(ref, .body)
            guard !bullet else {
                draft.append(text, to: .body, of: ref)
                return
            }
            let (title, rest) = line == tagLine ? Self.splitTitle(text) : (text, nil)
            setTitle(title, of: ref, line: line, column: column)
            if let rest { draft.append(rest, to: .body, of: ref) }
        case .item(let ref, let field):
            draft.append(text, to: field, of: ref)
        }
    }

    /// Splits `title description` at the first run of spaces (half- or full-width) or tabs; line-like
    /// characters (VT, FF, NEL, U+2028) are text and stay where they are.
    static func splitTitle(_ text: String) -> (String, String?) {
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        guard let space = text.firstIndex(where: isSpace) else { return (text, nil) }
        let rest = text[space...].drop(while: isSpace)
        return (String(text[..<space]), rest.isEmpty ? nil : String(rest))
    }

    private mutating func warn(_ message: String, line: Int, column: Int?) {
        diagnostics.append(Diagnostic(.warning, message, at: SourceLocation(file: file, line: line, column: column)))
    }
}
