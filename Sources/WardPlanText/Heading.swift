import WardPlan

/// The headings of a published plan, each naming the field the text after it belongs to.
enum Heading: Equatable {
    case planSection, goal, mission, policy
    case issuesSection, issueSummary, targetState, currentSituation, causeAnalysis, outcomeIndicators
    case problemRecognition, problem, sdgs, indicatorResults
    case strategiesColumn, initiativesColumn, budgetColumn, performanceTarget
    case interimReview, selfEvaluation, achievements, issuesAndImprovements, overallEvaluation, futurePolicy
    case reformSection, reformItemsColumn, reformActions, reformTarget

    /// Headings that open a part of the plan and may be numbered (`1 重点的に取り組む主な経営課題`, `3 自己評価`).
    private static let numberableSections: Set<Heading> = [.issuesSection, .reformSection, .selfEvaluation]

    private static let exact: [String: Heading] = [
        "計画": .planSection,
        "区の目標": .goal,
        "区の使命": .mission,
        "課題認識": .problemRecognition,
        "関連するSDGs": .sdgs,
        "今後の方針": .futurePolicy,
        "1年間の取組成果と今後取り組みたいこと": .achievements, "1年間の取組成果": .achievements,
        "解決すべき課題と今後の改善方向": .issuesAndImprovements, "解決すべき課題": .issuesAndImprovements,
        "区運営の基本的な考え方": .policy, "運営の基本的な考え方": .policy, "区の方針": .policy,
        "区長の方針": .policy, "区運営の方針": .policy,
        "経営課題": .issuesSection, "主な経営課題": .issuesSection,
        "経営課題の概要": .issueSummary, "課題の概要": .issueSummary, "概要": .issueSummary,
        "めざす状態": .targetState, "めざすべき状態": .targetState, "めざすべき将来像": .targetState, "最終的なめざす状態": .targetState,
        "課題": .problem,
        "現状・課題": .currentSituation, "現状と課題": .currentSituation, "現状": .currentSituation,
        "要因分析": .causeAnalysis,
        "主な戦略": .strategiesColumn, "戦略": .strategiesColumn,
        "主な具体的取組": .initiativesColumn, "具体的取組": .initiativesColumn,
        "予算額": .budgetColumn,
        "業績目標": .performanceTarget, "具体的取組の業績目標": .performanceTarget, "取組の業績目標": .performanceTarget,
        "中間振り返り": .interimReview,
        "自己評価": .selfEvaluation,
        "主な取組項目": .reformItemsColumn, "取組項目": .reformItemsColumn,
        "取組内容": .reformActions,
        "目標": .reformTarget,
    ]

    private static let prefixes: [(String, Heading)] = [
        ("重点的に取り組む", .issuesSection),
        ("アウトカム指標の達成状況", .indicatorResults),
    ]

    private static let fragments: [(String, Heading)] = [
        ("区運営の基本的な考え方", .policy),
        ("基本的な考え方", .policy),
        ("アウトカム指標", .outcomeIndicators),
        ("市政改革計画", .reformSection),
    ]

    /// A heading's words as values, each character one scalar (see ``FoldedLine/scalars``).
    private typealias Words = [UInt32]

    /// The ``exact`` headings' words, by their number of characters: a key of another length is none of them.
    private static let exactByLength: [[(words: Words, heading: Heading)]] = {
        var byLength = [[(words: Words, heading: Heading)]](repeating: [], count: exact.keys.map(\.count).max().map { $0 + 1 } ?? 0)
        for (key, heading) in exact { byLength[key.count].append((FoldedLine.values(of: key), heading)) }
        return byLength
    }()
    private static let prefixWords = prefixes.map { (FoldedLine.values(of: $0.0), $0.1) }
    private static let fragmentWords = fragments.map { (FoldedLine.values(of: $0.0), $0.1) }

    /// Marks that set a heading apart; `◆` and `■` mark the plan's top-level sections. Each is one scalar that
    /// nothing decomposes to, so a folded character is one exactly when its value is that scalar's.
    private static let decorations = FoldedLine.values(of: "◆■◇□●○【≪《<〈[「『")
    private static let closings = FoldedLine.values(of: "】≫》>〉]」』:")
    private static let topLevelMarks = FoldedLine.values(of: "◆■")
    /// Marks of a list item: a bulleted line is text, never a heading.
    private static let listBullets = FoldedLine.values(of: "・•◦‣∙-")
    /// What is dropped from a heading's start and end: its marks and spaces.
    private static let leadingMarks = decorations + [0x20]
    private static let trailingMarks = closings + [0x20]
    private static let sentenceEnd = ("。" as Unicode.Scalar).value
    private static let open = ("(" as Unicode.Scalar).value
    private static let close = (")" as Unicode.Scalar).value
    private static let wardMark = ("区" as Unicode.Scalar).value
    /// What may follow a section number: `1 `, `1.`, `1、`.
    private static let afterSectionNumber = FoldedLine.values(of: " .、")
    private static let fiscalYearWord = FoldedLine.values(of: "年度")
    private static let (goalWord, missionWord, situationWord, evaluationWord) =
        (FoldedLine.values(of: "目標"), FoldedLine.values(of: "使命"), FoldedLine.values(of: "現状"), FoldedLine.values(of: "自己評価"))
    private static let (aimWord, settingWord, wholeWord) = (FoldedLine.values(of: "めざす"), FoldedLine.values(of: "課題設定"), FoldedLine.values(of: "全体"))
    private static let wardSuffixes = [(FoldedLine.values(of: "の目標"), Heading.goal), (FoldedLine.values(of: "の使命"), .mission)]
    private static let (reformWord, basedOnWord) = (FoldedLine.values(of: "市政改革"), FoldedLine.values(of: "に基づく"))

