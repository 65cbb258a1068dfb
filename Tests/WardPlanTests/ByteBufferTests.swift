import Testing
import WardPlan

@Suite("ByteBuffer: what writers append to")
struct ByteBufferTests {
    @Test("bytes, runs, source text and strings come out in order, across growth from 16 bytes")
    func appendsInOrder() {
        let buffer = ByteBuffer(capacity: 1)
        var expected: [UInt8] = []
        for round in 0..<200 {
            buffer.append(UInt8(round % 256))
            expected.append(UInt8(round % 256))
            let run = (0..<round % 37).map { UInt8(($0 * 7 + round) % 256) }
            run.withUnsafeBufferPointer { buffer.append($0) }
            expected += run
            buffer.append("千円,")
            expected += Array("千円,".utf8)
            buffer.append(utf8: "区\(round)")
            expected += Array("区\(round)".utf8)
        }
        #expect(buffer.count == expected.count)
        #expect(buffer.bytes == expected)
        buffer.removeAll()
        #expect(buffer.count == 0 && buffer.bytes.isEmpty)
    }

    @Test("a buffer may append its own bytes, also when that makes it grow")
    func appendsItself() {
        let buffer = ByteBuffer(capacity: 16)
        buffer.append("0123456789abcdef")
        for _ in 0..<6 { buffer.withBytes { buffer.append($0) } }
        #expect(buffer.count == 16 << 6)
        #expect(buffer.bytes == Array(repeating: Array("0123456789abcdef".utf8), count: 1 << 6).flatMap { $0 })
    }

    @Test("decimal digits of whole numbers, as String writes them", arguments: [0, 7, -7, 10, -10, 99, 100, 5_237, -1_234_567, Int.max, Int.min])
    func decimalDigits(value: Int) {
        let buffer = ByteBuffer()
        DecimalDigits.append(value, to: buffer)
        #expect(buffer.bytes == Array(String(value).utf8))
    }
}
