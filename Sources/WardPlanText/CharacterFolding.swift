import Synchronization

/// Per-character folding with a cache: plans repeat the same few thousand characters. A character of one scalar is
/// looked up by its value, as hashing a `Character` costs more than folding it.
///
/// Each import has its own cache; the folds of single scalars are shared by all the imports of a process too
/// (``shared``), as folding one with Foundation costs thousands of instructions and every plan holds the same.
/// It keeps the import's ``FoldedLine/windowLength`` too, read once rather than at every line.
struct CharacterFolding {
    private var scalars: [UInt32: [(Character, UInt32)]] = [:]
    private var clusters: [Character: [(Character, UInt32)]] = [:]

    /// ``FoldedLine/windowLength`` as it is where the first line is folded.
    lazy var windowLength = FoldedLine.windowLength

    /// The folded characters of the character of value `value` (see ``FoldedLine/scalars``), which is `cluster` when
    /// it is of several scalars; each with its value.
    mutating func fold(_ value: UInt32, cluster: Character?) -> [(Character, UInt32)] {
        if let cluster {
            if let cached = clusters[cluster] { return cached }
            let folded = Self.fold(cluster)
            clusters[cluster] = folded
            return folded
        }
        // Full-width forms, dashes and the ideographic space fold to one ASCII character: told without a look-up.
        if let ascii = MatchText.asciiFold(of: value) { return Self.asciiFolds[Int(ascii)] }
        if let cached = scalars[value] { return cached }
        let folded = Self.shared.withLock { $0[value] } ?? Self.foldSharing(value)
        scalars[value] = folded
        return folded
    }

    /// The folds of single scalars made so far in the process, by value; at most ``sharedLimit`` of them, a few
    /// megabytes kept for the process's life (a plan holds a few thousand distinct characters).
    private static let shared = Mutex<[UInt32: [(Character, UInt32)]]>([:])
    private static let sharedLimit = 1 << 16

    /// The fold of the scalar of value `value`, kept in ``shared`` while there is room.
    private static func foldSharing(_ value: UInt32) -> [(Character, UInt32)] {
        let folded = fold(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}")
        shared.withLock { cache in
            if cache.count < sharedLimit { cache[value] = folded }
        }
        return folded
    }

    /// The fold of each ASCII character, itself, by its value.
    private static let asciiFolds = (0..<128).map { value in [(Character(Unicode.Scalar(UInt8(value))), UInt32(value))] }

    private static func fold(_ character: Character) -> [(Character, UInt32)] {
        MatchText.fold(character).map { ($0, FoldedLine.value(of: $0)) }
    }
}
