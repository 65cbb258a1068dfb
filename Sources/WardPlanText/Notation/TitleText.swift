import Foundation

/// An item's title as pages write it after the item's tag.
enum TitleText {
    /// Splits `title description` at the first run of spaces (half- or full-width) or tabs; line-like
    /// characters (VT, FF, NEL, U+2028) are text and stay where they are.
    static func split(_ text: String) -> (String, String?) {
        // Text whose every scalar is a character of its own is split on its scalars: tab, space and the
        // ideographic space are its only white space.
        if let (space, restStart) = spaceRun(inAloneScalars: text) {
            let utf8 = text.utf8
            guard space < utf8.count else { return (text, nil) }
            let title = String(Substring(utf8[..<utf8.index(utf8.startIndex, offsetBy: space)]))
            let rest = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: restStart)...]))
            return (title, rest.isEmpty ? nil : rest)
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

    /// Where the first run of tab, space and ideographic space begins and ends in the text's UTF-8 (the count when
    /// there is none), read in one pass up to the scalar after the run; `nil` when a scalar read does not stand alone
    /// (``LineCharacters/standsAlone(_:)``). Scalars that stand alone beside each other are characters of their own,
    /// so the run is where the text's characters have it, whatever follows the scalar after it.
    private static func spaceRun(inAloneScalars text: String) -> (start: Int, end: Int)? {
        text.withContiguousUTF8 { utf8 in
            var run: (start: Int, end: Int)?
            var offset = 0
            while offset < utf8.count {
                let (value, end) = utf8.scalar(at: offset)
                guard LineCharacters.standsAlone(value) else { return nil }
                if value == 0x20 || value == 0x09 || value == 0x3000 {
                    // The run goes on: the scan ends at the first scalar after it.
                    if run == nil { run = (offset, end) } else { run?.end = end }
                } else if let run {
                    return run
                }
                offset = end
            }
            return run ?? (utf8.count, utf8.count)
        }
    }

    /// Whether a scalar may be white space: tab, space and the ideographic space are; the other scalars that stand
    /// alone (``LineCharacters/standsAlone(_:)``) are not, told without looking up the scalar's properties.
    private static func mayBeWhiteSpace(_ value: UInt32) -> Bool {
        guard LineCharacters.standsAlone(value) else { return Unicode.Scalar(value)?.properties.isWhitespace ?? false }
        return value == 0x20 || value == 0x09 || value == 0x3000
    }

    /// A title without a leading column note (`(2年度予算額)`) or `:` separator.
    static func droppingColumnNote(_ text: String) -> String {
        // A title that begins with none of these is returned as it is, whatever its first character holds.
        guard let first = text.unicodeScalars.first,
            first == "(" || first == "（" || first == ":" || first == "：" || Self.mayBeWhiteSpace(first.value)
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
