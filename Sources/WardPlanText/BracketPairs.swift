/// The closing partner of every opening bracket on a line, found in one pass (nesting respected).
struct BracketPairs {
    static let pairs: [Character: Character] = [
        "【": "】", "《": "》", "≪": "≫", "(": ")", "〔": "〕", "[": "]", "「": "」", "〈": "〉",
    ]
    private static let openerOf: [Character: Character] = Dictionary(uniqueKeysWithValues: pairs.map { ($1, $0) })

    private var closeAt: [Int: Int] = [:]

    init(_ characters: [Character]) {
        var stacks: [Character: [Int]] = [:]
        for (index, character) in characters.enumerated() {
            if Self.pairs[character] != nil {
                stacks[character, default: []].append(index)
            } else if let opener = Self.openerOf[character], let open = stacks[opener]?.popLast() {
                closeAt[open] = index
            }
        }
    }

    /// The index of the bracket closing the one at `index`, or `nil` when it is never closed.
    func close(of index: Int) -> Int? { closeAt[index] }
}