    /// Classifies the folded characters of `range` in `line`, standing alone (a whole cell, or a 【】 tag's content).
    /// Returns the heading and whether it was marked as a top-level section (◆自己評価).
    ///
    /// Read from the values (one per character, so that what is told of characters is told of values), without
    /// making the text: a cell may hold a whole plan.
    static func classify(_ line: FoldedLine, _ cell: Range<Int>) -> (heading: Heading, topLevel: Bool)? {
        // A sentence or a list item, as most cells are, is told before anything is copied (and again, as any text
        // is, in the copy).
        let values = line.scalars
        var range = cell
        while let first = range.first, FoldedLine.isWhitespace(values[first]) { range.removeFirst() }
        while let last = range.last, FoldedLine.isWhitespace(values[last]) { range.removeLast() }
        guard let first = range.first, let last = range.last, !listBullets.contains(values[first]), values[last] != sentenceEnd
        else { return nil }
        return values.read(range, copied: { classify($0[...], in: line, offset: range.lowerBound) },
                           inPlace: { classify($0, in: line, offset: 0) })
    }

    /// Classifies `cell`, values of `line`: an index of `cell` plus `offset` is its index in `line`.
    private static func classify<Values: FoldedValues>(_ cell: Slice<Values>, in line: FoldedLine, offset: Int) -> (heading: Heading, topLevel: Bool)? {
        var core = cell.trimmed()
        // A sentence (`…が伝わっていない。`) or a list item is text, whatever words it holds.
        guard let first = core.first, let last = core.last, !listBullets.contains(first), last != sentenceEnd else { return nil }
        let topLevel = topLevelMarks.contains(first)
        while let first = core.first, leadingMarks.contains(first) { core.removeFirst() }
        while let last = core.last, trailingMarks.contains(last) { core.removeLast() }
        // `(概要)`, `(主な戦略)`: a heading wrapped whole in brackets, as some 素案 pages print them.
        if core.first == open, core.last == close, !core.dropFirst().contains(open) {
            core = core.dropFirst().dropLast()
        }
        // Marks alone (`◆`, `】`, `()`) are no heading.
        guard !core.isEmpty else { return nil }
        let numbered = dropSectionNumber(core)
        // A numbered line's rest is shorter than it: any other answer is the text itself.
        if numbered.startIndex != core.startIndex {
            // `1 重点的に取り組む主な経営課題`: a numbered line is a heading only when it opens a part of the plan.
            guard let (heading, _) = classify(numbered, in: line, offset: offset), numberableSections.contains(heading) else { return nil }
            return (heading, true)
        }
        let plain = dropFiscalYear(core, in: line, offset: offset)
        // Text longer than any heading is none unless annotations are cut from its end: told before they are looked for.
        if plain.count > 40, surelyCutsNoAnnotation(from: plain) { return nil }
        let (key, annotation) = dropTrailingAnnotations(plain)
        let namesYear = (plain.startIndex != core.startIndex || plain.endIndex != core.endIndex) && plain.count != core.count
        guard !key.isEmpty, key.count <= 40 else { return nil }
        // `令和6年度予算額` heads an amount of its own (a budget line split over two lines), not a column.
        let exactHeading = key.count < exactByLength.count ? exactByLength[key.count].first { key.elementsEqual($0.words) }?.heading : nil
        if namesYear, exactHeading == .budgetColumn { return nil }
        if let heading = byAnnotation(key, annotation) { return (heading, heading == .overallEvaluation || topLevel) }
        // Short words (目標, 概要, 現状) are headings only when nothing follows them: 目標(全角) is text.
        if let heading = exactHeading, key.count > 2 || key.count == plain.count { return (heading, topLevel) }
        if let heading = wardNamed(key) { return (heading, topLevel) }
        if key.count <= 30, let (_, heading) = prefixWords.first(where: { key.holds($0.0, at: key.startIndex) }) { return (heading, topLevel) }
        if key.count <= 30, let (_, heading) = fragmentWords.first(where: { key.contains(words: $0.0) }) { return (heading, topLevel) }
        if key.contains(words: reformWord), key.contains(words: basedOnWord) { return (.reformSection, true) }
        return nil
    }

