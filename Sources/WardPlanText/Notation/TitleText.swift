import Foundation

/// An item's title as pages write it after the item's tag.
enum TitleText {
    /// Splits `title description` at the first run of spaces (half- or full-width) or tabs; line-like
    /// characters (VT, FF, NEL, U+2028) are text and stay where they are.
    static func split(_ text: String) -> (String, String?) {
        // Text whose every scalar is a character of its own is split on its scalars: tab, space and the
        // ideographic space are its only white space.
        if text.unicodeScalars.allSatisfy({ LineCharacters.standsAlone($0.value) }) {
            let scalars = text.unicodeScalars
            let isSpace = { (scalar: Unicode.Scalar) in scalar == " " || scalar == "\t" || scalar == "\u{3000}" }
            guard let space = scalars.firstIndex(where: isSpace) else { return (text, nil) }
            let rest = scalars[space...].drop(while: isSpace)
            return (String(text[..<space]), rest.isEmpty ? nil : String(rest))
        }
        // White space is told by a character's first scalar, which most often lies where none is.
        let isSpace = { (character: Character) in
            guard let first = character.unicodeScalars.first, !WhiteSpace.isNever(first.value) else { return false }
            return character.isWhitespace && !character.isNewline
        }
        guard let space = text.firstIndex(where: isSpace) else { return (text, nil) }
        let rest = text[space...].drop(while: isSpace)
        return (String(text[..<space]), rest.isEmpty ? nil : String(rest))
    }

    /// A title without a leading column note (`(2年度予算額)`) or `:` separator.
    static func droppingColumnNote(_ text: String) -> String {
        // A title that begins with none of these is returned as it is, whatever its first character holds.
        guard let first = text.unicodeScalars.first,
            first == "(" || first == "（" || first == ":" || first == "：" || first.properties.isWhitespace
        else { return text }
        var rest = Substring(text)
        if let first = rest.first, first == "(" || first == "（", let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }),
            rest[..<close].contains("予算")
        {
            rest = rest[rest.index(after: close)...]
        }
        let trimmed = rest.drop { $0.isWhitespace || $0 == ":" || $0 == "：" }
        return trimmed.isEmpty ? text : String(trimmed)
    }
}
