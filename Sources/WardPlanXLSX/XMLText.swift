import WardPlan

/// What an XLSX file (XML 1.0 inside) can hold: U+FFFE and U+FFFF nowhere; C0 controls other than tab,
/// line feed and carriage return nowhere libxlsxwriter does not escape them (sheet names, document
/// properties). Such text is refused with the field and place — never written into a corrupt file.
enum XMLText {
    /// The first scalar of `text` that XML 1.0 cannot hold: U+FFFE or U+FFFF anywhere, and outside a cell
    /// (`inCell: false`: a sheet name, a document property) a C0 control other than tab, LF and CR.
    static func illegalScalar(in text: String, inCell: Bool) -> Unicode.Scalar? {
        // U+FFFE and U+FFFF are EF BF BE/BF in UTF-8 and a C0 control is one byte: text without them (almost
        // all, full-width forms included, which are EF BC…/EF BD…) needs no look at its scalars.
        let (lead, space) = (ByteBlock.Block(repeating: 0xEF), ByteBlock.Block(repeating: 0x20))
        let mayHold = text.utf8.withContiguousStorageIfAvailable { bytes in
            ByteBlock.contains(bytes) { ($0 .== lead) .| ($0 .< space) } wordMarks: { word in
                ByteWord.marks(0xEF, in: word) | ByteWord.marksBelow(0x20, in: word)
            } where: { index in
                bytes[index] == 0xEF && index + 1 < bytes.count && bytes[index + 1] == 0xBF || (bytes[index] < 0x20 && !inCell)
            }
        } ?? true
        guard mayHold else { return nil }
        return text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0xFFFE, 0xFFFF: true
            case 0x09, 0x0A, 0x0D: false
            case 0x00...0x1F: !inCell
            default: false
            }
        }
    }

    /// Fails with a message naming `field`, `place` and the character, when `text` holds one XML cannot hold.
    static func check(_ text: String, inCell: Bool, field: @autoclosure () -> String, place: @autoclosure () -> String) throws(XLSXError) {
        guard let scalar = illegalScalar(in: text, inCell: inCell) else { return }
        throw XLSXError(.characterNotInXLSX(field(), code: ControlCharacters.code(scalar), place: place()))
    }
}