    /// Headings told apart by their annotation: `目標(何をめざすのか)` is the ward's goal (a bare 目標 is a
    /// reform item's target), `使命(どのような役割を担うのか)` its mission (a bare 使命 is text),
    /// `自己評価(運営方針全体の定性評価)` the plan-level evaluation.
    private static func byAnnotation<Values: FoldedValues>(_ key: Slice<Values>, _ annotation: Slice<Values>) -> Heading? {
        guard !annotation.isEmpty else { return nil }
        if key.elementsEqual(goalWord) { return annotation.contains(words: aimWord) ? .goal : nil }
        if key.elementsEqual(missionWord) { return .mission }
        if key.elementsEqual(situationWord) { return annotation.contains(words: settingWord) ? .currentSituation : nil }
        if key.elementsEqual(evaluationWord) { return annotation.contains(words: wholeWord) ? .overallEvaluation : nil }
        return nil
    }

    /// `東淀川区の目標`, `東淀川区の使命`: the ward's name in place of 区.
    private static func wardNamed<Values: FoldedValues>(_ key: Slice<Values>) -> Heading? {
        for (suffix, heading) in wardSuffixes where key.ends(with: suffix) {
            let ward = key.dropLast(suffix.count)
            if ward.last == wardMark, ward.count <= 8, !ward.contains(0x20) { return heading }
        }
        return nil
    }

    /// Drops a section number and the space after it: `1 重点的に…` → `重点的に…`; other text is returned whole.
    private static func dropSectionNumber<Values: FoldedValues>(_ text: Slice<Values>) -> Slice<Values> {
        let digits = text.prefix { (0x30...0x39).contains($0) }
        guard !digits.isEmpty, digits.count <= 2 else { return text }
        let rest = text.dropFirst(digits.count)
        guard let mark = rest.first, afterSectionNumber.contains(mark) else { return text }
        let heading = rest.dropFirst().trimmed()
        return heading.isEmpty ? text : heading
    }

    /// Drops a leading `令和2年度` and the space after it: 年度 after at most four characters.
    private static func dropFiscalYear<Values: FoldedValues>(_ text: Slice<Values>, in line: FoldedLine, offset: Int) -> Slice<Values> {
        let candidates = text.startIndex..<min(text.startIndex + 5, text.endIndex)
        guard let year = candidates.first(where: { text.holds(fiscalYearWord, at: $0) }) else { return text }
        let end = year + fiscalYearWord.count
        guard FiscalYear(label: line.foldedText((offset + text.startIndex)..<(offset + end)), contextEra: .reiwa) != nil else { return text }
        return text[end...].trimmed()
    }

    /// Drops trailing `(何をめざすのか)`, `(様式2)` and the like — and one left open, `(何をめざすのか` —
    /// returning the text and what was dropped.
    private static func dropTrailingAnnotations<Values: FoldedValues>(_ text: Slice<Values>) -> (Slice<Values>, Slice<Values>) {
        // No `(`, no annotation.
        guard let lastOpen = text.lastIndex(of: open) else { return (text, text[text.endIndex...]) }
        var kept = text
        if !text[lastOpen...].contains(close), lastOpen > text.startIndex { kept = text[..<lastOpen].trimmed() }
        while kept.last == close {
            var depth = 0
            var cut: Int?
            for index in (kept.startIndex..<kept.endIndex).reversed() {
                if kept[index] == close { depth += 1 }
                if kept[index] == open {
                    depth -= 1
                    if depth == 0 {
                        cut = index
                        break
                    }
                }
            }
            guard let cut, cut > kept.startIndex else { break }
            kept = kept[..<cut].trimmed()
        }
        return (kept, text[kept.endIndex...])
    }

    /// Whether ``dropTrailingAnnotations(_:)`` surely cuts nothing from `text` (`false`: it may): it cuts at a `(`
    /// when the text ends with a `)`, or when no `)` follows its last `(`.
    private static func surelyCutsNoAnnotation<Values: FoldedValues>(from text: Slice<Values>) -> Bool {
        guard text.last != close else { return false }
        guard let lastOpen = text.lastIndex(of: open) else { return true }
        return text[lastOpen...].contains(close)
    }
}

/// Folded values of a line (see ``FoldedLine/scalars``), one per character: what is told of characters is told of
/// values. The line's own, or a copy of some.
protocol FoldedValues: RandomAccessCollection<UInt32> where Index == Int {}

extension FoldedScalars: FoldedValues {}
extension UnsafeBufferPointer: FoldedValues where Element == UInt32 {}

extension Slice where Base: FoldedValues {
    /// The values without white space at their ends.
    fileprivate func trimmed() -> Self {
        var text = self
        while let first = text.first, FoldedLine.isWhitespace(first) { text.removeFirst() }
        while let last = text.last, FoldedLine.isWhitespace(last) { text.removeLast() }
        return text
    }

    /// Whether `words` stand in the values, character for character.
    fileprivate func contains(words: [UInt32]) -> Bool {
        firstRange(ofWords: words) != nil
    }

    /// Whether the values end with `suffix`.
    fileprivate func ends(with suffix: [UInt32]) -> Bool {
        holds(suffix, at: endIndex - suffix.count)
    }
}
