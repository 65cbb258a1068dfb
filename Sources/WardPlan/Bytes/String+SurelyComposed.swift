extension String {
    /// Whether the text is in Unicode's composed form (NFC) for certain, told from its scalars alone: each is ASCII,
    /// kana without the combining sound marks (U+3099, U+309A), or an ideograph of the unified blocks. Every such text
    /// is its own NFC: none of these scalars composes with a neighbour, and those that decompose (が, パ, ヴ …) do so
    /// into a combining mark left out here, and compose back. Two such texts are canonically equivalent, as `String`
    /// compares them, exactly when their bytes are equal.
    var isSurelyComposed: Bool {
        unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00...0x7F, 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
            default: false
            }
        }
    }
}
