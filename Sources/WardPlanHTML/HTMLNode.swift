import WardPlan

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

    /// Escapes `& < > " '`: the only place where plan text meets markup. Runs without them are copied whole,
    /// found eight bytes at a time.
    static func escape(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var copied = 0
            var index = 0
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = ByteWord.load(base, at: index)
                    // `"` `&` `'` are 0x22, 0x26, 0x27; `<` `>` are 0x3C, 0x3E.
                    if ByteWord.has(0x26, in: word & ByteWord.repeating(0xFE)) || ByteWord.has(0x22, in: word)
                        || ByteWord.has(0x3C, in: word & ByteWord.repeating(0xFD)) {
                        for place in index..<index + 8 where needsEscape(bytes[place]) { escapeByte(at: place) }
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                if needsEscape(bytes[index]) { escapeByte(at: index) }
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))

            func needsEscape(_ byte: UInt8) -> Bool { byte & 0xFE == 0x26 || byte == 0x22 || byte & 0xFD == 0x3C }

            func escapeByte(at place: Int) {
                let entity: StaticString
                switch bytes[place] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                default: entity = "&#39;"
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<place]))
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                copied = place + 1
            }
        }
    }
}
