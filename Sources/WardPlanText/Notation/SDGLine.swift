import WardPlan

/// A 関連するSDGs line of a 経営課題 (the 2023+ layout).
///
/// Read on the folded text's values (``NotationText``, white space kept), one per character: each character of every word
/// and mark looked for is a single scalar, so comparing values is comparing characters.
enum SDGLine {
    /// The line's heading, as values.
    private static let heading = FoldedLine.values(of: "関連するSDGs")
    /// `SDGs` as values.
    private static let sdgs = FoldedLine.values(of: "SDGs")
    /// The marks between goals: 、 , ・ /
    private static let separators = FoldedLine.values(of: "、,・/")

    /// The goal numbers of `関連するSDGs 11住み続けられるまちづくりを、13気候変動に…` or `SDGs11 住み続けられる…`
    /// (or, after the heading, of `11 住み続けられる…`); `nil` when the text is not such a line.
    static func goals(in text: String, afterHeading: Bool) -> [Int]? {
        guard afterHeading || text.containsBytes(of: "S") || text.containsBytes(of: "Ｓ") else { return nil }
        var folded = NotationText(folding: text, keepingWhiteSpace: true).values
        // The heading's kanji and kana have no case; its letters are matched in any case.
        if folded.count >= heading.count, zip(folded, heading).allSatisfy({ asciiLowercase($0) == asciiLowercase($1) }) {
            folded = folded.dropFirst(heading.count)
        } else if folded.starts(with: sdgs), folded.dropFirst(sdgs.count).drop(while: FoldedLine.isWhitespace).first.map(isNumber) == true {
            folded = folded.dropFirst(sdgs.count)
        } else if !afterHeading {
            return nil
        }
        guard !folded.contains(MatchText.yenMark) else { return nil }
        var goals: [Int] = []
        for part in folded.split(whereSeparator: separators.contains) {
            let digits = part.drop { FoldedLine.isWhitespace($0) || $0 == MatchText.colon }.prefix(while: MatchText.isASCIIDigit)
            if let goal = MatchText.integer(digitValues: digits) { goals.append(goal) }
        }
        if afterHeading, goals.isEmpty { return nil }
        return goals
    }

    /// An ASCII letter's value in lower case; any other value as it is.
    private static func asciiLowercase(_ value: UInt32) -> UInt32 {
        (0x41...0x5A).contains(value) ? value | 0x20 : value
    }

    /// Whether the character of value `value` is a number (`Character.isNumber`): told by its first scalar.
    private static func isNumber(_ value: UInt32) -> Bool {
        Unicode.Scalar(value & ~FoldedLine.cluster)?.properties.numericType != nil
    }
}
