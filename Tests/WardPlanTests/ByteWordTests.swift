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

    @Test("has, hasByteLess, hasNonASCII and characterStarts agree with a look at each byte")
    func agreesWithBytes() {
        for bytes in Self.words {
            let word = Self.word(bytes)
            for probe: UInt8 in [0x00, 0x22, 0x2C, 0x5C, 0x7F, 0xC2, 0xE2, 0xEF, 0xFF] {
                #expect(ByteWord.has(probe, in: word) == bytes.contains(probe), "\(bytes) \(probe)")
            }
            for bound: UInt8 in [0x0E, 0x20, 0x2D, 0x80] {
                #expect(ByteWord.hasByteLess(than: bound, in: word) == bytes.contains { $0 < bound }, "\(bytes) < \(bound)")
            }
            #expect(ByteWord.hasZeroByte(word) == bytes.contains(0))
            #expect(ByteWord.hasNonASCII(word) == bytes.contains { $0 >= 0x80 })
            #expect(ByteWord.characterStarts(in: word) == bytes.count { $0 & 0xC0 != 0x80 })
        }
    }

    @Test("a load reads the bytes in memory order at any offset")
    func loadsAtOffsets() {
        let bytes: [UInt8] = Array(1...16)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteWord.load(buffer.baseAddress!, at: 3) == 0x0B0A_0908_0706_0504)
        }
    }
}
