import WardPlan
import WardPlanExport

/// Writes JSON byte for byte as Foundation's `JSONEncoder` does with `.sortedKeys`, `.prettyPrinted` and
/// `.withoutEscapingSlashes` (two-space indents, `"key" : value`, an empty array as `[`, a blank line, `]`), straight
/// into bytes: a report over thousands of plans costs more to encode through the encoder's tree of boxed values
/// than to read the plans it sums.
///
/// Members are written in the order given, so callers give them in the sorted order of their keys; an optional
/// that is `nil` is left out, as `encodeIfPresent` does. Tests hold the output to `JSONEncoder`'s.
struct PrettyJSONWriter {
    /// The JSON written so far, in UTF-8.
    private let buffer = ByteBuffer(capacity: 1 << 16)
    private var depth = 0
    /// Whether the object or array being written has no member yet.
    private var startsContainer = true

    /// The JSON written so far.
    var text: String { buffer.withBytes { String(decoding: $0, as: UTF8.self) } }

    /// Ends the JSON with a line break and writes it to `sink`.
    func writeLine(to sink: ByteSink) throws(WardPlanError) {
        buffer.append(UInt8(ascii: "\n"))
        try sink.write(contentsOf: buffer.bytes)
    }

    /// Writes an object whose members `body` writes.
    mutating func object(_ body: (inout PrettyJSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// Writes an array of `elements`, each written by `body`.
    mutating func array<Element>(_ elements: [Element], _ body: (inout PrettyJSONWriter, Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements {
            beginItem()
            body(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// Writes the member `key` of the object being written, its value written by `value`.
    mutating func member(_ key: String, _ value: (inout PrettyJSONWriter) -> Void) {
        beginItem()
        string(key)
        buffer.append(" : ")
        value(&self)
    }

    /// Writes the member `key` with a whole number, or nothing when `value` is `nil`.
    mutating func member(_ key: String, _ value: Int?) {
        guard let value else { return }
        member(key) { DecimalDigits.append(value, to: $0.buffer) }
    }

    /// Writes the member `key` with a string, or nothing when `value` is `nil`.
    mutating func member(_ key: String, _ value: String?) {
        guard let value else { return }
        member(key) { $0.string(value) }
    }

    /// Writes the member `key` with `true` or `false`.
    mutating func member(_ key: String, _ value: Bool) {
        member(key) { $0.buffer.append(value ? "true" : "false") }
    }

    /// Writes `text` as a JSON string: `"` and `\` escaped, control characters as `\b`, `\t`, `\n`, `\f`, `\r` or
    /// `\u00XX` (lowercase hex); everything else, `/` and non-ASCII included, as it is.
    mutating func string(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        text.withContiguousUTF8(appendEscaped)
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends `utf8` escaped as a JSON string's content: as it is when nothing in it needs escaping.
    private func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        let (quote, backslash) = (UInt8(ascii: "\""), UInt8(ascii: "\\"))
        let needsEscaping = ByteWord.contains(utf8) { word in
            ByteWord.marksBelow(0x20, in: word) | ByteWord.marks(quote, in: word) | ByteWord.marks(backslash, in: word)
        } where: { utf8[$0] < 0x20 || utf8[$0] == quote || utf8[$0] == backslash }
        guard needsEscaping else {
            buffer.append(utf8)
            return
        }
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\")); buffer.append(byte)
            case 0x08: buffer.append("\\b")
            case 0x09: buffer.append("\\t")
            case 0x0A: buffer.append("\\n")
            case 0x0C: buffer.append("\\f")
            case 0x0D: buffer.append("\\r")
            case 0x00..<0x20:
                buffer.append("\\u00")
                buffer.append(Self.hexDigit(byte >> 4))
                buffer.append(Self.hexDigit(byte & 0x0F))
            default: buffer.append(byte)
            }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private mutating func open(_ bracket: UInt8) {
        buffer.append(bracket)
        buffer.append(UInt8(ascii: "\n"))
        depth += 1
        startsContainer = true
    }

    private mutating func close(_ bracket: UInt8) {
        buffer.append(UInt8(ascii: "\n"))
        depth -= 1
        indent()
        buffer.append(bracket)
        startsContainer = false
    }

    /// Starts a member or an element: the comma after the one before, a line end and the indent.
    private mutating func beginItem() {
        if !startsContainer { buffer.append(",\n") }
        startsContainer = false
        indent()
    }

    private func indent() {
        for _ in 0..<2 * depth { buffer.append(UInt8(ascii: " ")) }
    }
}
