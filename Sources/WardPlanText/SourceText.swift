import Foundation
import WardPlan
import WardPlanMessages

/// Published text turned into lines: checked to be text, decoded as UTF-8, BOM removed; a saved web page
/// (HTML) is read block by block (see ``HTMLPage``).
///
/// Plain text is read a line at a time as its bytes come (``TextLineReader``): only the line being read is held.
/// A page is read whole, as its blocks may span lines.
struct SourceText {
    private enum Lines {
        case text(TextLineReader)
        /// A saved web page's lines, each with the number of the line of the file its block began on.
        case page([(number: Int, text: String)])
    }

    private var lines: Lines
    private let file: String?

    /// The size of the pieces text is read in.
    static let pieceSize = 1 << 16

    /// The text of `data`, read a piece at a time like a file's.
    init(data: Data, file: String?) throws(WardPlanError) {
        var rest = data.dropFirst(Self.pieceSize)
        try self.init(head: data.prefix(Self.pieceSize), file: file) { () throws(WardPlanError) -> Data? in
            guard !rest.isEmpty else { return nil }
            let piece = rest.prefix(Self.pieceSize)
            rest = rest.dropFirst(piece.count)
            return Data(piece)
        }
    }

    /// The text read from `head`, then from `pieces`; `file` names it in errors.
    init(head: Data, file: String?, pieces: @escaping TextLineReader.Pieces) throws(WardPlanError) {
        self.file = file
        var head = head
        // Enough of the start to tell a BOM, UTF-16 and a page's first `<`.
        while head.count < Self.pieceSize, let piece = try pieces() { head.append(piece) }
        guard !head.isEmpty else { throw WardPlanError(.invalidInput, .emptyFile, at: SourceLocation(file: file)) }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        if let order = Self.utf16ByteOrder(head) {
            throw WardPlanError(.invalidInput, .utf16(order),
                                at: SourceLocation(file: file, line: 1))
        }
        guard Self.mayBeginWithMarkup(head) else {
            lines = .text(try TextLineReader(first: head, file: file, pieces: pieces))
            return
        }
        var whole = head
        while let piece = try pieces() { whole.append(piece) }
        var reader = try TextLineReader(first: whole, file: file) { nil }
        guard let text = String(validating: whole, as: UTF8.self) else {
            // The lines say where the text stops being UTF-8.
            while try reader.next() != nil {}
            lines = .text(reader)
            return
        }
        guard HTMLPage.isHTML(text[...]) else {
            lines = .text(reader)
            return
        }
        let pageLines = HTMLPage.lines(of: text[...])
        guard !pageLines.isEmpty else {
            throw WardPlanError(.invalidInput, .emptyHTMLPage,
                                at: SourceLocation(file: file, line: 1))
        }
        lines = .page(pageLines)
    }

    /// Calls `body` with each line and the number of the line of the file it stands on, in order.
    /// - Throws: ``WardPlan/WardPlanError`` where the text stops being text (not UTF-8, a NUL byte, a line longer
    ///   than ``FoldedLine/maximumLength`` bytes) or cannot be read; the lines before it have been read.
    mutating func forEachLine(_ body: (Int, String) -> Void) throws(WardPlanError) {
        switch lines {
        case .page(let pageLines):
            for line in pageLines {
                guard line.text.utf8.count <= FoldedLine.maximumLength else {
                    throw WardPlanError(.invalidInput, .lineTooLong(maximum: FoldedLine.maximumLength),
                                        at: SourceLocation(file: file, line: line.number))
                }
                body(line.number, line.text)
            }
        case .text(var reader):
            // Moved out, so that its buffer is its own and grows in place.
            lines = .page([])
            while let text = try reader.next() { body(reader.lineNumber, text) }
        }
    }

    /// Whether the text may be a page: its first scalar that is not white space is `<`, or the start read holds
    /// none. Decoding stops at the first other one.
    private static func mayBeginWithMarkup(_ bytes: Data) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if !scalar.properties.isWhitespace { return scalar == "<" }
        }
        return true
    }

    /// `little-endian` or `big-endian` when the bytes are UTF-16: a byte-order mark, or ASCII with every
    /// other byte NUL (how Windows' "Unicode" text starts).
    private static func utf16ByteOrder(_ bytes: Data) -> String? {
        let head = Array(bytes.prefix(2))
        switch head {
        case [0xFF, 0xFE]: return "little-endian"
        case [0xFE, 0xFF]: return "big-endian"
        default: break
        }
        guard head.count == 2 else { return nil }
        if head[1] == 0, head[0] != 0, head[0] < 0x80 { return "little-endian" }
        if head[0] == 0, head[1] != 0, head[1] < 0x80 { return "big-endian" }
        return nil
    }
}
