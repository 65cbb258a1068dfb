/// East Asian display width: full-width and wide characters count 2, combining marks 0, others 1.
///
/// Used to align text tables and to size spreadsheet columns (libxlsxwriter has no autofit).
public enum DisplayWidth {
    /// The display width of `text` in half-width cells.
    /// - Complexity: O(n) in the text's Unicode scalars.
    public static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    /// The display width of one scalar.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || scalar.properties.generalCategory == .nonspacingMark
            || scalar.properties.generalCategory == .enclosingMark || (0x200B...0x200F).contains(value)
        {
            return 0
        }
        return wideRanges.contains { $0.contains(value) } ? 2 : 1
    }

    /// Wide (W) and full-width (F) ranges of Unicode's EastAsianWidth.txt, coarsened to blocks.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD, 0x2F00...0x2FDF, 0x3000...0x303F, 0x2460...0x24FF,
        0x25A0...0x25FF, 0x2600...0x26FF, 0x3200...0x32FF,
    ]

    /// `text` cut to at most `width` cells, ending in `…` when cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = of(String(character))
            if used + characterWidth > width - 2 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// `text` padded with spaces to `width` cells, on the right (or left when `alignRight`).
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - of(text)))
        return alignRight ? padding + text : text + padding
    }
}
