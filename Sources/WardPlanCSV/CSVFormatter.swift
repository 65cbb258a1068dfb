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

    func line(_ cells: [TableValue]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    func header(_ names: [String]) -> String {
        line(names.map { .text($0) })
    }

    private func field(_ cell: TableValue) -> String {
        switch cell {
        case .integer(let value): value.map(String.init) ?? ""
        case .text(let value): quoted(guarded(value ?? ""))
        }
    }

    private func guarded(_ text: String) -> String {
        guard formulaGuard, let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    private func quoted(_ text: String) -> String {
        guard text.contains(where: { $0 == "\"" || $0 == "," || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
