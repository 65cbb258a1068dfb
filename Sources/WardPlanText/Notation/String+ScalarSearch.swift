extension String {
    /// Whether the text holds the scalar, looked for in its UTF-8 bytes: no other scalar's bytes hold a scalar's
    /// encoding, so a match of bytes is a match of scalars. The quick test the importer makes on whole lines.
    /// - Complexity: O(n) in the length of the text.
    func containsScalar(_ scalar: Unicode.Scalar) -> Bool {
        let encoded = scalar.utf8
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            var start = 0
            while let lead = bytes[start...].firstIndex(of: encoded[0]) {
                guard lead + encoded.count <= bytes.count else { return false }
                if encoded.indices.allSatisfy({ bytes[lead + $0] == encoded[$0] }) { return true }
                start = lead + 1
            }
            return false
        }
        return found ?? unicodeScalars.contains(scalar)
    }
}
