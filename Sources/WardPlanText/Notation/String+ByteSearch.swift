import Foundation

extension StringProtocol {
    /// Whether the text's UTF-8 holds the UTF-8 of `needle`, found with `memchr`: the quick test the importer makes
    /// on whole lines. For one scalar this is whether the text holds it (no other scalar's bytes hold a scalar's
    /// encoding); for words it is what any match of them needs. The needle is a literal: its bytes are read
    /// without making a `String` of it.
    /// - Complexity: O(n) in the length of the text.
    func containsBytes(of needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pattern in withContiguousUTF8 { ByteSearch.firstMatch(of: pattern, in: $0) != nil } }
    }

    /// `contains(words)` for folded text: whether ``range(ofWords:)`` finds them.
    func containsWords(_ words: String) -> Bool {
        range(ofWords: words) != nil
    }

    /// Foundation's `range(of: words)` for folded text, found in the bytes.
    ///
    /// Folded text holds no other form of the words than their own bytes (it is NFKC), so where its UTF-8 does not
    /// hold theirs there is no match. A first match of the bytes whose ends are characters' boundaries is
    /// Foundation's answer too; a boundary is told by the scalars on both sides of it standing alone
    /// (``LineCharacters/standsAlone(_:)``). Any other first match — a combining mark, a joiner or a prepended scalar
    /// beside it — is asked of Foundation, whose search (CoreFoundation's, on Linux) weighs such sequences itself.
    /// - Complexity: O(n) in the length of the text.
    func range(ofWords words: String) -> Range<String.Index>? {
        guard !words.isEmpty else { return range(of: words) }
        let found = withContiguousUTF8 { text in
            words.withContiguousUTF8 { pattern -> (start: Int, endsAreBoundaries: Bool)? in
                guard let start = ByteSearch.firstMatch(of: pattern, in: text) else { return nil }
                let endsAreBoundaries = ByteSearch.isCharacterBoundary(at: start, in: text, before: pattern)
                    && ByteSearch.isCharacterBoundary(at: start + pattern.count, in: text, after: pattern)
                return (start, endsAreBoundaries)
            }
        }
        guard let found else { return nil }
        guard found.endsAreBoundaries else { return range(of: words) }
        let lower = utf8.index(utf8.startIndex, offsetBy: found.start)
        return lower..<utf8.index(lower, offsetBy: words.utf8.count)
    }

    /// `hasPrefix(words)` for folded text, told from the bytes as ``range(ofWords:)`` tells a match.
    func hasPrefix(words: String) -> Bool {
        guard !words.isEmpty else { return hasPrefix(words) }
        let answer = withContiguousUTF8 { text in
            words.withContiguousUTF8 { pattern -> Bool? in
                guard text.starts(with: pattern) else { return false }
                return ByteSearch.isCharacterBoundary(at: pattern.count, in: text, after: pattern) ? true : nil
            }
        }
        return answer ?? hasPrefix(words)
    }

    /// `hasSuffix(words)` for folded text, told from the bytes as ``range(ofWords:)`` tells a match.
    func hasSuffix(words: String) -> Bool {
        guard !words.isEmpty else { return hasSuffix(words) }
        let answer = withContiguousUTF8 { text in
            words.withContiguousUTF8 { pattern -> Bool? in
                let start = text.count - pattern.count
                guard start >= 0, text[start...].elementsEqual(pattern) else { return false }
                return ByteSearch.isCharacterBoundary(at: start, in: text, before: pattern) ? true : nil
            }
        }
        return answer ?? hasSuffix(words)
    }
}

/// Byte searches over UTF-8.
enum ByteSearch {
    /// Where `pattern` first stands in `bytes`, looking for one byte of it with `memchr`, then comparing the rest;
    /// 0 for an empty pattern. In UTF-8 Japanese text a kana's or an ideograph's last byte is one of 64 and its first
    /// one of a few (E3–E9), so the last finds fewer false starts — unless the first is a rarer one: ASCII or the lead
    /// of the full-width forms (EF).
    static func firstMatch(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first, let last = pattern.last else { return 0 }
        guard let base = bytes.baseAddress, bytes.count >= pattern.count else { return nil }
        // The pattern's byte looked for, and where it stands in the pattern.
        let (byte, place) = (0xE3...0xE9).contains(first) ? (last, pattern.count - 1) : (first, 0)
        let limit = bytes.count - (pattern.count - 1 - place)
        var start = place
        while start < limit, let hit = memchr(base + start, Int32(byte), limit - start) {
            let found = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if pattern.indices.allSatisfy({ bytes[found - place + $0] == pattern[$0] }) { return found - place }
            start = found + 1
        }
        return nil
    }

    /// Whether a match of `pattern` starting at `offset` in `bytes` starts at a boundary of characters: it starts the
    /// text, or the scalar before it and the pattern's first scalar both stand alone.
    static func isCharacterBoundary(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, before pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset > 0 else { return true }
        return LineCharacters.standsAlone(bytes.scalar(at: scalarStart(before: offset, in: bytes)).value)
            && LineCharacters.standsAlone(pattern.scalar(at: 0).value)
    }

    /// Whether a match of `pattern` ending at `offset` in `bytes` ends at a boundary of characters: it ends the text,
    /// or the pattern's last scalar and the scalar after it both stand alone.
    static func isCharacterBoundary(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, after pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < bytes.count else { return true }
        return LineCharacters.standsAlone(pattern.scalar(at: scalarStart(before: pattern.count, in: pattern)).value)
            && LineCharacters.standsAlone(bytes.scalar(at: offset).value)
    }

    /// Where the scalar ending at `offset` of valid UTF-8 `bytes` starts.
    private static func scalarStart(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}
