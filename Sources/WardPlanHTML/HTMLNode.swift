/// A piece of an HTML document. Text and attribute values are escaped when rendered, in this one place,
/// so plan text can never become markup. Elements and attributes are typed (``HTMLTag``, ``HTMLAttribute``).
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

    /// The node as HTML.
    func render() -> String {
        var output: [UInt8] = []
        render(into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the node's UTF-8 bytes: markup as written, text escaped byte by byte (every byte that needs
    /// escaping is ASCII, and no byte of a longer UTF-8 sequence is).
    func render(into output: inout [UInt8]) {
        switch self {
        case .text(let text):
            Self.escape(text, into: &output)
        case .trusted(let markup):
            markup.withUTF8Buffer { output.append(contentsOf: $0) }
        case .group(let nodes):
            for node in nodes { node.render(into: &output) }
        case .element(let tag, let attributes, let children):
            output.append(UInt8(ascii: "<"))
            output.append(contentsOf: tag.name.utf8)
            for attribute in attributes {
                output.append(UInt8(ascii: " "))
                attribute.name.withUTF8Buffer { output.append(contentsOf: $0) }
                output.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "\"")])
                Self.escape(attribute.value, into: &output)
                output.append(UInt8(ascii: "\""))
            }
            output.append(UInt8(ascii: ">"))
            guard !tag.isVoid else { return }
            for child in children { child.render(into: &output) }
            output.append(contentsOf: [UInt8(ascii: "<"), UInt8(ascii: "/")])
            output.append(contentsOf: tag.name.utf8)
            output.append(UInt8(ascii: ">"))
        }
    }

    /// Escapes `& < > " '`: the only place where plan text meets markup.
    static func escape(_ text: String, into output: inout [UInt8]) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): output.append(contentsOf: "&#39;".utf8)
            default: output.append(byte)
            }
        }
    }
}
