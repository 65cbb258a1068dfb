extension Substring {
    /// The number of characters, counted by scalars when every scalar is a character of its own
    /// (``LineCharacters/standsAlone(_:)``).
    var characterCount: Int {
        aloneScalarCount(limit: .max) ?? count
    }

    /// Whether the text has at most `limit` characters, read no further than needed: `limit` + 1 scalars that stand
    /// alone at its start are as many characters.
    func hasAtMostCharacters(_ limit: Int) -> Bool {
        guard let scalars = aloneScalarCount(limit: limit) else { return prefix(limit + 1).count <= limit }
        return scalars <= limit
    }

    /// How many scalars the text has, all standing alone, read from its UTF-8 and no further than `limit` + 1 of
    /// them; `nil` when one of those read does not stand alone.
    private func aloneScalarCount(limit: Int) -> Int? {
        withContiguousUTF8 { bytes in
            var (offset, scalars) = (0, 0)
            while offset < bytes.count, scalars <= limit {
                let (value, end) = bytes.scalar(at: offset)
                guard LineCharacters.standsAlone(value) else { return nil }
                (offset, scalars) = (end, scalars + 1)
            }
            return scalars
        }
    }

    /// The text without leading and trailing white space (half- and full-width).
    func trimmingWhitespace() -> Substring {
        // A character is white space by its first scalar. Text that starts with a scalar that is never white space and
        // ends with one that stands alone after another that does (a character of its own) is kept as it is, told
        // without breaking it into characters: most cells.
        let scalars = unicodeScalars
        if let first = scalars.first, WhiteSpace.isNever(first.value) {
            let lastIndex = scalars.index(before: scalars.endIndex)
            let last = scalars[lastIndex].value
            if WhiteSpace.isNever(last), LineCharacters.standsAlone(last),
                lastIndex == scalars.startIndex || LineCharacters.standsAlone(scalars[scalars.index(before: lastIndex)].value)
            {
                return self
            }
        }
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return text
    }
}
