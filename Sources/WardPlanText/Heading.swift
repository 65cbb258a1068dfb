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

    /// Marks that set a heading apart; `◆` and `■` mark the plan's top-level sections.
    /// Held as scalars: each mark is one scalar that nothing decomposes to, so a character is one exactly when it is
    /// that scalar alone (``isOne(of:_:)``), told without hashing a `Character`.
    private static let decorations: Set<Unicode.Scalar> = ["◆", "■", "◇", "□", "●", "○", "【", "≪", "《", "<", "〈", "[", "「", "『"]
    private static let closings: Set<Unicode.Scalar> = ["】", "≫", "》", ">", "〉", "]", "」", "』", ":"]
    private static let topLevelMarks: Set<Unicode.Scalar> = ["◆", "■"]
    /// The byte lengths of the ``exact`` headings' UTF-8: folded text and the headings are composed, so a key of
    /// another length is none of them, found without hashing it.
    private static let exactLengths = Set(exact.keys.map(\.utf8.count))

    /// Marks of a list item: a bulleted line is text, never a heading.
    private static let listBullets: Set<Unicode.Scalar> = ["・", "•", "◦", "‣", "∙", "-"]
    /// What is dropped from a heading's start and end: its marks and spaces.
    private static let leadingMarks = decorations.union([" "])
    private static let trailingMarks = closings.union([" "])
    private static let sentenceEnd: Set<Unicode.Scalar> = ["。"]
    private static let openingBracket: Set<Unicode.Scalar> = ["("]
    private static let closingBracket: Set<Unicode.Scalar> = [")"]

    /// Whether a folded character's value (see ``FoldedLine/scalars``) is the mark that ends a sentence.
    static func isSentenceEnd(_ value: UInt32) -> Bool {
        Unicode.Scalar(value).map(sentenceEnd.contains) ?? false
    }

    /// Whether `character` is one of `marks` (single scalars that nothing decomposes to).
    private static func isOne(of marks: Set<Unicode.Scalar>, _ character: Character) -> Bool {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return false }
        return marks.contains(first)
    }

    /// Whether the text's first character is one of `marks`. A character that is a mark is that scalar alone, so a
    /// text whose first scalar is no mark begins with none, told without reading its first character.
    private static func startsWithOne(of marks: Set<Unicode.Scalar>, _ text: Substring) -> Bool {
        guard let scalar = text.unicodeScalars.first, marks.contains(scalar), let first = text.first else { return false }
        return isOne(of: marks, first)
    }

    /// Whether the text's last character is one of `marks`, told from its last scalar as ``startsWithOne(of:_:)`` is.
    private static func endsWithOne(of marks: Set<Unicode.Scalar>, _ text: Substring) -> Bool {
        guard let scalar = text.unicodeScalars.last, marks.contains(scalar), let last = text.last else { return false }
        return isOne(of: marks, last)
    }

    /// Classifies folded text that stands alone (a whole cell, or a 【】 tag's content).
    /// Returns the heading and whether it was marked as a top-level section (◆自己評価).
    static func classify(_ folded: String) -> (heading: Heading, topLevel: Bool)? {
        var core = Substring(folded).trimmingWhitespace()
        // A sentence (`…が伝わっていない。`) or a list item is text, whatever words it holds.
        guard !core.isEmpty, !startsWithOne(of: listBullets, core), !endsWithOne(of: sentenceEnd, core) else { return nil }
        let topLevel = startsWithOne(of: topLevelMarks, core)
        while startsWithOne(of: leadingMarks, core) { core.removeFirst() }
        while endsWithOne(of: trailingMarks, core) { core.removeLast() }
        // `(概要)`, `(主な戦略)`: a heading wrapped whole in brackets, as some 素案 pages print them.
        if startsWithOne(of: openingBracket, core), endsWithOne(of: closingBracket, core), core.dropFirst().firstIndex(of: "(") == nil {
            core = core.dropFirst().dropLast()
        }
        let numbered = dropSectionNumber(core)
        // A numbered line's rest is shorter than it: any other answer is the text itself.
        if numbered.startIndex != core.startIndex {
            // `1 重点的に取り組む主な経営課題`: a numbered line is a heading only when it opens a part of the plan.
            guard let (heading, _) = classify(String(numbered)), numberableSections.contains(heading) else { return nil }
            return (heading, true)
        }
        let plain = dropFiscalYear(core)
        // Text longer than any heading is none unless annotations are cut from its end: told before they are looked for.
        if !plain.hasAtMostCharacters(40), surelyCutsNoAnnotation(from: plain) { return nil }
        let (bare, annotation) = dropTrailingAnnotations(plain)
        let namesYear = (plain.startIndex != core.startIndex || plain.endIndex != core.endIndex) && plain.count != core.count
        core = bare
        // Counted no further than needed: a long cell is no heading.
        guard !core.isEmpty, core.hasAtMostCharacters(40) else { return nil }
        let key = String(core)
        let keyLength = core.characterCount
        // `令和6年度予算額` heads an amount of its own (a budget line split over two lines), not a column.
        let exactHeading: Heading? = exactLengths.contains(key.utf8.count) ? exact[key] : nil
        if namesYear, exactHeading == .budgetColumn { return nil }
        if let heading = byAnnotation(key, annotation) { return (heading, heading == .overallEvaluation || topLevel) }
        // Short words (目標, 概要, 現状) are headings only when nothing follows them: 目標(全角) is text.
        if let heading = exactHeading, keyLength > 2 || core == plain { return (heading, topLevel) }
        if let heading = wardNamed(key) { return (heading, topLevel) }
        if keyLength <= 30, let (_, heading) = prefixes.first(where: { key.hasPrefix(words: $0.0) }) { return (heading, topLevel) }
        if keyLength <= 30, let (_, heading) = fragments.first(where: { key.containsWords($0.0) }) { return (heading, topLevel) }
        if key.containsWords("市政改革"), key.containsWords("に基づく") { return (.reformSection, true) }
        return nil
    }

    /// Headings told apart by their annotation: `目標(何をめざすのか)` is the ward's goal (a bare 目標 is a
    /// reform item's target), `使命(どのような役割を担うのか)` its mission (a bare 使命 is text),
    /// `自己評価(運営方針全体の定性評価)` the plan-level evaluation.
    private static func byAnnotation(_ key: String, _ annotation: Substring) -> Heading? {
        // Each needs an annotation, and is two or four kanji long (six or twelve bytes, folded text being composed).
        guard !annotation.isEmpty, key.utf8.count == 6 || key.utf8.count == 12 else { return nil }
        return switch key {
        case "目標" where annotation.containsWords("めざす"): .goal
        case "使命" where !annotation.isEmpty: .mission
        case "現状" where annotation.containsWords("課題設定"): .currentSituation
        case "自己評価" where annotation.containsWords("全体"): .overallEvaluation
        default: nil
        }
    }

    /// `東淀川区の目標`, `東淀川区の使命`: the ward's name in place of 区.
    private static func wardNamed(_ key: String) -> Heading? {
        for (suffix, heading) in [("の目標", Heading.goal), ("の使命", .mission)] where key.hasSuffix(words: suffix) {
            let ward = key.dropLast(suffix.count)
            if ward.hasSuffix(words: "区"), ward.count <= 8, !ward.containsWords(" ") { return heading }
        }
        return nil
    }

    /// Drops a section number and the space after it: `1 重点的に…` → `重点的に…`; other text is returned whole.
    private static func dropSectionNumber(_ text: Substring) -> Substring {
        // A character that is an ASCII digit is that scalar alone.
        guard let lead = text.unicodeScalars.first, ("0"..."9").contains(lead) else { return text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2 else { return text }
        var rest = text.dropFirst(digits.count)
        guard let first = rest.first, first == " " || first == "." || first == "、" else { return text }
        rest = rest.dropFirst().trimmingWhitespace()
        return rest.isEmpty ? text : rest
    }

    /// Drops a leading `令和2年度` and the space after it.
    private static func dropFiscalYear(_ text: Substring) -> Substring {
        guard let end = text.range(ofWords: "年度"), text[..<end.lowerBound].hasAtMostCharacters(4) else { return text }
        let label = String(text[..<end.upperBound])
        guard FiscalYear(label: label, contextEra: .reiwa) != nil else { return text }
        return text[end.upperBound...].trimmingWhitespace()
    }

    /// Drops trailing `(何をめざすのか)`, `(様式2)` and the like — and one left open, `(何をめざすのか` —
    /// returning the text and what was dropped.
    private static func dropTrailingAnnotations(_ text: Substring) -> (Substring, Substring) {
        // No `(`, no annotation.
        guard text.containsBytes(of: "(") else { return (text, text[text.endIndex...]) }
        // Text whose every scalar is a character of its own is walked by its scalars, which index it the same.
        let kept = text.unicodeScalars.allSatisfy({ LineCharacters.standsAlone($0.value) })
            ? annotationsDropped(from: text, walking: text.unicodeScalars)
            : annotationsDropped(from: text, walking: text)
        return (kept, text[kept.endIndex...])
    }

    /// Whether ``dropTrailingAnnotations(_:)`` surely cuts nothing from `text` (`false`: it may), told from its bytes.
    /// It cuts at a `(` when the text ends with a `)`, or when no `)` follows its last `(`. A character that is `(` or
    /// `)` is that scalar alone, so text whose last scalar is no `)` ends with no `)`; and a `)` standing between
    /// scalars that stand alone (``LineCharacters/standsAlone(_:)``) is a character of its own.
    private static func surelyCutsNoAnnotation(from text: Substring) -> Bool {
        text.withContiguousUTF8 { bytes in
            guard bytes.last != UInt8(ascii: ")") else { return false }
            guard let open = bytes.lastIndex(of: UInt8(ascii: "(")) else { return true }
            return StaticString(")").withUTF8Buffer { close in
                bytes[(open + 1)...].indices.contains { offset in
                    bytes[offset] == UInt8(ascii: ")") && ByteSearch.isCharacterBoundary(at: offset, in: bytes, before: close)
                        && ByteSearch.isCharacterBoundary(at: offset + 1, in: bytes, after: close)
                }
            }
        }
    }

    /// `text` without its trailing annotations, its characters read through `walk` (the text itself, or its scalars).
    private static func annotationsDropped<Walk: BidirectionalCollection>(from whole: Substring, walking walk: Walk) -> Substring
    where Walk.Index == String.Index, Walk.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
        var text = whole
        if let open = walk.lastIndex(of: "("), !walk[open...].contains(")"), open > text.startIndex {
            text = text[..<open].trimmingWhitespace()
        }
        while walk[text.startIndex..<text.endIndex].last == ")" {
            var depth = 0
            var cut: String.Index?
            for index in walk[text.startIndex..<text.endIndex].indices.reversed() {
                if walk[index] == ")" { depth += 1 }
                if walk[index] == "(" {
                    depth -= 1
                    if depth == 0 {
                        cut = index
                        break
                    }
                }
            }
            guard let cut, cut > text.startIndex else { break }
            text = text[..<cut].trimmingWhitespace()
        }
        return text
    }
}
