import Foundation

extension String {
    /// Whether the text's UTF-8 holds the UTF-8 of `needle`, found with `memchr`: the quick test the importer makes
    /// on whole lines. For one scalar this is whether the text holds it (no other scalar's bytes hold a scalar's
    /// encoding); for words it is what any match of them needs. The needle is a literal: its bytes are read
    /// without making a `String` of it.
    /// - Complexity: O(n) in the length of the text.
    func containsBytes(of needle: StaticString) -> Bool {
        needle.withUTF8Buffer { containsBytes(of: $0) }
    }

    /// `contains(words)` for folded text, asked of Foundation only when the text's UTF-8 holds the words' UTF-8:
    /// folded text holds no other form of them, so without their bytes the answer is no.
    func containsWords(_ words: String) -> Bool {
        words.withContiguousUTF8 { containsBytes(of: $0) } && contains(words)
    }

    /// Whether the text's UTF-8 holds `pattern`.
    private func containsBytes(of pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        withContiguousUTF8 { Self.search($0, for: pattern) }
    }

    /// Looks for one byte of the pattern with `memchr`, then compares the rest. In UTF-8 Japanese text a kana's or
    /// an ideograph's last byte is one of 64 and its first one of a few (E3–E9), so the last finds fewer false
    /// starts — unless the first is a rarer one: ASCII or the lead of the full-width forms (EF).
    private static func search(_ bytes: UnsafeBufferPointer<UInt8>, for pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first, let last = pattern.last else { return true }
        guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return false }
        // The pattern's byte looked for, and where it stands in the pattern.
        let (byte, place) = (0xE3...0xE9).contains(first) ? (last, pattern.count - 1) : (first, 0)
        var start = place
        while start < bytes.count - (pattern.count - 1 - place),
            let hit = memchr(base + start, Int32(byte), bytes.count - (pattern.count - 1 - place) - start)
        {
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if pattern.indices.allSatisfy({ bytes[found - place + $0] == pattern[$0] }) { return true }
            start = found + 1
        }
        return false
    }
}
