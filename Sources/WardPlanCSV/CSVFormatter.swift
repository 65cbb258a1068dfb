import Foundation
import WardPlanExport

/// Formats rows as RFC 4180 CSV: fields holding `"`, `,`, CR or LF are quoted with inner quotes
/// doubled; lines end in CRLF.
///
/// With the formula guard on, a text cell whose first Unicode scalar is `=`, `+`, `-`, `@`, a tab or
/// CR gets a leading apostrophe (`'=SUM(A1)`), so spreadsheets show it as text instead of running it —
/// also when a combining mark or joiner follows (`=\u{301}…`), which a character-level test would miss.
/// Number cells are never changed.
struct CSVFormatter {
    let formulaGuard: Bool

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The row as UTF-8 bytes, CRLF at the end. Works on bytes: every byte that decides quoting (`"`, `,`,
    /// CR, LF, and the other line breaks `Character.isNewline` knows) is ASCII or a fixed UTF-8 sequence. A `"`
    /// or `,` with a combining mark after it is quoted too (a test by `Character` saw one cluster and missed it).
    func line(_ cells: [TableValue]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cells.count * 16)
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            append(cell, to: &bytes)
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
        return bytes
    }

    func header(_ names: [String]) -> [UInt8] {
        line(names.map { .text($0) })
    }

    private func append(_ cell: TableValue, to bytes: inout [UInt8]) {
        switch cell {
        case .integer(let value):
            if let value { bytes.append(contentsOf: String(value).utf8) }
        case .text(let value):
            guard let text = value else { return }
            let guarded = formulaGuard && text.unicodeScalars.first.map(Self.formulaStarts.contains) == true
            let utf8 = text.utf8
            guard Self.needsQuotes(utf8) else {
                if guarded { bytes.append(UInt8(ascii: "'")) }
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(UInt8(ascii: "\""))
            if guarded { bytes.append(UInt8(ascii: "'")) }
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// Whether a field must be quoted: it holds `"`, `,` or a line break (LF, VT, FF, CR, NEL U+0085,
    /// LS U+2028, PS U+2029). Scans the string's own UTF-8 storage when it has one.
    private static func needsQuotes(_ utf8: String.UTF8View) -> Bool {
        utf8.withContiguousStorageIfAvailable(needsQuotes(bytes:)) ?? needsQuotes(bytes: Array(utf8))
    }

    private static func needsQuotes(bytes: some Collection<UInt8>) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            // Bytes above `,` other than the tails of NEL, LS and PS decide nothing: the common case, first.
            if byte > UInt8(ascii: ","), byte != 0x85, byte != 0xA8, byte != 0xA9 {
                beforePrevious = previous
                previous = byte
                continue
            }
            switch byte {
            case 0x0A...0x0D, UInt8(ascii: "\""), UInt8(ascii: ","): return true
            case 0x85 where previous == 0xC2: return true
            case 0xA8, 0xA9: if previous == 0x80 && beforePrevious == 0xE2 { return true }
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
