import WardPlan

/// Writes HTML as UTF-8 bytes: tags and attributes from the typed helpers (``HTMLTag``, ``HTMLAttribute``),
/// text and attribute values escaped — the one place where plan text meets markup, so plan text can never
/// become markup. ``HTMLNode`` trees render through it; pages with many rows (a plan's) write through it
/// directly, building no tree.
struct HTMLWriter {
    private let buffer: ByteBuffer

    /// A writer with room for `capacity` bytes before it grows (a plan's page takes tens of kilobytes).
    init(capacity: Int = 1 << 16) { buffer = ByteBuffer(capacity: capacity) }

    /// What has been written.
    var bytes: [UInt8] { buffer.bytes }

    /// Writes the start tag of `tag` with `attributes`.
    mutating func start(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = []) {
        buffer.append(UInt8(ascii: "<"))
        buffer.append(utf8: tag.name)
        for attribute in attributes {
            buffer.append(UInt8(ascii: " "))
            buffer.append(attribute.name)
            buffer.append(UInt8(ascii: "="))
            buffer.append(UInt8(ascii: "\""))
            Self.escape(attribute.value, into: buffer)
            buffer.append(UInt8(ascii: "\""))
        }
        buffer.append(UInt8(ascii: ">"))
    }

    /// Writes a start tag made beforehand: rows of a table write the same cells' tags again and again.
    mutating func start(_ tag: PreparedStartTag) { buffer.append(tag.bytes) }

    /// A start tag written once, to be written again as it stands, with its end tag.
    struct PreparedStartTag {
        /// The element the tag opens.
        let tag: HTMLTag
        fileprivate let bytes: [UInt8]
        fileprivate let endBytes: [UInt8]

        /// The start tag of `tag` with `attributes`.
        init(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = []) {
            self.tag = tag
            var html = HTMLWriter(capacity: 64)
            html.start(tag, attributes)
            bytes = html.bytes
            var end = HTMLWriter(capacity: 16)
            end.end(tag)
            endBytes = end.bytes
        }
    }

    /// Writes the end tag of the element a prepared start tag opens.
    mutating func end(_ start: PreparedStartTag) { buffer.append(start.endBytes) }

    /// Writes markup made by a writer of this module beforehand (a table's header row, written once per page).
    mutating func trusted(_ markup: [UInt8]) { buffer.append(markup) }

    /// Writes the end tag of `tag` (nothing for a void element).
    mutating func end(_ tag: HTMLTag) {
        guard !tag.isVoid else { return }
        buffer.append(UInt8(ascii: "<"))
        buffer.append(UInt8(ascii: "/"))
        buffer.append(utf8: tag.name)
        buffer.append(UInt8(ascii: ">"))
    }

    /// Writes `tag` holding the text `content`.
    mutating func element(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], text content: String) {
        start(tag, attributes)
        text(content)
        end(tag)
    }

    /// Writes the element a prepared start tag opens, holding the text `content`.
    mutating func element(_ start: PreparedStartTag, text content: String) {
        self.start(start)
        text(content)
        end(start)
    }

    /// Writes `tag` with what `content` writes inside it.
    mutating func element(_ tag: HTMLTag, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLWriter) -> Void) {
        start(tag, attributes)
        content(&self)
        end(tag)
    }

    /// Writes text, escaped.
    mutating func text(_ text: String) { Self.escape(text, into: buffer) }

    /// Writes markup from this module's source (the style sheet, the doctype); never plan text.
    mutating func trusted(_ markup: StaticString) { buffer.append(markup) }

    /// Writes a raw byte (the page's final line feed).
    mutating func byte(_ byte: UInt8) { buffer.append(byte) }

    /// Escapes `& < > " '`. Runs without them are copied whole, found eight bytes at a time.
    static func escape(_ text: String, into output: ByteBuffer) {
        text.withContiguousUTF8 { bytes in
            var copied = 0
            var index = 0
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = ByteWord.load(base, at: index)
                    // `"` `&` `'` are 0x22, 0x26, 0x27; `<` `>` are 0x3C, 0x3E.
                    let marks = ByteWord.marks(0x26, in: word & ByteWord.repeating(0xFE)) | ByteWord.marks(0x22, in: word)
                        | ByteWord.marks(0x3C, in: word & ByteWord.repeating(0xFD))
                    if marks != 0 {
                        for place in index..<index + 8 where needsEscape(bytes[place]) { escapeByte(at: place) }
                    }
                    index += 8
                }
            }
            while index < bytes.count {
                if needsEscape(bytes[index]) { escapeByte(at: index) }
                index += 1
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[copied...]))

            func needsEscape(_ byte: UInt8) -> Bool { byte & 0xFE == 0x26 || byte == 0x22 || byte & 0xFD == 0x3C }

            /// Writes what comes before the byte at `place` (one `needsEscape` accepts), then its entity.
            func escapeByte(at place: Int) {
                let entity: StaticString
                switch bytes[place] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                default: entity = "&#39;"
                }
                output.append(UnsafeBufferPointer(rebasing: bytes[copied..<place]))
                output.append(entity)
                copied = place + 1
            }
        }
    }
}
