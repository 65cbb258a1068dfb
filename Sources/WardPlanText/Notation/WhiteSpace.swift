import Foundation

/// White space told apart quickly where Japanese text never holds it.
enum WhiteSpace {
    /// Whether the scalar value lies where no white space of any definition stands (Unicode's White_Space,
    /// `CharacterSet.whitespaces`): printable ASCII other than the space, and the CJK, kana, Hangul and
    /// full-width blocks (U+3000, the ideographic space, stands just before them).
    static func isNever(_ value: UInt32) -> Bool {
        switch value {
        case 0x21...0x7E, 0x2E80...0x2FFF, 0x3001...0xD7FF, 0xF900...0xFEFE, 0xFF01...0xFFEF: true
        default: false
        }
    }
}

extension String {
    /// The same as `trimmingCharacters(in: .whitespaces)`, without Foundation's work when neither end can be
    /// white space — as for most lines, cells and titles.
    func trimmingWhitespaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            WhiteSpace.isNever(first.value), WhiteSpace.isNever(last.value)
        else { return trimmingCharacters(in: .whitespaces) }
        return self
    }
}
