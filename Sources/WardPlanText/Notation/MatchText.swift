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
        if isOwnFold(text) { return text }
        if let folded = foldByScalars(text) { return folded }
        return String(text.precomposedStringWithCompatibilityMapping.map { dashes.contains($0) ? "-" : $0 })
    }

    /// Whether every scalar of `text` is its own fold in text (``foldsToItselfInText(_:)``), told from its bytes.
    private static func isOwnFold(_ text: String) -> Bool {
        text.withContiguousUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let (value, end) = bytes.scalar(at: offset)
                guard foldsToItselfInText(value) else { return false }
                offset = end
            }
            return true
        }
    }

    /// The fold of text whose every scalar is its own fold in text (``foldsToItselfInText(_:)``) or folds to one
    /// ASCII scalar (``asciiFold(of:)``), made scalar by scalar; `nil` for other text. Such text holds no combining
    /// mark, and nothing composes with ASCII, so its NFKC is that of each scalar. A test folds every value to check.
    private static func foldByScalars(_ text: String) -> String? {
        text.withContiguousUTF8 { bytes in
            bytes.rewritingScalars { value in foldsToItselfInText(value) ? .keep : asciiFold(of: value).map(ScalarRewrite.ascii) }
        }
    }

    /// The ASCII byte a scalar folds to alone, for the scalars of Japanese text that fold to one: the full-width forms
    /// of ASCII (`１`, `（`, `Ｓ`), the ideographic space and the dashes (``dashes``); `nil` for any other.
    static func asciiFold(of value: UInt32) -> UInt8? {
        switch value {
        case 0x2010...0x2015, 0x2212: UInt8(ascii: "-")
        // The full-width hyphen-minus (U+FF0D) among them folds to `-` as a dash does.
        case 0xFF01...0xFF5E: UInt8(truncatingIfNeeded: value - 0xFEE0)
        case 0x3000: UInt8(ascii: " ")
        default: nil
        }
    }

    /// Folds one character for matching; the result may be empty or longer than one character.
    public static func fold(_ character: Character) -> String {
        if dashes.contains(character) { return "-" }
        return String(character).precomposedStringWithCompatibilityMapping
    }

    /// Whether a character of one scalar with this value is its own fold, so that folding it need not be asked:
    /// ASCII, and the blocks of Japanese text that NFKC leaves alone — box drawing, shapes and dingbats (●, ◆, ■),
    /// CJK punctuation and brackets (U+3001–3035, not the ideographic space), hiragana, katakana (with ・ and ー)
    /// and the unified ideographs. Full-width forms, half-width katakana, compatibility ideographs and dashes are
    /// folded. A test folds every value to check.
    static func foldsToItself(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x7F, 0x2500...0x27FF, 0x3001...0x3035, 0x303B...0x3096, 0x30A0...0x30FE, 0x3400...0x9FFF: true
        default: false
        }
    }

    /// Whether a scalar value is its own fold wherever it stands in text: one that ``foldsToItself(_:)`` and that
    /// neither combines with the scalar before it nor is reordered (canonical combining class 0) — so not the
    /// ideographic tone marks U+302A–302F. Text of such scalars is its own NFKC. A test checks the classes.
    static func foldsToItselfInText(_ value: UInt32) -> Bool {
        foldsToItself(value) && !(0x302A...0x302F).contains(value)
    }

    /// Whether a character's value (see ``FoldedLine/scalars``) is an ASCII digit's.
    static func isASCIIDigit(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value)
    }

    /// The values of the characters notations are told by, each one scalar.
    static let yenMark: UInt32 = 0x5186 // 円
    static let colon: UInt32 = 0x3A // :

    /// The number ASCII digits write, given as their values; `nil` when there are none, one is no ASCII digit, or
    /// the number is too large for `Int`.
    static func integer(digitValues values: some Collection<UInt32>) -> Int? {
        guard values.allSatisfy(isASCIIDigit) else { return nil }
        // `Int` reads the digits exactly, and gives `nil` past its range.
        return Int(String(unsafeUninitializedCapacity: values.count) { buffer in
            for (offset, value) in values.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: value) }
            return values.count
        })
    }

    /// Parses a run of decimal digits (half- or full-width after folding) as a non-negative integer,
    /// or `nil` when it is empty, holds anything else, or is too large for `Int`.
    public static func integer(_ text: some StringProtocol) -> Int? {
        let folded = fold(String(text))
        guard !folded.isEmpty, folded.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(folded)
    }
}
