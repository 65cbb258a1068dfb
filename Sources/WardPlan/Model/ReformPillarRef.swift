import Foundation

/// 改革の柱 — a reference to a pillar of the city reform plan, such as `3-3(4)` or `5-1`.
///
/// Keeps the text as written and its structured numbers: `3-3(4)` → `[3, 3, 4]`.
public struct ReformPillarRef: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The reference as written in the plan, e.g. `3-3(4)`.
    public let text: String
    /// Its numbers, outermost first.
    public let components: [Int]

    /// Parses a reference such as `3-3(4)`, `５－１` or `改革の柱3-3(4)`; `nil` when it holds no numbers
    /// or anything but numbers, dashes and parentheses after the optional `改革の柱`.
    public init?(parsing written: String) {
        var folded = MatchText.fold(written).trimmingCharacters(in: .whitespaces)
        if folded.hasPrefix("改革の柱") { folded.removeFirst("改革の柱".count) }
        var numbers: [Int] = []
        var digits = ""
        for character in folded {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard "-() ".contains(character) else { return nil }
            if let number = Int(digits) { numbers.append(number) }
            digits = ""
        }
        if let number = Int(digits) { numbers.append(number) }
        guard !numbers.isEmpty else { return nil }
        let trimmed = written.trimmingCharacters(in: .whitespaces)
        let label = "改革の柱"
        self.text = MatchText.fold(trimmed).hasPrefix(label) ? String(trimmed.dropFirst(label.count)) : trimmed
        self.components = numbers
    }

    /// The reference as written.
    public var description: String { text }

    private enum CodingKeys: String, CodingKey { case text, components }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        guard let parsed = ReformPillarRef(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                forKey: .text, in: container, debugDescription: "\"\(text)\" is not a pillar reference such as 3-3(4)")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(components, forKey: .components)
    }
}
