/// Pairs the items of an old and a new list: first by number or id; then, among the items left on both
/// sides (renumbered ones), by title, most alike first, when the titles are at least
/// ``titleThreshold`` alike (character-level, see ``TextDiff/similarityPerMille``).
enum ItemMatcher {
    /// The least title likeness, in thousandths, for two items with different numbers to be one item.
    static let titleThreshold = 600
    /// The most old × new title comparisons made in one list; past it, unmatched items count as removed and added.
    static let titleComparisonLimit = 250_000

    /// A pair: the old item (`nil` when added), the new (`nil` when removed), and how they matched.
    struct Pair<Item> {
        let old: Item?
        let new: Item?
        let match: ItemChange.Match?
    }

    /// The pairs in the new list's order, each removed item placed after the item that came before it
    /// in the old list.
    static func pairs<Item, Key: Hashable>(
        old: [Item], new: [Item], key: (Item) -> Key, title: (Item) -> String
    ) -> [Pair<Item>] {
        var newByKey: [Key: Int] = [:]
        for (index, item) in new.enumerated() where newByKey[key(item)] == nil { newByKey[key(item)] = index }
        var oldFor = [Int?](repeating: nil, count: new.count)
        var matchFor = [ItemChange.Match?](repeating: nil, count: new.count)
        var unmatchedOld: [Int] = []
        for (index, item) in old.enumerated() {
            if let newIndex = newByKey[key(item)], oldFor[newIndex] == nil {
                oldFor[newIndex] = index
                matchFor[newIndex] = .id
            } else {
                unmatchedOld.append(index)
            }
        }
        let unmatchedNew = new.indices.filter { oldFor[$0] == nil }
        var candidates: [(similarity: Int, old: Int, new: Int)] = []
        for oldIndex in unmatchedOld where unmatchedOld.count * unmatchedNew.count <= titleComparisonLimit {
            for newIndex in unmatchedNew {
                let similarity = TextDiff(old: title(old[oldIndex]), new: title(new[newIndex])).similarityPerMille
                if similarity >= titleThreshold { candidates.append((similarity, oldIndex, newIndex)) }
            }
        }
        var taken = Set<Int>()
        for candidate in candidates.sorted(by: { ($0.similarity, -$0.new) > ($1.similarity, -$1.new) })
        where oldFor[candidate.new] == nil && !taken.contains(candidate.old) {
            oldFor[candidate.new] = candidate.old
            matchFor[candidate.new] = .title(similarityPerMille: candidate.similarity)
            taken.insert(candidate.old)
        }
        return ordered(old: old, new: new, oldFor: oldFor, matchFor: matchFor)
    }

    private static func ordered<Item>(old: [Item], new: [Item], oldFor: [Int?], matchFor: [ItemChange.Match?]) -> [Pair<Item>] {
        var newFor = [Int?](repeating: nil, count: old.count)
        for (newIndex, oldIndex) in oldFor.enumerated() { if let oldIndex { newFor[oldIndex] = newIndex } }
        // Each removed item goes right after the new place of the old item before it (-1: at the start).
        var removedAfter: [Int: [Int]] = [:]
        var previousNew = -1
        for index in old.indices {
            if let newIndex = newFor[index] { previousNew = newIndex } else { removedAfter[previousNew, default: []].append(index) }
        }
        var pairs = (removedAfter[-1] ?? []).map { Pair(old: old[$0], new: nil, match: nil) }
        for newIndex in new.indices {
            pairs.append(Pair(old: oldFor[newIndex].map { old[$0] }, new: new[newIndex], match: matchFor[newIndex]))
            pairs += (removedAfter[newIndex] ?? []).map { Pair(old: old[$0], new: nil, match: nil) }
        }
        return pairs
    }
}
