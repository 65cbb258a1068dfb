import Testing
import WardPlan

/// The eight-bytes-at-a-time tests against a byte-by-byte look at the same word.
@Suite("ByteWord")
struct ByteWordTests {
    /// Words of every byte value at every place, among random neighbours (a fixed seed).
    static let words: [[UInt8]] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
        var words: [[UInt8]] = []
        for value in 0...255 {
            for place in 0..<8 {
                var bytes = (0..<8).map { _ in random() }
                bytes[place] = UInt8(value)
                words.append(bytes)
            }
        }
        return words
    }()

    static func word(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { ByteWord.load($0.baseAddress!, at: 0) }
    }

    @Test("marks, marksBelow, marksAtLeast and a word's characterStarts agree with a look at each byte")
    func agreesWithBytes() {
        // Mismatches are gathered and checked once: one expectation per byte would make the test slow.
        var mismatches: [String] = []
        for bytes in Self.words {
            let word = Self.word(bytes)
            let tests: [(String, UInt64, (UInt8) -> Bool)] =
                [0x00, 0x22, 0x2C, 0x5C, 0x7F, 0xBF, 0xC2, 0xE2, 0xEF, 0xFF].map { probe in
                    ("= \(probe)", ByteWord.marks(probe, in: word), { $0 == probe })
                } + [0x0E, 0x20, 0x2D, 0x7F].map { bound in ("< \(bound)", ByteWord.marksBelow(bound, in: word), { $0 < bound }) }
            for (name, marks, passes) in tests {
                let unmarked = bytes.indices.filter { passes(bytes[$0]) && marks & (0x80 << (8 * $0)) == 0 }
                if !unmarked.isEmpty || (marks != 0) != bytes.contains(where: passes) { mismatches.append("\(bytes) \(name)") }
            }
            if ByteWord.characterStarts(in: word) != bytes.count(where: { $0 & 0xC0 != 0x80 }) { mismatches.append("\(bytes) starts") }
            // These marks are exact: a byte is marked when, and only when, it passes.
            for bound: UInt8 in [0x80, 0x81, 0xC2, 0xEF, 0xF5, 0xFF] {
                let marks = ByteWord.marksAtLeast(bound, in: word)
                let expected = bytes.indices.reduce(UInt64(0)) { $0 | (bytes[$1] >= bound ? 0x80 << (8 * UInt64($1)) : 0) }
                if marks != expected { mismatches.append("\(bytes) >= \(bound)") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test("characterStarts counts the bytes that are no continuation byte, in runs long enough to fill its lanes",
          arguments: [0, 1, 7, 8, 9, 2_039, 2_040, 2_041, 2_048, 4_087, 10_001])
    func characterStarts(count: Int) {
        // Continuation bytes in every lane, up to 255 words' worth in one lane before the lanes are summed.
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let bytes: [UInt8] = (0..<count).map { place in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return place % 3 == 0 ? 0xBF : UInt8(truncatingIfNeeded: state >> 56)
        }
        let starts = bytes.withUnsafeBufferPointer { ByteWord.characterStarts(in: $0) }
        #expect(starts == bytes.count(where: { $0 & 0xC0 != 0x80 }))
        let allContinuations = [UInt8](repeating: 0x80, count: count)
        #expect(allContinuations.withUnsafeBufferPointer { ByteWord.characterStarts(in: $0) } == 0)
    }

    @Test("a load reads the bytes in memory order at any offset")
    func loadsAtOffsets() {
        let bytes: [UInt8] = Array(1...16)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteWord.load(buffer.baseAddress!, at: 3) == 0x0B0A_0908_0706_0504)
        }
    }

    @Test("the first control character or noncharacter is found wherever it stands among full-width forms and kana, or plain kana",
          arguments: [0x0B, 0x7F, 0x85, 0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF] as [UInt32])
    func controlCharacters(code: UInt32) throws {
        // A string literal cannot hold U+FFFE and its like, so the scalars are made from their values.
        let special = try #require(Unicode.Scalar(code))
        // EF BC…, EF BD…, EF BF BD (U+FFFD) and C2 A7 are near misses; tab, LF and CR are text.
        let nearMisses = Array("（あ）\u{FFFD}Ａ§\t\n\r\u{FDCF}\u{FDF0}ｶ")
        // Kana, kanji and ASCII only: a block of sixteen bytes is marked only where the special stands.
        let plainBlocks = Array("あaか漢b")
        var missed: [[UInt8]] = []
        for (filler, length) in (0...24).map({ (nearMisses, $0) }) + (25...40).map({ (plainBlocks, $0) }) {
            let plain = String((0..<length).map { filler[$0 % filler.count] })
            if ControlCharacters.first(in: plain) != nil { missed.append(Array(plain.utf8)) }
            for place in 0...length {
                var scalars = Array(plain.unicodeScalars)
                scalars.insert(special, at: min(place, scalars.count))
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars)
                if ControlCharacters.first(in: text) != special { missed.append(Array(text.utf8)) }
            }
        }
        #expect(missed.isEmpty, "\(missed.prefix(5))")
    }
}
