import Testing
import WardPlanExport

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
}
