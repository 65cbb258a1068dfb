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

    /// The words that name a tag's kind, as characters to compare with a folded line.
    private static let keywords: [([Character], Kind)] = [
        (Array("経営課題"), .issue), (Array("具体的取組"), .initiative), (Array("戦略"), .strategy), (Array("取組項目"), .reformItem),
    ]
    private static let main: [Character] = ["主", "な"]

    /// Reads a tag at the start of folded text (`経営課題1`, `主な戦略1-1 title`, `具体的取組 1-1-2`,
    /// `主な具体的取組(4年度予算額) title`), returning the tag and where the rest (the inline title) begins;
    /// `nil` when it is not a tag. `bracketed` text may be unnumbered; `bareIDs` lets `1-1 title` stand for
    /// 戦略 1-1 (and `1-1-1` for 具体的取組 1-1-1).
    static func parse(_ folded: ArraySlice<Character>, bracketed: Bool = false, bareIDs: Bool = false) -> (tag: ItemTag, rest: Int)? {
        var index = folded.startIndex
        if folded.starts(with: main) { index += 2 }
        guard let (keyword, kind) = keywords.first(where: { folded[index...].starts(with: $0.0) }) else {
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
        while label != nil, numberEnd > idStart, MatchText.numberDashes.contains(folded[numberEnd - 1]) { numberEnd -= 1 }
        guard let id = ItemID(parsing: String(folded[idStart..<numberEnd])) else { return nil }
        if kind == .issue || kind == .reformItem, id.components.count != 1 { return nil }
        // After a sub-number the title may follow at once (`経営課題1-(1)title`).
        guard label != nil || isTagEnd(folded, at: index) else { return nil }
        return (ItemTag(kind: kind, id: id, label: label), index)
    }

    /// `1-1 title` (a 戦略) or `1-1-1 title` (a 具体的取組).
    private static func bareID(_ folded: ArraySlice<Character>) -> (tag: ItemTag, rest: Int)? {
        let end = numberRunEnd(folded, from: folded.startIndex)
        guard end > folded.startIndex, let id = ItemID(parsing: String(folded[folded.startIndex..<end])), isTagEnd(folded, at: end)
        else { return nil }
        switch id.components.count {
        case 2: return (ItemTag(kind: .strategy, id: id, label: nil), end)
        case 3: return (ItemTag(kind: .initiative, id: id, label: nil), end)
        default: return nil
        }
    }

    /// Skips spaces, a column note such as `(4年度予算額)` and a `:` separator after the keyword.
    private static func skipColumnNote(_ folded: ArraySlice<Character>, from start: Int) -> Int {
        var index = start
        while index < folded.endIndex, folded[index] == " " { index += 1 }
        if index < folded.endIndex, folded[index] == "(", let close = folded[index...].firstIndex(of: ")"),
            folded[index..<close].contains("予"), folded[index..<close].contains("算")
        {
            index = close + 1
        }
        while index < folded.endIndex, folded[index] == " " || folded[index] == ":" { index += 1 }
        return index
    }

    private static func numberRunEnd(_ folded: ArraySlice<Character>, from start: Int) -> Int {
        var index = start
        while index < folded.endIndex, isNumberCharacter(folded[index]) { index += 1 }
        return index
    }

    /// An ASCII digit or a dash between numbers; the only ASCII dash is `-`.
    private static func isNumberCharacter(_ character: Character) -> Bool {
        guard character.isASCII else { return MatchText.numberDashes.contains(character) }
        return character.isNumber || character == "-"
    }

    /// The end of a sub-number `(2)` right after an issue's number (`経営課題1-(2)`, the dash already read), if any.
    private static func subNumberEnd(_ folded: ArraySlice<Character>, from start: Int) -> Int? {
        guard start < folded.endIndex, folded[start] == "(" else { return nil }
        let digitsEnd = numberRunEnd(folded, from: start + 1)
        guard digitsEnd > start + 1, digitsEnd < folded.endIndex, folded[digitsEnd] == ")" else { return nil }
        return digitsEnd + 1
    }

    private static func isTagEnd(_ folded: ArraySlice<Character>, at index: Int) -> Bool {
        guard index < folded.endIndex else { return true }
        let next = folded[index]
        return next == " " || next == ":" || next == "」" || next == "】" || next == ")" || next == "≫" || next == "》"
            || next == "]" || next == "〉"
    }
}
