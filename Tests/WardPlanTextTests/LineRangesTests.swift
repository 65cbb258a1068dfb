import Testing
@testable import WardPlanText

/// Lines are cut where editors and `wc -l` cut them, whichever ends a text uses.
@Suite("Line ranges")
struct LineRangesTests {
    /// The lines as a plain reading gives them: LF, CR and CRLF end a line; the rest after the last end is one.
    static func plainLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var line: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == 0x0A || byte == 0x0D else {
                line.append(byte)
                continue
            }
            if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
            lines.append(line)
            line = []
        }
        lines.append(line)
        return lines
    }

    @Test("lines are cut at LF, CR and CRLF only", arguments: [
        "", "a", "a\n", "\n", "a\r\nb", "a\rb\nc", "\r\r\n\n", "\n\r", "区の目標\r\n\r\n計画\r", "x\u{0B}y\u{0C}z\u{85}w\u{2028}v",
        String(repeating: "行\r", count: 50) + String(repeating: "行\n", count: 50) + "end",
    ])
    func cutsLines(text: String) {
        let bytes = Array(text.utf8)
        let lines = bytes.withUnsafeBytes { raw in LineRanges(raw).map { Array(raw[$0]) } }
        #expect(lines == Self.plainLines(bytes))
    }
}
