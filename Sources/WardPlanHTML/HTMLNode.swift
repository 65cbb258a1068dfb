/// A piece of an HTML document, rendered through ``HTMLWriter``, which escapes text and attribute values in
/// one place, so plan text can never become markup. Elements and attributes are typed (``HTMLTag``, ``HTMLAttribute``).
indirect enum HTMLNode {
    /// An element with attributes and children.
    case element(HTMLTag, attributes: [HTMLAttribute], children: [HTMLNode])
    /// Text, escaped when rendered.
    case text(String)
    /// Markup written in this module's source (the style sheet); never plan text.
    case trusted(StaticString)
    /// Several nodes in a row.
    case group([HTMLNode])

    /// The element `tag` with `attributes` and `children`.
    static func el(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        .element(tag, attributes: attributes, children: children)
    }

    /// The element `tag` holding the text `content`.
    static func el(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], text content: String) -> HTMLNode {
        .element(tag, attributes: attributes, children: [.text(content)])
    }

    /// Writes the node.
    func render(into html: inout HTMLWriter) {
        switch self {
        case .text(let text):
            html.text(text)
        case .trusted(let markup):
            html.trusted(markup)
        case .group(let nodes):
            for node in nodes { node.render(into: &html) }
        case .element(let tag, let attributes, let children):
            html.start(tag, attributes)
            for child in children { child.render(into: &html) }
            html.end(tag)
        }
    }
}
