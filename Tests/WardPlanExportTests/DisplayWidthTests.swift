import Foundation
import Testing
import WardPlanExport
import TestSupport

/// DisplayWidth, also against Python's own Unicode data (`unicodedata.east_asian_width`), scalar by scalar.
@Suite("East Asian display width")
struct DisplayWidthTests {
    @Test("full-width counts 2, half-width 1, combining marks 0")
    func widths() {
        #expect(DisplayWidth.of("東住吉区") == 8)
        #expect(DisplayWidth.of("ABC 123") == 7)
        #expect(DisplayWidth.of("《5,237千円》") == 2 + 5 + 4 + 2)
        #expect(DisplayWidth.of("ｶﾀｶﾅ") == 4)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
    }

    @Test("truncation and padding respect widths")
    func truncateAndPad() {
        #expect(DisplayWidth.truncate("子育て層が住みたい", to: 10) == "子育て層…")
        #expect(DisplayWidth.truncate("短い", to: 10) == "短い")
        #expect(DisplayWidth.pad("区", to: 4) == "区  ")
        #expect(DisplayWidth.pad("12", to: 4, alignRight: true) == "  12")
    }

    @Test("Ambiguous characters are one cell in a terminal and two in a Japanese font; wide ones and emoji always two")
    func knownCharacters() {
        for (text, narrow, wide) in [("①", 1, 2), ("■", 1, 2), ("○", 1, 2), ("×", 1, 2), ("😀", 2, 2), ("あ", 2, 2), ("ｱ", 1, 1),
                                     ("Ａ", 2, 2), ("A", 1, 1), ("が", 2, 2), ("か\u{3099}", 2, 2), ("é", 1, 2)] {
            #expect(DisplayWidth.of(text) == narrow, "\(text)")
            #expect(DisplayWidth.of(text, ambiguous: .wide) == wide, "\(text)")
        }
    }

    @Test("every assigned scalar of planes 0–2 has the width Python's unicodedata gives it")
    func matchesPython() throws {
        // For each scalar: `-` when Python does not know it or calls it a mark or control (not compared), else
        // its width in a terminal and in a Japanese font (W/F → 22, A → 12, others → 11).
        let script = """
            import sys, unicodedata
            out = []
            for value in range(0x30000):
                if 0xD800 <= value <= 0xDFFF:
                    out.append('-'); continue
                c = chr(value)
                if unicodedata.category(c) in ('Cn', 'Mn', 'Me', 'Cc', 'Cf', 'Cs') or 0x200B <= value <= 0x200F:
                    out.append('-'); continue
                w = unicodedata.east_asian_width(c)
                out.append('2' if w in 'WF' else ('a' if w == 'A' else '1'))
            sys.stdout.write(''.join(out))
            """
        let expected = Array(try ExternalTools.runPython(script).output)
        #expect(expected.count == 0x30000)
        var mismatches: [String] = []
        for (value, code) in expected.enumerated() where code != UInt8(ascii: "-") {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.generalCategory != .nonspacingMark,
                scalar.properties.generalCategory != .enclosingMark
            else { continue }
            let narrow = DisplayWidth.width(of: scalar)
            let wide = DisplayWidth.width(of: scalar, ambiguous: .wide)
            let (wantNarrow, wantWide) = code == UInt8(ascii: "2") ? (2, 2) : code == UInt8(ascii: "a") ? (1, 2) : (1, 1)
            if narrow != wantNarrow || wide != wantWide { mismatches.append(String(format: "U+%04X", value)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count): \(mismatches.prefix(20))")
    }
}
