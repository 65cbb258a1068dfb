import Foundation

extension String {
    /// The same as `trimmingCharacters(in: .whitespaces)`, without Foundation's work when neither end can be
    /// white space — as for most lines, cells and titles.
    func trimmingWhitespaces() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            Self.isNeverWhitespace(first), Self.isNeverWhitespace(last)
        else { return trimmingCharacters(in: .whitespaces) }
        return self
    }

    /// Scalars that `CharacterSet.whitespaces` (tab and the space separators) never holds: printable ASCII
    /// other than the space, and the CJK, kana, Hangul and full-width blocks, which hold no space separator
    /// (U+3000, the ideographic space, stands just before them).
    private static func isNeverWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x7E, 0x2E80...0x2FFF, 0x3001...0xD7FF, 0xF900...0xFEFE, 0xFF01...0xFFEF: true
        default: false
        }
    }
}
