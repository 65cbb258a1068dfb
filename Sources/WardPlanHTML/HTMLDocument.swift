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
        withoutActuallyEscaping(body) { body in page(title: title, written: body) }
    }

    private static func page(title: String, written body: @escaping (inout HTMLWriter) -> Void) -> [UInt8] {
        let document = HTMLNode.group([
            .trusted("<!DOCTYPE html>\n"),
            .el(.html, [.lang("ja")], [
                .el(.head, [], [
                    .el(.meta, [.charset("utf-8")]),
                    .el(.meta, [.metaName("viewport"), .content("width=device-width, initial-scale=1")]),
                    .el(.title, text: title),
                    .el(.style, [], [.trusted(HTMLStyle.sheet)]),
                ]),
                .el(.body, [], [.written(body)]),
            ]),
        ])
        var html = HTMLWriter()
        document.render(into: &html)
        html.byte(0x0A)
        return html.bytes
    }
}
