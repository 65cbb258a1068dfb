import Foundation

/// White space told apart quickly where Japanese text never holds it.
enum WhiteSpace {
    /// Whether the scalar value is no white space by any definition (Unicode's White_Space, `CharacterSet.whitespaces`
    /// and `.whitespacesAndNewlines`, of this or an older Unicode version): any but the controls, the spaces of
    /// Latin-1, Ogham and General Punctuation, the Mongolian vowel separator, the zero-width spaces, the line and
    /// paragraph separators and the ideographic space. Marks (◆ ● ※ ①), letters and the CJK blocks are never.
    static func isNever(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x20, 0x7F...0xA0, 0x1680, 0x180E, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: false
        default: true
        }
    }
}

extension WhiteSpace {
    /// Whether `CharacterSet.whitespaces` holds the scalar value for certain (space, tab, ideographic space), holds
    /// it not (``isNever(_:)``), or `nil`: Foundation is to say.
    static func isSpace(_ value: UInt32) -> Bool? {
        if value == 0x20 || value == 0x09 || value == 0x3000 { return true }
        return isNever(value) ? false : nil
    }
}

extension String {
    /// The same as `trimmingCharacters(in: .whitespaces)`, without Foundation's work when the white space at the ends
    /// is spaces, tabs or ideographic spaces and the first scalar past it is ``WhiteSpace/isNever(_:)`` — as for
    /// most lines, cells and titles.
    func trimmingWhitespaces() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end {
            guard let isSpace = WhiteSpace.isSpace(scalars[start].value) else { return trimmingCharacters(in: .whitespaces) }
            guard isSpace else { break }
            scalars.formIndex(after: &start)
        }
        while start < end {
            guard let isSpace = WhiteSpace.isSpace(scalars[scalars.index(before: end)].value) else {
                return trimmingCharacters(in: .whitespaces)
            }
            guard isSpace else { break }
            scalars.formIndex(before: &end)
        }
        return start == scalars.startIndex && end == scalars.endIndex ? self : String(scalars[start..<end])
    }
}

extension String {
    /// The text without its white-space characters, as `filter { !$0.isWhitespace }` gives it: returned as it is
    /// when no scalar may be white space (a character is white space by its first scalar).
    func removingWhiteSpace() -> String {
        if unicodeScalars.allSatisfy({ WhiteSpace.isNever($0.value) }) { return self }
        return removingWhiteSpaceByScalars() ?? filter { !$0.isWhitespace }
    }

    /// ``removingWhiteSpace()`` of text whose every scalar stands alone (``LineCharacters/standsAlone(_:)``), and so
    /// is a character of its own, made scalar by scalar; `nil` for other text.
    private func removingWhiteSpaceByScalars() -> String? {
        withContiguousUTF8 { bytes in
            bytes.rewritingScalars { value in
                guard LineCharacters.standsAlone(value), let isSpace = WhiteSpace.isSpace(value) else { return nil }
                return isSpace ? .drop : .keep
            }
        }
    }
}
