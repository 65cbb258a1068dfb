import Testing
import WardPlanExport
@testable import WardPlanCSV

/// The byte-level formatter against the rule written out by scalars: a field is quoted when it holds `"`, `,`
/// or a line break, wherever it stands among words of eight bytes.
@Suite("CSV formatter, field by field")
struct CSVFormatterTests {
    static let breaks: [Unicode.Scalar] = ["\"", ",", "\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
    /// Filler of one-, two- and three-byte characters, and the near misses of NEL, LS and PS (`Â`, `‧`, `‪`).
    static let filler = Array("aé計-る ÂＡ‧‪x1")

    static func expected(_ text: String, guarded: Bool) -> String {
        let mark = guarded && ["=", "+", "-", "@", "\t", "\r"].contains(text.unicodeScalars.first) ? "'" : ""
        let quoted = text.unicodeScalars.contains { breaks.contains($0) }
        return quoted ? "\"" + mark + text.replacing("\"", with: "\"\"") + "\"" : mark + text
    }

    static func formatted(_ text: String, guarded: Bool) -> String {
        var bytes: [UInt8] = []
        var formatter = CSVFormatter(formulaGuard: guarded)
        formatter.append(line: [.text(text)], to: &bytes)
        return String(decoding: bytes.dropLast(2), as: UTF8.self)
    }

    @Test("each break at each place of texts up to 40 characters is quoted; texts without one are not", arguments: breaks)
    func quoting(special: Unicode.Scalar) {
        var wrong: [String] = []
        for length in 0...40 {
            let plain = String((0..<length).map { Self.filler[$0 % Self.filler.count] })
            if Self.formatted(plain, guarded: false) != plain { wrong.append(plain) }
            for place in 0...length {
                var scalars = Array(plain.unicodeScalars)
                scalars.insert(special, at: min(place, scalars.count))
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars)
                if Self.formatted(text, guarded: true) != Self.expected(text, guarded: true) { wrong.append(text) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { Array($0.utf8) })")
    }

    @Test("numbers are written as their decimal digits", arguments: [0, 7, -7, 5_237, -1_000_000, Int.max, Int.min])
    func numbers(value: Int) {
        var bytes: [UInt8] = []
        var formatter = CSVFormatter(formulaGuard: true)
        formatter.append(line: [.integer(value), .integer(nil)], to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "\(value),\r\n")
    }

    @Test("a plan's leading cells are formatted once and written again for each of its rows, until the next plan")
    func planCells() {
        var formatter = CSVFormatter(formulaGuard: true)
        var bytes: [UInt8] = []
        formatter.startPlan()
        formatter.append(line: [.text("北区"), .integer(2020), .text("=1"), .integer(5)], planCellCount: 2, to: &bytes)
        formatter.append(line: [.text("北区"), .integer(2020), .text("a,b"), .integer(nil)], planCellCount: 2, to: &bytes)
        formatter.startPlan()
        formatter.append(line: [.text("カ\u{3099}区"), .integer(2021), .text("c"), .integer(-1)], planCellCount: 2, to: &bytes)
        formatter.append(line: [.text("カ\u{3099}区"), .integer(2021)], planCellCount: 2, to: &bytes)
        formatter.append(line: [.text("カ\u{3099}区")], planCellCount: 2, to: &bytes)
        formatter.append(line: [.text("カ\u{3099}区"), .integer(2021)], planCellCount: 2, to: &bytes)
        let expected = "北区,2020,'=1,5\r\n北区,2020,\"a,b\",\r\nカ\u{3099}区,2021,c,-1\r\nカ\u{3099}区,2021\r\n"
            + "カ\u{3099}区\r\nカ\u{3099}区,2021\r\n"
        #expect(bytes == Array(expected.utf8))
    }
}
