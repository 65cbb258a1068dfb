import Testing
import WardPlanSynthetic
@testable import WardPlanText

/// A line's bracket pairs — each opener's closer, nesting respected kind by kind — against a plain stack per kind.
@Suite("Bracket pairs")
struct BracketPairsTests {
    /// Each opener's closing index by a stack for each kind, read character by character.
    private static func reference(_ text: String) -> [Int: Int?] {
        var stacks: [Int: [Int]] = [:]
        var closes: [Int: Int?] = [:]
        for (index, character) in text.enumerated() {
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { continue }
            if let kind = BracketPairs.openers.firstIndex(of: scalar) {
                stacks[kind, default: []].append(index)
                closes[index] = .some(nil)
            } else if let kind = BracketPairs.closers.firstIndex(of: scalar), let open = stacks[kind]?.popLast() {
                closes[open] = index
            }
        }
        return closes
    }

    @Test("every opener's closer, or none, as a stack per kind finds it", arguments: [
        "", "【経営課題1】", "(((a)", "a)b(c", "))((", "【a(b】c)", "【《》", "《1,000千円》(2,000千円)【】", "「『」」〈〉〔〕[]≪≫",
        "((((((((((((((((((((((((((((((((()", "【(【(【(】)】)】)", "(a)(b)(c)【", "x", "】】】【【【",
    ])
    func matchesStacks(text: String) {
        var folding = CharacterFolding()
        let line = FoldedLine(number: 1, text: text, folding: &folding)
        let pairs = BracketPairs(line.scalars)
        let expected = Self.reference(text)
        for index in 0..<line.count {
            #expect(pairs.close(of: index) == expected[index] ?? nil, "\(text) at \(index)")
        }
    }

    @Test("long mixed lines: the same as the stacks, opened and closed in every order")
    func mixed() {
        var generator = SplitMix64(seed: 11)
        let marks = Array("【】《》≪≫()〔〕[]「」〈〉a")
        for _ in 0..<50 {
            let text = String((0..<200).map { _ in marks[Int(generator.next() % UInt64(marks.count))] })
            var folding = CharacterFolding()
            let line = FoldedLine(number: 1, text: text, folding: &folding)
            let pairs = BracketPairs(line.scalars)
            let expected = Self.reference(text)
            #expect((0..<line.count).allSatisfy { pairs.close(of: $0) == expected[$0] ?? nil }, "\(text)")
        }
    }
}

