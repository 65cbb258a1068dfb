import Foundation

extension String {
    /// Whether the text's UTF-8 holds the UTF-8 of `needle`, found with `memchr`: the quick test the importer makes
    /// on whole lines. For one scalar this is whether the text holds it (no other scalar's bytes hold a scalar's
    /// encoding); for words it is what any match of them needs.
    /// - Complexity: O(n) in the length of the text.
    func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        return utf8.withContiguousStorageIfAvailable { Self.search($0, for: pattern) }
            ?? Array(utf8).withUnsafeBufferPointer { Self.search($0, for: pattern) }
    }

    private static func search(_ bytes: UnsafeBufferPointer<UInt8>, for pattern: [UInt8]) -> Bool {
        guard let lead = pattern.first else { return true }
        guard let base = bytes.baseAddress else { return false }
        var start = 0
        while start < bytes.count, let hit = memchr(base + start, Int32(lead), bytes.count - start) {
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard offset + pattern.count <= bytes.count else { return false }
            if pattern.indices.allSatisfy({ bytes[offset + $0] == pattern[$0] }) { return true }
            start = offset + 1
        }
        return false
    }
}
