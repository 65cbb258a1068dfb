import Testing
import WardPlan
@testable import WardPlanHTML

/// Escaping by words of eight bytes against escaping character by character.
@Suite("HTML escaping")
struct HTMLEscapeTests {
    static func expected(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("\"", with: "&quot;").replacing("'", with: "&#39;")
    }

    @Test("each of & < > \" ' at each place of texts up to 40 characters, among near misses", arguments: ["&", "<", ">", "\"", "'"])
    func escaping(special: String) {
        // Near misses by a bit: % ' ( for &, = ? for < >, ! # for ", and kana.
        let filler = Array("%(=?!#かa漢$")
        var wrong: [String] = []
        for length in 0...40 {
            let plain = String((0..<length).map { filler[$0 % filler.count] })
            for place in 0...length {
                var characters = Array(plain)
                characters.insert(Character(special), at: place)
                let text = String(characters) + special
                let output = ByteBuffer()
                HTMLWriter.escape(text, into: output)
                if String(decoding: output.bytes, as: UTF8.self) != Self.expected(text) { wrong.append(text) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(5))")
    }
}
