import Foundation
import WardPlan
import WardPlanMessages

/// Published text turned into lines: checked to be text, decoded as UTF-8, BOM removed; a saved web page
/// (HTML) is read block by block (see ``HTMLPage``).
struct SourceText {
    /// The lines, each with the number of the line of the file it stands on.
    let lines: [(number: Int, text: String)]

    init(data: Data, file: String?) throws(WardPlanError) {
        guard !data.isEmpty else { throw WardPlanError(.invalidInput, .emptyFile, at: SourceLocation(file: file)) }
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
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Self.invalidUTF8(bytes, file: file)
        }
        guard !HTMLPage.isHTML(text[...]) else {
            lines = HTMLPage.lines(of: text[...])
            guard !lines.isEmpty else {
                throw WardPlanError(.invalidInput, .emptyHTMLPage,
                                    at: SourceLocation(file: file, line: 1))
            }
            return
        }
        lines = Self.lines(of: text)
    }

    /// Only LF, CR and CRLF end a line, as in editors and `wc -l`: VT, FF, NEL, U+2028 and U+2029 are text,
    /// kept byte for byte, and do not shift the line numbers diagnostics give.
    ///
    /// Read on UTF-8 bytes: CR and LF always stand as characters of their own (or CR LF as one), so a split at
    /// their bytes is a split between characters.
    /// - Complexity: O(n) in the length of the text.
    private static func lines(of text: String) -> [(number: Int, text: String)] {
        var lines: [(number: Int, text: String)] = []
        let utf8 = Array(text.utf8)
        var start = 0
        while let end = utf8[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) {
            lines.append((lines.count + 1, String(decoding: utf8[start..<end], as: UTF8.self)))
            start = end + 1
            if utf8[end] == 0x0D, start < utf8.count, utf8[start] == 0x0A { start += 1 }
        }
        lines.append((lines.count + 1, String(decoding: utf8[start...], as: UTF8.self)))
        return lines
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
