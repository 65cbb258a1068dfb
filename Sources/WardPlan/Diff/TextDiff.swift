/// A character-level comparison of two texts: runs of text kept, removed and inserted.
///
/// Characters are Swift's (extended grapheme clusters), so Japanese compares character by character with
/// no notion of words or spaces, and a character with a combining mark is never split. Characters are
/// equal only when their scalars are (神 U+FA19 is not 神 U+795E, が is not か + ゛): text is kept byte for
/// byte, so a change of bytes is a change. Runs are found with Myers' algorithm on what lies between the
/// common prefix and suffix; a middle longer than ``comparisonLimit`` characters (old and new together) is
/// shown as removed whole and inserted whole, and ``isWhole`` says so.
public struct TextDiff: Sendable, Equatable, Encodable {
    /// A run of characters and what happened to it.
    public struct Segment: Sendable, Equatable, Encodable {
        /// What happened to a run.
        public enum Kind: String, Sendable, Equatable, Encodable {
            /// In both texts.
            case kept
            /// Only in the old text.
            case removed
            /// Only in the new text.
            case inserted
        }

        /// What happened to the run.
        public let kind: Kind
        /// The run's text.
        public let text: String

        /// A run of `text` that was `kind`.
        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The longest middle (old and new characters together, past the common prefix and suffix) compared
    /// character by character; Myers' algorithm takes time in proportion to its length times the changes.
    public static let comparisonLimit = 20_000

    /// The runs, in reading order; removed runs come before the inserted runs that replace them.
    public let segments: [Segment]
    /// True when the changed middle was too long to compare (``comparisonLimit``) and is shown whole.
    public let isWhole: Bool

    /// Compares `old` with `new`; a missing text compares as empty.
    public init(old: String?, new: String?) {
        let before = (old ?? "").map(ExactCharacter.init)
        let after = (new ?? "").map(ExactCharacter.init)
        var prefix = 0
        while prefix < min(before.count, after.count), before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(before.count, after.count) - prefix,
            before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
        {
            suffix += 1
        }
        var builder = SegmentBuilder()
        builder.add(.kept, before[..<prefix])
        let oldMiddle = before[prefix..<(before.count - suffix)]
        let newMiddle = after[prefix..<(after.count - suffix)]
        isWhole = oldMiddle.count + newMiddle.count > Self.comparisonLimit && !oldMiddle.isEmpty && !newMiddle.isEmpty
        if isWhole {
            builder.add(.removed, oldMiddle)
            builder.add(.inserted, newMiddle)
        } else {
            Self.compare(Array(oldMiddle), Array(newMiddle), into: &builder)
        }
        builder.add(.kept, before[(before.count - suffix)...])
        segments = builder.segments
    }

    /// Whether the texts are the same.
    public var isUnchanged: Bool { segments.allSatisfy { $0.kind == .kept } }

    /// How alike the texts are, in thousandths: 1000 when equal, 0 when nothing is shared.
    public var similarityPerMille: Int {
        let kept = segments.filter { $0.kind == .kept }.reduce(0) { $0 + $1.text.count }
        let total = segments.reduce(0) { $0 + $1.text.count } + kept
        return total == 0 ? 1000 : kept * 2 * 1000 / total
    }

    private static func compare(_ old: [ExactCharacter], _ new: [ExactCharacter], into builder: inout SegmentBuilder) {
        let difference = new.difference(from: old)
        var removed = Set<Int>()
        var inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var oldIndex = 0
        var newIndex = 0
        while oldIndex < old.count || newIndex < new.count {
            if oldIndex < old.count, removed.contains(oldIndex) {
                builder.add(.removed, old[oldIndex...oldIndex])
                oldIndex += 1
            } else if newIndex < new.count, inserted.contains(newIndex) {
                builder.add(.inserted, new[newIndex...newIndex])
                newIndex += 1
            } else {
                builder.add(.kept, old[oldIndex...oldIndex])
                oldIndex += 1
                newIndex += 1
            }
        }
    }
}

/// A character compared by its scalars, not by canonical equivalence.
private struct ExactCharacter: Equatable {
    let character: Character

    static func == (lhs: ExactCharacter, rhs: ExactCharacter) -> Bool {
        lhs.character.unicodeScalars.elementsEqual(rhs.character.unicodeScalars)
    }
}

/// Gathers characters into runs, joining neighbours of one kind; appends in place, so linear in the text.
private struct SegmentBuilder {
    private var done: [TextDiff.Segment] = []
    private var kind = TextDiff.Segment.Kind.kept
    private var run = ""

    mutating func add(_ kind: TextDiff.Segment.Kind, _ characters: some Collection<ExactCharacter>) {
        guard !characters.isEmpty else { return }
        if kind != self.kind {
            flush()
            self.kind = kind
        }
        for character in characters { run.append(character.character) }
    }

    private mutating func flush() {
        if !run.isEmpty { done.append(TextDiff.Segment(kind: kind, text: run)) }
        run = ""
    }

    var segments: [TextDiff.Segment] {
        var copy = self
        copy.flush()
        return copy.done
    }
}
