import Foundation

/// Folding used only to *match* published text: NFKC (full-width digits and parentheses become
/// half-width, compatibility ideographs such as ⽅ become 方) plus one spelling for dashes.
/// The folded text is never stored or written.
public enum MatchText {
    /// The dashes published plans use between id numbers (‐ − － –— …), folded to `-`.
    static let dashes: Set<Character> = ["-", "‐", "‑", "‒", "–", "—", "―", "−", "－"]

    /// Characters that stand for a dash between numbers only (the katakana long mark typed as a dash:
    /// `1ー2`); elsewhere they are letters (ページ).
    public static let numberDashes: Set<Character> = dashes.union(["ー", "ｰ"])

    /// Folds a string for matching.
    public static func fold(_ text: String) -> String {
        String(text.precomposedStringWithCompatibilityMapping.map { dashes.contains($0) ? "-" : $0 })
    }

    /// Folds one character for matching; the result may be empty or longer than one character.
    public static func fold(_ character: Character) -> String {
        if dashes.contains(character) { return "-" }
        return String(character).precomposedStringWithCompatibilityMapping
    }

    /// Parses a run of decimal digits (half- or full-width after folding) as a non-negative integer,
    /// or `nil` when it is empty, holds anything else, or is too large for `Int`.
    public static func integer(_ text: some StringProtocol) -> Int? {
        let folded = fold(String(text))
        guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(folded)
    }
}
