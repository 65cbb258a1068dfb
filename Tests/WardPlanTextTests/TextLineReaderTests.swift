import Foundation
import Testing
import WardPlan
import WardPlanMessages
@testable import WardPlanText

/// Lines are cut where editors and `wc -l` cut them, whichever ends a text uses, however its bytes come in pieces.
@Suite("Text line reader")
struct TextLineReaderTests {
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

    /// The lines `reader` gives when `bytes` come in pieces of `size` bytes.
    static func lines(_ bytes: [UInt8], pieceSize size: Int) throws -> [[UInt8]] {
        var rest = bytes[...]
        var reader = try TextLineReader(first: Data(), file: "t.txt") { () throws(WardPlanError) -> Data? in
            guard !rest.isEmpty else { return nil }
            defer { rest = rest.dropFirst(size) }
            return Data(rest.prefix(size))
        }
        var lines: [[UInt8]] = []
        while let line = try reader.next() { lines.append(Array(line.utf8)) }
        return lines
    }

    @Test("lines are cut at LF, CR and CRLF only, wherever the pieces end", arguments: [
        "", "a", "a\n", "\n", "a\r\nb", "a\rb\nc", "\r\r\n\n", "\n\r", "区の目標\r\n\r\n計画\r", "x\u{0B}y\u{0C}z\u{85}w\u{2028}v",
        String(repeating: "行\r", count: 50) + String(repeating: "行\n", count: 50) + "end",
    ])
    func cutsLines(text: String) throws {
        let bytes = Array(text.utf8)
        for size in [1, 2, 3, 7, 1 << 16] {
            #expect(try Self.lines(bytes, pieceSize: size) == Self.plainLines(bytes), "pieces of \(size)")
        }
    }

    @Test("a line that is not UTF-8 is named by its byte in the input, its line and its column, however the pieces fall")
    func locatesBadBytes() throws {
        let bytes = Array("区の目標\r\n計画\n".utf8) + Array("ab".utf8) + [0xE3, 0x81] + Array("c\n".utf8)
        for size in [1, 2, 5, 1 << 16] {
            let error = #expect(throws: WardPlanError.self) { try Self.lines(bytes, pieceSize: size) }
            #expect(error?.location == SourceLocation(file: "t.txt", line: 3, column: 3), "pieces of \(size)")
            #expect(error?.message == .notUTF8(atByte: 23), "pieces of \(size)")
        }
    }

    @Test("a line is refused exactly when String(validating:) refuses its bytes", arguments: [
        [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0x80], [0xE3, 0x81], [0xF4, 0x90, 0x80, 0x80], [0xFF],
        Array("\u{FFFD}".utf8), Array("計画😀".utf8), [],
    ] as [[UInt8]])
    func refusesWhatValidationRefuses(line: [UInt8]) throws {
        let bytes = Array("区の目標\n".utf8) + line + Array("c\n".utf8)
        if String(validating: line + Array("c".utf8), as: UTF8.self) != nil {
            #expect(try Self.lines(bytes, pieceSize: 1 << 16) == Self.plainLines(bytes))
        } else {
            #expect(throws: WardPlanError.self) { try Self.lines(bytes, pieceSize: 1 << 16) }
        }
    }

    @Test("lines after a line longer than the room the reader keeps are cut and located as before it")
    func afterLongLine() throws {
        let long = Array(String(repeating: "計画", count: 60_000).utf8)
        let bytes = Array("区の目標\n".utf8) + long + Array("\r\nab".utf8) + [0xE3, 0x81] + Array("c\n".utf8)
        for size in [1000, 1 << 16] {
            let error = #expect(throws: WardPlanError.self) { try Self.lines(bytes, pieceSize: size) }
            #expect(error?.location == SourceLocation(file: "t.txt", line: 3, column: 3), "pieces of \(size)")
            #expect(error?.message == .notUTF8(atByte: 13 + long.count + 4), "pieces of \(size)")
            var good = bytes
            good.replaceSubrange((good.count - 4)..<(good.count - 2), with: Array("か".utf8))
            #expect(try Self.lines(good, pieceSize: size) == Self.plainLines(good), "pieces of \(size)")
        }
    }

    @Test("a NUL byte is named at its line, in whichever piece it comes")
    func locatesNUL() throws {
        let bytes = Array("a\nb\r\nc\n".utf8) + [0] + Array("d".utf8)
        for size in [1, 3, 1 << 16] {
            let error = #expect(throws: WardPlanError.self) { try Self.lines(bytes, pieceSize: size) }
            #expect(error?.location == SourceLocation(file: "t.txt", line: 4), "pieces of \(size)")
            #expect(error?.message == .binaryData, "pieces of \(size)")
        }
    }
}
