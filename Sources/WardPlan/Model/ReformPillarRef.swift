/// 改革の柱 — a reference to a pillar of the city reform plan, such as `3-3(4)` or `5-1`.
///
/// Keeps the text as written and its structured numbers: `3-3(4)` → `[3, 3, 4]`.
public struct ReformPillarRef: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The reference as written in the plan, e.g. `3-3(4)`.
    public let text: String
    /// Its numbers, outermost first.
    public let components: [Int]

    /// A reference with its text as written and its numbers; `nil` when there are no numbers or one is negative.
    public init?(text: String, components: [Int]) {
        guard !components.isEmpty, components.allSatisfy({ $0 >= 0 }) else { return nil }
        self.text = text
        self.components = components
    }

    /// The reference as written.
    public var description: String { text }

    private enum CodingKeys: String, CodingKey { case text, components }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let text = try container.decode(String.self, forKey: .text)
        let components = try container.decode([Int].self, forKey: .components)
        guard let reference = ReformPillarRef(text: text, components: components) else {
            throw DecodingFailure.corrupted(.pillarNeedsNumber, at: container.codingPath + [CodingKeys.components])
        }
        self = reference
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(components, forKey: .components)
    }
}
