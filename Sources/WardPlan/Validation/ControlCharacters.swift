/// Characters that are not text: controls other than tab, line feed and carriage return (C0, DEL, C1,
/// which published text carries as VT, FF or NEL) and Unicode noncharacters (U+FFFE, U+FDD0…).
///
/// The importer keeps them, byte for byte; the validator warns of them because document formats
/// (XML, web pages) cannot hold them and exporters refuse them.
public enum ControlCharacters {
    /// The first such character of `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControlOrNoncharacter)
    }

    /// Whether `scalar` is a control other than tab, line feed and carriage return, or a noncharacter.
    public static func isControlOrNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }

    /// `U+000B`: how messages name a character that cannot be shown.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
