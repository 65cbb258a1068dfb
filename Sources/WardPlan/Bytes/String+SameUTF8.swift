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
