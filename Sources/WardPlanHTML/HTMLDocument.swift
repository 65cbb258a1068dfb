/// A complete, self-contained page: `lang="ja"`, UTF-8, inline style sheet, no scripts or remote assets.
enum HTMLDocument {
    /// The page's UTF-8 bytes, ending in a line feed.
    static func page(title: String, body: [HTMLNode]) -> [UInt8] {
        let document = HTMLNode.group([
            .trusted("<!DOCTYPE html>\n"),
            .el(.html, [.lang("ja")], [
                .el(.head, [], [
                    .el(.meta, [.charset("utf-8")]),
                    .el(.meta, [.metaName("viewport"), .content("width=device-width, initial-scale=1")]),
                    .el(.title, text: title),
                    .el(.style, [], [.trusted(HTMLStyle.sheet)]),
                ]),
                .el(.body, [], body),
            ]),
        ])
        var bytes: [UInt8] = []
        document.render(into: &bytes)
        bytes.append(0x0A)
        return bytes
    }
}
