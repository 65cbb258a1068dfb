import Testing
@testable import WardPlanXLSX

/// What XML cannot hold is found wherever it stands, in blocks of sixteen bytes with nothing else to look at.
@Suite("Characters XML cannot hold")
struct XMLTextTests {
    @Test("U+FFFE, U+FFFF and, outside a cell, a control character are found at each place of kana and ASCII",
          arguments: [(0xFFFE, true), (0xFFFF, true), (0x01, false), (0x1F, false)] as [(UInt32, Bool)])
    func found(code: UInt32, inCell: Bool) throws {
        let special = try #require(Unicode.Scalar(code))
        // No EF lead byte and no control byte: a block of sixteen is marked only where the special stands.
        let filler = Array("あaかb漢c")
        var wrong: [String] = []
        for length in 0...40 {
            let plain = String((0..<length).map { filler[$0 % filler.count] })
            if XMLText.illegalScalar(in: plain, inCell: false) != nil { wrong.append("found in \(length) plain") }
            for place in 0...length {
                var scalars = Array(plain.unicodeScalars)
                scalars.insert(special, at: min(place, scalars.count))
                var text = ""
                text.unicodeScalars.append(contentsOf: scalars)
                if XMLText.illegalScalar(in: text, inCell: inCell) != special { wrong.append("missed at \(place) of \(length)") }
                if !inCell, XMLText.illegalScalar(in: text, inCell: true) != nil { wrong.append("a control in a cell at \(place)") }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
