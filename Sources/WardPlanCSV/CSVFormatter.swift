import Foundation
import WardPlan
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
    /// The line being written: cells go here one by one, and the line into the output at once.
    private let line = ByteBuffer()

    /// Appends the row as UTF-8 bytes, CRLF at the end. Works on bytes: every byte that decides quoting (`"`,
    /// `,`, CR, LF, and the other line breaks `Character.isNewline` knows) is ASCII or a fixed UTF-8 sequence. A
    /// `"` or `,` with a combining mark after it is quoted too (a test by `Character` saw one cluster and missed it).
    func append(line cells: [TableValue], to bytes: inout [UInt8]) {
        let (line, formulaGuard) = (self.line, self.formulaGuard)
        line.removeAll()
        // Each cell is read where it stands: taking a cell out would retain its text.
        cells.withUnsafeBufferPointer { cells in
            for index in cells.indices {
                if index > 0 { line.append(UInt8(ascii: ",")) }
                switch cells[index] {
                case .integer(let value):
                    if let value { DecimalDigits.append(value, to: line) }
                case .text(let value):
                    value?.withContiguousUTF8 { Self.append(text: $0, guarded: formulaGuard, to: line) }
                }
            }
        }
        line.append(0x0D)
        line.append(0x0A)
        line.withBytes { bytes.append(contentsOf: $0) }
    }

    /// Appends one text field, quoted when it must be and, with the formula guard on, guarded when it starts like
    /// a formula.
    private static func append(text utf8: UnsafeBufferPointer<UInt8>, guarded formulaGuard: Bool, to line: ByteBuffer) {
        // The first scalar is one of them exactly when the first byte is: they are ASCII.
        let guarded = formulaGuard && utf8.first.map(Self.isFormulaStart) == true
        guard Self.needsQuotes(utf8) else {
            if guarded { line.append(UInt8(ascii: "'")) }
            line.append(utf8)
            return
        }
        line.append(UInt8(ascii: "\""))
        if guarded { line.append(UInt8(ascii: "'")) }
        for byte in utf8 {
            if byte == UInt8(ascii: "\"") { line.append(byte) }
            line.append(byte)
        }
        line.append(UInt8(ascii: "\""))
    }

    /// Whether a field must be quoted: it holds `"`, `,` or a line break (LF, VT, FF, CR, NEL U+0085,
    /// LS U+2028, PS U+2029).
    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // A word without LF, VT, FF, CR, `"`, `,` and the lead bytes of NEL (C2) and of LS and PS (E2) — the two
        // alike but for bit 5 — cannot need quotes.
        ByteWord.contains(bytes) { word in
            ByteWord.marksBelow(0x0E, in: word) | ByteWord.marks(UInt8(ascii: "\""), in: word)
                | ByteWord.marks(UInt8(ascii: ","), in: word) | ByteWord.marks(0xE2, in: word | ByteWord.repeating(0x20))
        } where: { needsQuotes(bytes, at: $0) }
    }

    /// Whether the byte at `index` is, or begins, a character that needs quotes.
    @inline(__always)
    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0x0A...0x0D, UInt8(ascii: "\""), UInt8(ascii: ","): true
        case 0xC2: index + 1 < bytes.count && bytes[index + 1] == 0x85
        case 0xE2: index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        default: false
        }
    }

    /// `=`, `+`, `-`, `@`, tab or CR: a first byte that makes a spreadsheet read a cell as a formula.
    private static func isFormulaStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: true
        default: false
        }
    }
}
