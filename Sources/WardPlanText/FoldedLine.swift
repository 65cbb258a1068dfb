import WardPlan

/// One line of published text with its folded form for matching.
///
/// `folded` is the line character by character through ``MatchText/fold(_:)``; `origin` maps every
/// folded character back to the original one it came from, so that whatever is matched on the
/// folded form is taken from the original text, byte for byte.
struct FoldedLine {
    let number: Int
    let original: [Character]
    let folded: [Character]
    let origin: [Int]

    init(number: Int, text: String, folding: inout CharacterFolding) {
        self.number = number
        original = Array(text)
        var folded: [Character] = []
        var origin: [Int] = []
        folded.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        for (index, character) in original.enumerated() {
            for piece in folding.fold(character) {
                folded.append(piece)
                origin.append(index)
            }
        }
        self.folded = folded
        self.origin = origin
    }

    /// The original text behind the folded range, unchanged.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        return String(original[origin[range.lowerBound]...origin[range.upperBound - 1]])
    }

    /// The folded text of a range, for matching.
    func foldedText(_ range: Range<Int>) -> String { String(folded[range]) }

    /// The 1-based column of a folded position, in original characters.
    func column(_ index: Int) -> Int {
        guard !origin.isEmpty else { return 1 }
        return origin[min(index, origin.count - 1)] + 1
    }
}

/// Per-character folding with a cache: plans repeat the same few thousand characters.
struct CharacterFolding {
    private var cache: [Character: [Character]] = [:]

    mutating func fold(_ character: Character) -> [Character] {
        if character.isASCII { return [character] }
        if let cached = cache[character] { return cached }
        let folded = Array(MatchText.fold(character))
        cache[character] = folded
        return folded
    }
}
