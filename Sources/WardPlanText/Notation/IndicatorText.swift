import Foundation
import WardPlan

/// アウトカム指標 lines: an indicator with its target, and a result with its achievement rating.
enum IndicatorText {
    /// An indicator line: `…と答えた割合 80%以上` is the name and, after the last space, its target — a figure
    /// with its unit or bound, maybe with its year (`令和7年度までに1,200人以上`, `60%以上(令和7年度)`).
    static func indicator(_ text: String) -> OutcomeIndicator {
        let isSpace = { (character: Character) in character.isWhitespace && !character.isNewline }
        guard let space = text.lastIndex(where: isSpace) else { return OutcomeIndicator(name: text) }
        let target = text[text.index(after: space)...]
        var folded = Substring(MatchText.fold(String(target)))
        if folded.hasSuffix(")"), let open = folded.lastIndex(of: "("), folded[open...].containsWords("年度") { folded = folded[..<open] }
        let isTarget = folded.contains { $0.isASCII && $0.isNumber }
            && ["以上", "以下", "未満", "超", "%", "件", "人", "回", "か所", "箇所", "団体", "校"].contains { folded.hasSuffix($0) }
        guard isTarget else { return OutcomeIndicator(name: text) }
        let name = String(text[..<space]).trimmingWhitespaces()
        return OutcomeIndicator(name: name, target: String(target))
    }

    /// `84.2%:A` → (`84.2%`, `A`); text without a rating is all actual value.
    static func actualAndRating(_ text: String) -> (actual: String, rating: String?) {
        guard let colon = text.lastIndex(where: { $0 == ":" || $0 == "：" }) else { return (text, nil) }
        let rating = String(text[text.index(after: colon)...]).trimmingWhitespaces()
        let actual = String(text[..<colon]).trimmingWhitespaces()
        guard !rating.isEmpty, rating.count <= 3, !actual.isEmpty else { return (text, nil) }
        return (actual, rating)
    }
}
