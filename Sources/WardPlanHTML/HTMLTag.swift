/// The HTML and SVG elements the pages use.
enum HTMLTag: String {
    case html, head, meta, title, style, body, header, main, footer, section, article, figure, figcaption
    case h1, h2, h3, h4, p, a, ul, li, dl, dt, dd, div, del, ins, span
    case table, caption, thead, tbody, tfoot, tr, th, td
    case svg, rect, text, desc

    /// The tag's name.
    var name: String { rawValue }

    /// Whether the element has no content and no end tag.
    var isVoid: Bool { self == .meta }
}
