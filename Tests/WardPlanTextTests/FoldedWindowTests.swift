import Foundation
import TestSupport
import Testing
import WardPlan
@testable import WardPlanText

/// A long line's folded values are made a window at a time (FoldedWindow): read in any order, they are the values
/// the line holds whole, and a plan imported with every line read through windows is the same plan.
@Suite("Folded windows")
struct FoldedWindowTests {
    /// Lines of changed runs at and across the windows' edges: expansions, a character folded to nothing, clusters,
    /// values beyond the Basic Multilingual Plane, brackets opened in one window and closed in another.
    static let texts = [
        QuickPathTests.mixed,
        String(repeating: QuickPathTests.mixed, count: 5),
        String(repeating: "（１）ａ", count: 30) + String(repeating: "区", count: 100) + "e\u{301}" + String(repeating: "あ", count: 70),
        String(repeating: "㍻", count: 40) + "【具体的取組１－１－１】" + String(repeating: "\u{FDFA}", count: 9) + "《５,２３７千円》",
        "計\u{AD}画\u{AD}\u{AD}を" + String(repeating: "𠮷👩‍👩‍👧\u{AD}", count: 20) + "【" + String(repeating: "あ", count: 50) + "】",
    ]

    private static func folded(_ text: String, windowLength: Int) -> FoldedLine {
        var folding = CharacterFolding()
        return FoldedLine.$windowLength.withValue(windowLength) { FoldedLine(number: 1, text: text, folding: &folding) }
    }

    @Test("values read through windows, forwards, backwards and at random, are the values held", arguments: texts, [1, 2, 3, 7])
    func sameValues(text: String, windowLength: Int) {
        let held = Self.folded(text, windowLength: 1 << 14)
        let windowed = Self.folded(text, windowLength: windowLength)
        #expect(held.count > 4 * windowLength, "the line is read through windows")
        let all = Array(0..<held.count)
        // Scattered the same way each run: steps of a prime that does not divide the count.
        let step = [7919, 7907, 7901].first { held.count % $0 != 0 } ?? 1
        let scattered = all.map { $0 * step % held.count }
        for order in [all, all.reversed(), scattered] {
            #expect(order.map { windowed.scalars[$0] } == order.map { held.scalars[$0] })
        }
        #expect(Array(windowed.folded) == Array(held.folded))
        #expect(all.map(windowed.column) == all.map(held.column))
        for start in stride(from: 0, to: held.count, by: 5) {
            for end in stride(from: start + 1, through: held.count, by: 9) {
                #expect(windowed.foldedText(start..<end) == held.foldedText(start..<end))
                #expect(windowed.originalText(start..<end) == held.originalText(start..<end))
            }
        }
    }

    @Test("every text imported with its lines read through windows of two gives the same plan, diagnostics and lines",
          arguments: try FileManager.default.contentsOfDirectory(at: Fixtures.url("samples"), includingPropertiesForKeys: nil)
              .filter { $0.pathExtension == "txt" } + [Fixtures.url(Fixtures.higashisumiyoshi), Fixtures.url(Fixtures.kitahamahigashi)])
    func sameImport(url: URL) throws {
        let data = try Data(contentsOf: url)
        let held = try PublishedTextImporter().importPlan(from: data, file: "t.txt")
        let windowed = try FoldedLine.$windowLength.withValue(2) { try PublishedTextImporter().importPlan(from: data, file: "t.txt") }
        #expect(windowed.plan == held.plan)
        #expect(windowed.diagnostics == held.diagnostics)
        #expect(windowed.lines == held.lines)
        #expect(windowed.validation() == held.validation())
    }
}
