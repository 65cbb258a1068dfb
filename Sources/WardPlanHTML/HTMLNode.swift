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
        var output = ""
        render(into: &output)
        return output
    }

    private func render(into output: inout String) {
        switch self {
        case .text(let text):
            output += Self.escape(text)
        case .trusted(let markup):
            output += markup.description
        case .group(let nodes):
            for node in nodes { node.render(into: &output) }
        case .element(let tag, let attributes, let children):
            output += "<" + tag.name
            for attribute in attributes { output += " \(attribute.name)=\"\(Self.escape(attribute.value))\"" }
            output += ">"
            guard !tag.isVoid else { return }
            for child in children { child.render(into: &output) }
            output += "</\(tag.name)>"
        }
    }

    /// Escapes `& < > " '`: the only place where plan text meets markup.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
