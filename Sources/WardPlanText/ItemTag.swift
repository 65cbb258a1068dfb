import WardPlan

/// The numbered items a plan tags: 経営課題 N, 戦略 N-M, 具体的取組 N-M-K, 取組項目 N — with the word or, in a
/// bracket or a list of strategies, as a bare id (`【1-1 title】`); unnumbered in a bracket (`【主な戦略 title】`),
/// to be numbered by position.
struct ItemTag: Equatable {
    enum Kind: Equatable {
        case issue, strategy, initiative, reformItem
    }

    let kind: Kind
    /// The id as published; `nil` for an unnumbered tag.
    let id: ItemID?
    /// For a sub-numbered issue (`経営課題1-(2)`), where its published number stands in the folded line.
    let label: Range<Int>?

    /// The words that name a tag's kind, as values to compare with a folded line's (see ``FoldedLine/scalars``).
    private static let keywords: [([UInt32], Kind)] = [
        (FoldedLine.values(of: "経営課題"), .issue), (FoldedLine.values(of: "具体的取組"), .initiative), (FoldedLine.values(of: "戦略"), .strategy),
        (FoldedLine.values(of: "取組項目"), .reformItem),
    ]
    private static let main = FoldedLine.values(of: "主な")
    /// The dashes that may stand between an id's numbers, as values: each is one scalar.
    private static let numberDashes = Set(MatchText.numberDashes.flatMap { FoldedLine.values(of: String($0)) })
    /// What may follow a tag's id: a space, `:`, or a closing bracket.
    private static let tagEnds = Set(FoldedLine.values(of: " :」】)≫》]〉"))

    /// Reads a tag at the start of folded text (`経営課題1`, `主な戦略1-1 title`, `具体的取組 1-1-2`,
    /// `主な具体的取組(4年度予算額) title`), given as a folded line's values, returning the tag and where the rest
    /// (the inline title) begins; `nil` when it is not a tag. `bracketed` text may be unnumbered; `bareIDs` lets
    /// `1-1 title` stand for 戦略 1-1 (and `1-1-1` for 具体的取組 1-1-1).
    static func parse(_ folded: FoldedScalars.SubSequence, bracketed: Bool = false, bareIDs: Bool = false) -> (tag: ItemTag, rest: Int)? {
        var index = folded.startIndex
        if folded.holds(main, at: index) { index += main.count }
        guard let (keyword, kind) = keywords.first(where: { folded.holds($0.0, at: index) }) else {
            guard bracketed || bareIDs, index == folded.startIndex else { return nil }
            return bareID(folded)
        }
        index += keyword.count
        index = skipColumnNote(folded, from: index)
        let idStart = index
        let idEnd = numberRunEnd(folded, from: index)
        guard idEnd > idStart else {
            // `【主な戦略 title】`: an unnumbered item inside a bracket, with its title.
            guard bracketed, kind == .strategy || kind == .initiative, index > folded.startIndex + keyword.count,
                index < folded.endIndex
            else { return nil }
            return (ItemTag(kind: kind, id: nil, label: nil), index)
        }
        index = idEnd
        var label: Range<Int>?
        if kind == .issue, let end = subNumberEnd(folded, from: index) {
            label = idStart..<end
            index = end
        }
        var numberEnd = idEnd
        while label != nil, numberEnd > idStart, numberDashes.contains(folded[numberEnd - 1]) { numberEnd -= 1 }
        guard let id = id(folded[idStart..<numberEnd]) else { return nil }
        if kind == .issue || kind == .reformItem, id.depth != 1 { return nil }
        // After a sub-number the title may follow at once (`経営課題1-(1)title`).
        guard label != nil || isTagEnd(folded, at: index) else { return nil }
        return (ItemTag(kind: kind, id: id, label: label), index)
    }

    /// `1-1 title` (a 戦略) or `1-1-1 title` (a 具体的取組).
    private static func bareID(_ folded: FoldedScalars.SubSequence) -> (tag: ItemTag, rest: Int)? {
        let end = numberRunEnd(folded, from: folded.startIndex)
        guard end > folded.startIndex, let id = id(folded[folded.startIndex..<end]), isTagEnd(folded, at: end)
        else { return nil }
        switch id.depth {
        case 2: return (ItemTag(kind: .strategy, id: id, label: nil), end)
        case 3: return (ItemTag(kind: .initiative, id: id, label: nil), end)
        default: return nil
        }
    }

    /// The id a run of id characters (digits and dashes, each one scalar) spells, as ``WardPlan/ItemID/init(parsing:)``
    /// reads it: nearly always ASCII digits and `-`, read from the values without making text of them (anything else
    /// is made text and parsed).
    private static func id(_ values: FoldedScalars.SubSequence) -> ItemID? {
        if let numbers = ItemID.asciiNumbers(values) { return numbers.id }
        var text = ""
        for value in values { if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) } }
        return ItemID(parsing: text)
    }

    /// Skips spaces, a column note such as `(4年度予算額)` and a `:` separator after the keyword.
    private static func skipColumnNote(_ folded: FoldedScalars.SubSequence, from start: Int) -> Int {
        var index = start
        while index < folded.endIndex, folded[index] == 0x20 /* space */ { index += 1 }
        if index < folded.endIndex, folded[index] == 0x28 /* ( */, let close = folded[index...].firstIndex(of: 0x29 /* ) */),
            folded[index..<close].contains(0x4E88 /* 予 */), folded[index..<close].contains(0x7B97 /* 算 */)
        {
            index = close + 1
        }
        while index < folded.endIndex, folded[index] == 0x20 || folded[index] == 0x3A /* : */ { index += 1 }
        return index
    }

    private static func numberRunEnd(_ folded: FoldedScalars.SubSequence, from start: Int) -> Int {
        var index = start
        while index < folded.endIndex, isNumberCharacter(folded[index]) { index += 1 }
        return index
    }

    /// An ASCII digit or a dash between numbers; the only ASCII dash is `-`.
    private static func isNumberCharacter(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x2D: true
        case ..<0x80: false
        default: numberDashes.contains(value)
        }
    }

    /// The end of a sub-number `(2)` right after an issue's number (`経営課題1-(2)`, the dash already read), if any.
    private static func subNumberEnd(_ folded: FoldedScalars.SubSequence, from start: Int) -> Int? {
        guard start < folded.endIndex, folded[start] == 0x28 /* ( */ else { return nil }
        let digitsEnd = numberRunEnd(folded, from: start + 1)
        guard digitsEnd > start + 1, digitsEnd < folded.endIndex, folded[digitsEnd] == 0x29 /* ) */ else { return nil }
        return digitsEnd + 1
    }

    private static func isTagEnd(_ folded: FoldedScalars.SubSequence, at index: Int) -> Bool {
        index == folded.endIndex || tagEnds.contains(folded[index])
    }
}
