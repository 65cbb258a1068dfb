import WardPlan

/// The numbered items a plan tags: 経営課題 N, 戦略 N-M, 具体的取組 N-M-K, 取組項目 N.
struct ItemTag: Equatable {
    enum Kind: Equatable {
        case issue, strategy, initiative, reformItem
    }

    let kind: Kind
    let id: ItemID

    private static let keywords: [(String, Kind)] = [
        ("経営課題", .issue), ("具体的取組", .initiative), ("戦略", .strategy), ("取組項目", .reformItem),
    ]

    /// Reads a tag at the start of folded text (`経営課題1`, `主な戦略1-1 title`, `具体的取組 1-1-2`),
    /// returning the tag and where the rest (the inline title) begins; `nil` when it is not a tag.
    static func parse(_ folded: ArraySlice<Character>) -> (tag: ItemTag, rest: Int)? {
        var index = folded.startIndex
        if folded.starts(with: ["主", "な"]) { index += 2 }
        guard let (keyword, kind) = keywords.first(where: { folded[index...].starts(with: Array($0.0)) }) else { return nil }
        index += keyword.count
        while index < folded.endIndex, folded[index] == " " { index += 1 }
        let idStart = index
        while index < folded.endIndex,
            (folded[index].isASCII && folded[index].isNumber) || MatchText.numberDashes.contains(folded[index])
        {
            index += 1
        }
        guard index > idStart, let id = ItemID(parsing: String(folded[idStart..<index])) else { return nil }
        if kind == .issue || kind == .reformItem, id.components.count != 1 { return nil }
        if index < folded.endIndex {
            let next = folded[index]
            guard next == " " || next == ":" || next == "」" || next == "】" || next == ")" else { return nil }
        }
        return (ItemTag(kind: kind, id: id), index)
    }
}
