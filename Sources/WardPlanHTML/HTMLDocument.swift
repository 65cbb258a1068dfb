/// A complete, self-contained page: `lang="ja"`, UTF-8, inline style sheet, no scripts or remote assets.
enum HTMLDocument {
    /// The page's UTF-8 bytes, ending in a line feed.
    static func page(title: String, body: [HTMLNode]) -> [UInt8] {
        page(title: title) { html in
            for node in body { node.render(into: &html) }
        }
    }

    /// The page's UTF-8 bytes, its body written by `body`, ending in a line feed.
    static func page(title: String, body: (inout HTMLWriter) -> Void) -> [UInt8] {
        var html = HTMLWriter()
        html.trusted("<!DOCTYPE html>\n")
        html.element(.html, [.lang("ja")]) { html in
            html.element(.head) { html in
                html.start(.meta, [.charset("utf-8")])
                html.start(.meta, [.metaName("viewport"), .content("width=device-width, initial-scale=1")])
                html.element(.title, text: title)
                html.element(.style) { $0.trusted(HTMLStyle.sheet) }
            }
            html.element(.body, [], body)
        }
        html.byte(0x0A)
        return html.bytes
    }
}
