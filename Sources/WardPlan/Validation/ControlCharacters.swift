/// Characters that are not text: controls other than tab, line feed and carriage return (C0, DEL, C1,
/// which published text carries as VT, FF or NEL) and Unicode noncharacters (U+FFFE, U+FDD0…).
///
/// The importer keeps them, byte for byte; the validator warns of them because document formats
/// (XML, web pages) cannot hold them and exporters refuse them.
public enum ControlCharacters {
    /// The first such character of `text`, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        guard text.utf8.withContiguousStorageIfAvailable(mayHold) ?? true else { return nil }
        return text.unicodeScalars.first(where: isControlOrNoncharacter)
    }

    /// Whether UTF-8 `bytes` may hold such a character: a C0 control or DEL byte, the lead byte of C1
    /// (`C2 80…9F`), or the bytes that begin a noncharacter (`EF B7 …`, `EF BF BE/BF`, `F0…F4 … BF BE/BF`; the
    /// words are asked for bytes from EF up, as UTF-8 has no lead byte above F4).
    /// Text without them — almost all text — needs no look at its scalars. Sixteen bytes are tested at a time up to
    /// the first block that may hold one, then eight.
    private static func mayHold(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (space, delete, c1, high) = (ByteBlock.Block(repeating: 0x20), ByteBlock.Block(repeating: 0x7F),
                                         ByteBlock.Block(repeating: 0xC2), ByteBlock.Block(repeating: 0xEF))
        return ByteBlock.contains(bytes) { ($0 .< space) .| ($0 .== delete) .| ($0 .== c1) .| ($0 .>= high) } wordMarks: { word in
            ByteWord.marksBelow(0x20, in: word) | ByteWord.marks(0x7F, in: word) | ByteWord.marks(0xC2, in: word)
                | ByteWord.marksAtLeast(0xEF, in: word)
        } where: { mayBegin(bytes, at: $0) }
    }

    /// Whether such a character may begin at `index`.
    @inline(__always)
    private static func mayBegin(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F, 0xC2: true
        case 0xEF: index + 1 < bytes.count && (bytes[index + 1] == 0xB7 || bytes[index + 1] == 0xBF)
        case 0xF0...0xF4: index + 2 < bytes.count && bytes[index + 2] == 0xBF
        default: false
        }
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
