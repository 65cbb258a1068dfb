extension String {
    /// Whether the two strings hold the same UTF-8 bytes (canonically equivalent strings may not): lengths first,
    /// then eight bytes at a time. Keys made of names compare this way before Unicode's slower equivalence.
    func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return withContiguousUTF8 { left in
            other.withContiguousUTF8 { right in
                var offset = 0
                if let leftBase = left.baseAddress, let rightBase = right.baseAddress {
                    while offset + 8 <= left.count {
                        let same = ByteWord.load(leftBase, at: offset) == ByteWord.load(rightBase, at: offset)
                        guard same else { return false }
                        offset += 8
                    }
                }
                return left[offset...].elementsEqual(right[offset...])
            }
        }
    }
}

extension String {
    /// Whether the text is in Unicode's composed form (NFC) for certain, told from its scalars alone: each is ASCII,
    /// kana without the combining sound marks, or a unified ideograph, none of which decomposes or composes with a
    /// neighbour. Two such texts are canonically equivalent exactly when their bytes are equal (``hasSameUTF8(as:)``).
    var isSurelyComposed: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00...0x7F, 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
            default: false
            }
        }
    }
}

extension UInt8 {
    /// Whether the byte is ASCII white space — tab, LF, VT, FF, CR or space —: in surely composed text
    /// (``Swift/String/isSurelyComposed``), the only white space there is.
    var isASCIIWhiteSpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
