/// Leftover HTML in published text: character references are turned back into characters.
enum HTMLText {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "yen": "¥", "times": "×", "divide": "÷", "hellip": "…", "mdash": "—",
        "ndash": "–", "middot": "·", "bull": "•", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "rarr": "→",
        "larr": "←", "uarr": "↑", "darr": "↓", "minus": "−", "deg": "°", "plusmn": "±", "sect": "§", "para": "¶",
    ]

    /// Replaces `&amp;`, `&lt;`, `&#12354;`, `&#x3042;` and the like; leaves anything else as it is.
    static func decodeEntities(_ text: String) -> String {
        guard text.containsBytes(of: "&") else { return text }
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let afterAmp = rest.index(after: amp)
            guard let semicolon = rest[afterAmp...].prefix(10).firstIndex(of: ";"),
                let decoded = decode(rest[afterAmp..<semicolon])
            else {
                result.append("&")
                rest = rest[afterAmp...]
                continue
            }
            result += decoded
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func decode(_ name: Substring) -> String? {
        if let value = named[String(name)] { return value }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let code = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
