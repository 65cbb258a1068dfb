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
    /// The leading cells of the rows of the plan being written, formatted once for the plan.
    private let planCells = ByteBuffer(capacity: 256)
    /// How many cells ``planCells`` holds; `nil` until the plan's first row.
    private var formattedPlanCellCount: Int?

    /// A formatter that guards formula-like text when `formulaGuard` is on.
    init(formulaGuard: Bool) { self.formulaGuard = formulaGuard }

    /// Forgets the plan's cells: the next row formats them again (the rows of another plan follow).
    mutating func startPlan() { formattedPlanCellCount = nil }

    /// Appends the row as UTF-8 bytes, CRLF at the end. Works on bytes: every byte that decides quoting (`"`,
    /// `,`, CR, LF, and the other line breaks `Character.isNewline` knows) is ASCII or a fixed UTF-8 sequence. A
    /// `"` or `,` with a combining mark after it is quoted too (a test by `Character` saw one cluster and missed it).
    ///
    /// The first `planCellCount` cells are the plan's, the same in every row until ``startPlan()``: they are
    /// formatted for the first row and their bytes written again for the others.
    mutating func append(line cells: [TableValue], planCellCount: Int = 0, to bytes: inout [UInt8]) {
        let (line, planCells, formulaGuard) = (self.line, self.planCells, self.formulaGuard)
        let shared = min(planCellCount, cells.count)
        line.removeAll()
        // Each cell is read where it stands: taking a cell out would retain its text.
        cells.withUnsafeBufferPointer { cells in
            if formattedPlanCellCount != shared {
                planCells.removeAll()
                for index in 0..<shared { Self.append(cells[index], after: index, guarded: formulaGuard, to: planCells) }
                formattedPlanCellCount = shared
            }
            planCells.withBytes { line.append($0) }
            for index in shared..<cells.count { Self.append(cells[index], after: index, guarded: formulaGuard, to: line) }
        }
        line.append(0x0D)
        line.append(0x0A)
        line.withBytes { bytes.append(contentsOf: $0) }
    }

    /// Appends one cell, after a comma unless it is the line's first.
    private static func append(_ cell: TableValue, after index: Int, guarded formulaGuard: Bool, to line: ByteBuffer) {
        if index > 0 { line.append(UInt8(ascii: ",")) }
        switch cell {
        case .integer(let value):
            if let value { DecimalDigits.append(value, to: line) }
        case .text(let value):
            value?.withContiguousUTF8 { append(text: $0, guarded: formulaGuard, to: line) }
        }
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
        // A block or word without LF, VT, FF, CR, `"`, `,` and the lead bytes of NEL (C2) and of LS and PS (E2) —
        // the two alike but for bit 5 — cannot need quotes.
        let (breaks, quote, comma) = (ByteBlock.Block(repeating: 0x0E), ByteBlock.Block(repeating: UInt8(ascii: "\"")),
                                      ByteBlock.Block(repeating: UInt8(ascii: ",")))
        let (bit5, lead) = (ByteBlock.Block(repeating: 0x20), ByteBlock.Block(repeating: 0xE2))
        return ByteBlock.contains(bytes) { ($0 .< breaks) .| ($0 .== quote) .| ($0 .== comma) .| (($0 | bit5) .== lead) } wordMarks: { word in
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
