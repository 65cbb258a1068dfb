import Testing
import WardPlan

@Suite("Sixteen bytes at a time")
struct ByteBlockTests {
    /// Where `skip` stops over `bytes` from `start`, looking for `byte`.
    private func skip(_ bytes: [UInt8], from start: Int, to byte: UInt8) -> Int {
        let wanted = ByteBlock.Block(repeating: byte)
        return bytes.withUnsafeBufferPointer { ByteBlock.skip($0, from: start) { $0 .== wanted } }
    }

    @Test("skip stops at the block that holds the byte, or where fewer than sixteen are left, never past the byte")
    func stops() {
        var wrong: [String] = []
        for length in 0...50 {
            for start in 0...min(3, length) {
                let plain = [UInt8](repeating: 0xE3, count: length)
                let end = start + (length - start) / 16 * 16
                if skip(plain, from: start, to: 0x22) != end { wrong.append("none in \(length) from \(start)") }
                for place in start..<length {
                    var bytes = plain
                    bytes[place] = 0x22
                    let stop = skip(bytes, from: start, to: 0x22)
                    let expected = min(end, start + (place - start) / 16 * 16)
                    if stop != expected { wrong.append("\(length) from \(start), byte at \(place): \(stop), not \(expected)") }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }

    @Test("contains finds the byte wherever it stands, the last words overlapping, and nothing where it is not")
    func contains() {
        let quote = ByteBlock.Block(repeating: 0x22)
        func found(_ bytes: [UInt8]) -> Bool {
            bytes.withUnsafeBufferPointer { buffer in
                ByteBlock.contains(buffer) { $0 .== quote } wordMarks: { ByteWord.marks(0x22, in: $0) } where: { buffer[$0] == 0x22 }
            }
        }
        var wrong: [String] = []
        for length in 0...50 {
            let plain = [UInt8](repeating: 0xE3, count: length)
            if found(plain) { wrong.append("found in \(length) plain bytes") }
            for place in 0..<length {
                var bytes = plain
                bytes[place] = 0x22
                if !found(bytes) { wrong.append("missed at \(place) of \(length)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
