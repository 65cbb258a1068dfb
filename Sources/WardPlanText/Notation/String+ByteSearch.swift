import Foundation

extension String {
    /// Whether the text's UTF-8 holds the UTF-8 of `needle`, found with `memchr`: the quick test the importer makes
    /// on whole lines. For one scalar this is whether the text holds it (no other scalar's bytes hold a scalar's
    /// encoding); for words it is what any match of them needs.
    /// - Complexity: O(n) in the length of the text.
    func containsBytes(of needle: String) -> Bool {
        // Both read in place: a needle is a literal, a small string read from the stack.
        needle.withContiguousUTF8 { pattern in withContiguousUTF8 { Self.search($0, for: pattern) } }
    }

    /// `contains(words)` for folded text, asked of Foundation only when the text's UTF-8 holds the words' UTF-8:
    /// folded text holds no other form of them, so without their bytes the answer is no.
    func containsWords(_ words: String) -> Bool {
        containsBytes(of: words) && contains(words)
    }

    /// Looks for the pattern's last byte with `memchr`, then compares the rest: in UTF-8 Japanese text a
    /// character's last byte is one of 64, its first one of a few, so the last finds fewer false starts.
    private static func search(_ bytes: UnsafeBufferPointer<UInt8>, for pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let last = pattern.last else { return true }
        guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return false }
        var start = pattern.count - 1
        while start < bytes.count, let hit = memchr(base + start, Int32(last), bytes.count - start) {
            let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
            if pattern.indices.allSatisfy({ bytes[end - pattern.count + $0] == pattern[$0] }) { return true }
            start = end
        }
        return false
    }
}
