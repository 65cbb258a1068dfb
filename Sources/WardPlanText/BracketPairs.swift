/// The closing partner of every opening bracket on a line, found in one pass (nesting respected).
struct BracketPairs {
    /// The brackets that pair, openers and closers in the same order (``kind(of:)`` tells them by value; a test
    /// checks it against these).
    static let openers: [Unicode.Scalar] = ["【", "《", "≪", "(", "〔", "[", "「", "〈"]
    static let closers: [Unicode.Scalar] = ["】", "》", "≫", ")", "〕", "]", "」", "〉"]

    /// The opening brackets of the line, in order, each with the index of the bracket closing it, or ``unclosed``:
    /// held for the brackets only, in eight bytes each, as a line of a table can be long. A folded index is taken to
    /// fit in 32 bits, as ``FoldedLine``'s changes take it (a line holds at most ``FoldedLine/maximumLength`` bytes,
    /// but NFKC may make several characters of one).
    private var pairs: [Pair] = []
    /// No bracket closes the pair; while the line is read, also the bottom of a stack of open pairs (a line has
    /// fewer pairs than bytes, so no pair's index is this).
    private static let unclosed = UInt32.max

    private struct Pair {
        let opening: UInt32
        /// The closing bracket's index; while the line is read and the pair is open, the pair of its kind that was
        /// open before it (an index into `pairs`), or ``unclosed``.
        var closing: UInt32
    }

    /// The pairs of a line whose folded values are `scalars`, held (not made through a window).
    init(_ scalars: FoldedScalars) {
        // The brackets still open, a stack for each kind, linked through the open pairs' `closing`; `tops` holds each
        // stack's top.
        var pairs: [Pair] = []
        var open = 0
        // Brackets are characters of two bytes: a value held beyond them is none.
        scalars.withTwoByteValues { values in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: Self.openers.count) { tops in
                tops.initialize(repeating: Self.unclosed)
                for index in values.indices {
                    let value = UInt32(values[index])
                    guard Self.mayBeBracket(value), let (kind, opens) = Self.kind(of: value) else { continue }
                    if opens {
                        // Room for the few pairs a line holds, made once.
                        if pairs.isEmpty { pairs.reserveCapacity(Self.usualPairs) }
                        pairs.append(Pair(opening: UInt32(truncatingIfNeeded: index), closing: tops[kind]))
                        tops[kind] = UInt32(truncatingIfNeeded: pairs.count - 1)
                        open += 1
                    } else if tops[kind] != Self.unclosed {
                        let top = Int(tops[kind])
                        tops[kind] = pairs[top].closing
                        pairs[top].closing = UInt32(truncatingIfNeeded: index)
                        open -= 1
                    }
                }
                // The pairs still open are never closed.
                for kind in tops.indices where open > 0 {
                    var top = tops[kind]
                    while top != Self.unclosed {
                        let below = pairs[Int(top)].closing
                        pairs[Int(top)].closing = Self.unclosed
                        top = below
                    }
                }
            }
        }
        self.pairs = pairs
    }

    /// How many pairs room is made for at the first: a line holds a few.
    private static let usualPairs = 16

    /// Whether a folded character (see ``FoldedLine/scalars``) opens a pair.
    static func opens(_ value: UInt32) -> Bool {
        mayBeBracket(value) && kind(of: value)?.opens == true
    }

    /// Brackets are `(`, `)`, `[`, `]` or stand between ≪ (U+226A) and 〕 (U+3015): most text is passed over at once.
    @inline(__always)
    private static func mayBeBracket(_ value: UInt32) -> Bool {
        value < 0x80 ? value == 0x28 || value == 0x29 || value == 0x5B || value == 0x5D : value &- 0x226A <= 0x3015 - 0x226A
    }

    /// Which pair a bracket belongs to (its index in ``openers`` and ``closers``) and whether it opens it; `nil` for
    /// any other character.
    static func kind(of value: UInt32) -> (kind: Int, opens: Bool)? {
        switch value {
        case 0x3010: (0, true)
        case 0x3011: (0, false)
        case 0x300A: (1, true)
        case 0x300B: (1, false)
        case 0x226A: (2, true)
        case 0x226B: (2, false)
        case 0x28: (3, true)
        case 0x29: (3, false)
        case 0x3014: (4, true)
        case 0x3015: (4, false)
        case 0x5B: (5, true)
        case 0x5D: (5, false)
        case 0x300C: (6, true)
        case 0x300D: (6, false)
        case 0x3008: (7, true)
        case 0x3009: (7, false)
        default: nil
        }
    }

    /// The index of the bracket closing the one at `index`, or `nil` when it is never closed.
    func close(of index: Int) -> Int? {
        var low = 0
        var high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if Int(pairs[middle].opening) < index { low = middle + 1 } else { high = middle }
        }
        guard low < pairs.count, Int(pairs[low].opening) == index, pairs[low].closing != Self.unclosed else { return nil }
        return Int(pairs[low].closing)
    }
}
