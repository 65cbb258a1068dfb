/// A saved web page (`.html`) turned into the lines the text importer reads: each block element (`<p>`,
/// `<li>`, `<h2>`, `<tr>`…) starts a line, table cells are separated by tabs, list items become `・` bullets,
/// `<br>` starts a line — but inside a list item or a table cell it breaks the line within the item, which stays
/// whole (`<td>1,100<br>千円</td>` is one amount), character references are decoded, and what is not the page's text — `<head>`, `<script>`,
/// `<style>`, `<nav>`, comments — is dropped. Each line keeps the number of the source line its block began on.
///
/// - Complexity: O(n) in the length of the page.
enum HTMLPage {
    /// Whether `text` is an HTML document: it begins with `<!DOCTYPE html` or `<html`, after white space, an XML
    /// declaration (`<?xml …?>`, XHTML) and comments (`<!-- saved from url=… -->`).
    static func isHTML(_ text: Substring) -> Bool {
        var rest = text.drop { $0.isWhitespace }
        while true {
            if rest.hasPrefix("<?"), let end = rest.range(of: "?>") {
                rest = rest[end.upperBound...].drop { $0.isWhitespace }
            } else if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") {
                rest = rest[end.upperBound...].drop { $0.isWhitespace }
            } else {
                break
            }
        }
        let head = rest.prefix(20).lowercased()
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    private static let dropped: Set<String> = ["head", "script", "style", "nav", "noscript", "template", "svg", "iframe"]
    private static let blocks: Set<String> = [
        "p", "div", "tr", "table", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "section",
        "article", "header", "footer", "main", "aside", "blockquote", "pre", "hr", "caption", "figure", "figcaption",
        "address", "form", "fieldset", "legend", "body", "html",
    ]
    private static let cells: Set<String> = ["td", "th"]

    /// The lines of the page's text, each with the source line its block began on.
    static func lines(of text: Substring) -> [(number: Int, text: String)] {
        var reader = Reader(text)
        reader.run()
        reader.endLine()
        return reader.lines
    }

    private struct Reader {
        let characters: [Character]
        var index = 0
        var sourceLine = 1
        var lines: [(number: Int, text: String)] = []
        var current = ""
        var currentStart = 1
        var pendingSpace = false
        /// Whether the tag just read closed itself (`<script src="x"/>`): nothing follows it to skip.
        var selfClosing = false
        /// How many list items and table cells are open around the text being read.
        var itemDepth = 0

        init(_ text: Substring) { characters = Array(text) }

        mutating func run() {
            while index < characters.count {
                let character = characters[index]
                if character == "<", let tag = readTag() {
                    handle(tag)
                    continue
                }
                index += 1
                if character == "\n" || character == "\r\n" || character == "\r" { sourceLine += 1 }
                if character.isWhitespace && character != "\u{00A0}" {
                    pendingSpace = !current.isEmpty
                    continue
                }
                append(character == "&" ? readReference() : String(character))
            }
        }

        mutating func append(_ text: String) {
            if current.isEmpty { currentStart = sourceLine }
            if pendingSpace { current.append(" ") }
            pendingSpace = false
            current += text
        }

        mutating func endLine() {
            let line = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !line.isEmpty { lines.append((currentStart, line)) }
            current = ""
            pendingSpace = false
        }

        /// A tag at `index` (`<p class="x">`, `</li>`, `<br/>`, `<!-- … -->`), consumed; `nil` when `<` is text.
        mutating func readTag() -> (name: String, closing: Bool)? {
            if starts(with: "<!--") {
                skip(past: "-->")
                return ("", false)
            }
            if starts(with: "<?") {
                skip(past: "?>")
                return ("", false)
            }
            var cursor = index + 1
            let closing = cursor < characters.count && characters[cursor] == "/"
            if closing { cursor += 1 }
            let nameStart = cursor
            while cursor < characters.count, characters[cursor].isASCII, characters[cursor].isLetter || characters[cursor].isNumber {
                cursor += 1
            }
            guard cursor > nameStart || (cursor < characters.count && characters[cursor] == "!") else { return nil }
            let name = String(characters[nameStart..<cursor]).lowercased()
            var quote: Character?
            while cursor < characters.count {
                let character = characters[cursor]
                if character == "\n" || character == "\r\n" || character == "\r" { sourceLine += 1 }
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    quote = character
                } else if character == ">" {
                    break
                }
                cursor += 1
            }
            selfClosing = cursor > 0 && cursor < characters.count && characters[cursor - 1] == "/"
            index = min(cursor + 1, characters.count)
            return (name, closing)
        }

        mutating func handle(_ tag: (name: String, closing: Bool)) {
            if !tag.closing, !selfClosing, dropped.contains(tag.name) {
                skip(past: "</\(tag.name)")
                skip(past: ">")
                return
            }
            let breaksWithinItem = itemDepth > 0 && !["tr", "table", "ul", "ol", "dl"].contains(tag.name)
            if tag.name == "br" || (blocks.contains(tag.name) && breaksWithinItem) {
                if itemDepth > 0, !current.isEmpty, !current.hasSuffix("\n"), !current.hasSuffix("\t"), current != "・" {
                    current += "\n"
                } else if itemDepth == 0 {
                    endLine()
                }
                pendingSpace = false
            } else if blocks.contains(tag.name) {
                if tag.name == "tr" || tag.name == "table" { itemDepth = 0 }
                endLine()
            } else if tag.name == "li" {
                endLine()
                itemDepth = tag.closing ? max(0, itemDepth - 1) : itemDepth + 1
                if !tag.closing { append("・") }
            } else if cells.contains(tag.name) {
                itemDepth = tag.closing ? max(0, itemDepth - 1) : itemDepth + 1
                if !tag.closing, !current.isEmpty { current += "\t" }
                pendingSpace = false
            }
        }

        func starts(with text: String) -> Bool {
            let needle = Array(text)
            return characters.count - index >= needle.count && Array(characters[index..<(index + needle.count)]) == needle
        }

        /// Moves past the next `text` (case-insensitive), counting lines; to the end when there is none.
        mutating func skip(past text: String) {
            let needle = Array(text.lowercased())
            while index < characters.count {
                if characters[index] == "\n" || characters[index] == "\r\n" || characters[index] == "\r" { sourceLine += 1 }
                if characters[index].lowercased() == String(needle[0]), index + needle.count <= characters.count,
                    characters[index..<(index + needle.count)].map({ Character($0.lowercased()) }) == needle
                {
                    index += needle.count
                    return
                }
                index += 1
            }
        }

        /// A character reference at `index` (`&amp;`, `&#12354;`), decoded; a lone `&` is itself.
        mutating func readReference() -> String {
            var end = index
            while end < characters.count, end - index < 12, characters[end] != ";", !characters[end].isWhitespace { end += 1 }
            guard end < characters.count, characters[end] == ";" else { return "&" }
            let reference = "&" + String(characters[index..<(end + 1)])
            let decoded = HTMLText.decodeEntities(reference)
            guard decoded != reference else { return "&" }
            index = end + 1
            return decoded
        }
    }
}
