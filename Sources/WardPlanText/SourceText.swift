import Foundation
import WardPlan
import WardPlanMessages

/// Published text turned into lines: checked to be text, decoded as UTF-8, BOM removed; a saved web page
/// (HTML) is read block by block (see ``HTMLPage``).
///
/// Plain text is read a line at a time from the bytes (``forEachLine(_:)``): only the line being read is held
/// as a string beside the input.
struct SourceText {
    private let file: String?
    /// The input, after a BOM.
    private let bytes: Data.SubSequence
    /// A saved web page's lines, each with the number of the line of the file its block began on.
    private let pageLines: [(number: Int, text: String)]?

    init(data: Data, file: String?) throws(WardPlanError) {
        guard !data.isEmpty else { throw WardPlanError(.invalidInput, .emptyFile, at: SourceLocation(file: file)) }
        self.file = file
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let order = Self.utf16ByteOrder(bytes) {
            throw WardPlanError(.invalidInput, .utf16(order),
                                at: SourceLocation(file: file, line: 1))
        }
        // Looked for in the bytes' storage: `Data`'s own search pays for every byte it reads.
        if let nul = bytes.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            let line = bytes.prefix(nul).count { $0 == 0x0A } + 1
            throw WardPlanError(.invalidInput, .binaryData,
                             at: SourceLocation(file: file, line: line))
        }
        self.bytes = bytes
        // A page begins with `<` (after white space): only then is the whole text needed at once.
        guard Self.beginsWithMarkup(bytes) else {
            pageLines = nil
            return
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Self.invalidUTF8(bytes, file: file)
        }
        guard HTMLPage.isHTML(text[...]) else {
            pageLines = nil
            return
        }
        pageLines = HTMLPage.lines(of: text[...])
        guard pageLines?.isEmpty == false else {
            throw WardPlanError(.invalidInput, .emptyHTMLPage,
                                at: SourceLocation(file: file, line: 1))
        }
    }

    /// Calls `body` with each line and the number of the line of the file it stands on, in order.
    /// - Throws: ``WardPlan/WardPlanError`` where the text stops being UTF-8 or a line is longer than
    ///   ``FoldedLine/maximumLength`` bytes; the lines before it have been read.
    func forEachLine(_ body: (Int, String) -> Void) throws(WardPlanError) {
        if let pageLines {
            for line in pageLines { body(line.number, line.text) }
            return
        }
        let failure: WardPlanError? = bytes.withUnsafeBytes { raw in
            var number = 0
            for range in LineRanges(raw) {
                number += 1
                let line = UnsafeRawBufferPointer(rebasing: raw[range]).assumingMemoryBound(to: UInt8.self)
                guard line.count <= FoldedLine.maximumLength else {
                    return WardPlanError(.invalidInput, .lineTooLong(maximum: FoldedLine.maximumLength),
                                         at: SourceLocation(file: file, line: number))
                }
                guard let text = String(validating: line, as: UTF8.self) else { return Self.invalidUTF8(bytes, file: file) }
                body(number, text)
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Whether the first scalar that is not white space is `<`; decoding stops there.
    private static func beginsWithMarkup(_ bytes: Data.SubSequence) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if !scalar.properties.isWhitespace { return scalar == "<" }
        }
        return false
    }

    /// `little-endian` or `big-endian` when the bytes are UTF-16: a byte-order mark, or ASCII with every
    /// other byte NUL (how Windows' "Unicode" text starts).
    private static func utf16ByteOrder(_ bytes: Data.SubSequence) -> String? {
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

    /// Locates the first byte that breaks UTF-8 and says where it is.
    private static func invalidUTF8(_ bytes: Data.SubSequence, file: String?) -> WardPlanError {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        var previous: Unicode.Scalar?
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += String(scalar).utf8.count
                column += 1
                if scalar == "\r" || (scalar == "\n" && previous != "\r") {
                    line += 1
                    column = 1
                }
                previous = scalar
            case .emptyInput, .error:
                break decoding
            }
        }
        return WardPlanError(.invalidInput, .notUTF8(atByte: offset),
                          at: SourceLocation(file: file, line: line, column: column))
    }
}
