/// The closing partner of every opening bracket on a line, found in one pass (nesting respected).
struct BracketPairs {
    /// The brackets that pair, openers and closers in the same order.
    private static let openers: [Unicode.Scalar] = ["【", "《", "≪", "(", "〔", "[", "「", "〈"]
    private static let closers: [Unicode.Scalar] = ["】", "》", "≫", ")", "〕", "]", "」", "〉"]

    /// The opening brackets' indices in the line, in order, and beside each the index of the bracket closing it,
    /// or -1: held for the brackets only, as a line of a table can be long.
    private var openings: [Int] = []
    private var closings: [Int] = []

    init(_ line: FoldedLine) {
        var stacks: [[Int]] = Array(repeating: [], count: Self.openers.count)
        for (index, value) in line.scalars.enumerated() where Self.mayBeBracket(value) {
            if let kind = Self.openers.firstIndex(where: { $0.value == value }) {
                stacks[kind].append(openings.count)
                openings.append(index)
                closings.append(-1)
            } else if let kind = Self.closers.firstIndex(where: { $0.value == value }), let open = stacks[kind].popLast() {
                closings[open] = index
            }
        }
    }

    /// Whether a folded character (see ``FoldedLine/scalars``) opens a pair.
    static func opens(_ value: UInt32) -> Bool {
        mayBeBracket(value) && openers.contains { $0.value == value }
    }

    /// Brackets are ASCII or stand between ≪ (U+226A) and 〕 (U+3015): most text is passed over at once.
    private static func mayBeBracket(_ value: UInt32) -> Bool {
        value < 0x80 || (0x226A...0x3015).contains(value)
    }

    /// The index of the bracket closing the one at `index`, or `nil` when it is never closed.
    func close(of index: Int) -> Int? {
        var low = 0
        var high = openings.count
        while low < high {
            let middle = (low + high) / 2
            if openings[middle] < index { low = middle + 1 } else { high = middle }
        }
        guard low < openings.count, openings[low] == index, closings[low] >= 0 else { return nil }
        return closings[low]
    }
}
