import Foundation
import WardPlan

/// A 関連するSDGs line of a 経営課題 (the 2023+ layout).
enum SDGLine {
    /// The line's heading, lowercased to match it in any case.
    private static let heading = "関連するSDGs".lowercased()
    /// The heading's length in characters.
    private static let headingLength = heading.count

    /// The goal numbers of `関連するSDGs 11住み続けられるまちづくりを、13気候変動に…` or `SDGs11 住み続けられる…`
    /// (or, after the heading, of `11 住み続けられる…`); `nil` when the text is not such a line.
    static func goals(in text: String, afterHeading: Bool) -> [Int]? {
        guard afterHeading || text.containsBytes(of: "S") || text.containsBytes(of: "Ｓ") else { return nil }
        var folded = Substring(MatchText.fold(text))
        // Its kanji and kana have no case: text that does not begin with them is not lowercased to compare.
        if folded.hasPrefix(words: "関連する"), folded.prefix(headingLength).lowercased() == heading {
            folded = folded.dropFirst(headingLength)
        } else if folded.hasPrefix("SDGs"), folded.dropFirst(4).drop(while: \.isWhitespace).first?.isNumber == true {
            folded = folded.dropFirst(4)
        } else if !afterHeading {
            return nil
        }
        guard !folded.contains("円") else { return nil }
        var goals: [Int] = []
        for part in folded.split(whereSeparator: { "、,・/".contains($0) }) {
            let digits = part.drop { $0.isWhitespace || $0 == ":" }.prefix { $0.isASCII && $0.isNumber }
            if let goal = Int(digits) { goals.append(goal) }
        }
        if afterHeading, goals.isEmpty { return nil }
        return goals
    }
}
