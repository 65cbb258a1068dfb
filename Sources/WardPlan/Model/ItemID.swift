/// The hierarchical number of a 戦略 (`N-M`) or 具体的取組 (`N-M-K`).
///
/// Encoded as its canonical text, `"1-2-3"`. Numbering may skip (取組1-1-2 with no 1-1-1);
/// an id whose prefix disagrees with its parent is a validation error, not a parse error.
public struct ItemID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The numbers of the id, outermost first: `1-2-3` → `[1, 2, 3]`.
    public let components: [Int]

    /// The largest number an id holds: eighteen digits, so that every id has one canonical text that
    /// any reader takes back.
    public static let largestNumber = 999_999_999_999_999_999

    /// Creates an id from its numbers; `nil` when empty or when a number is negative or above ``largestNumber``.
    public init?(_ components: [Int]) {
        guard !components.isEmpty, components.allSatisfy({ (0...Self.largestNumber).contains($0) }) else { return nil }
        self.components = components
    }

    /// Parses the canonical text `1-2-3`: ASCII digits without leading zeros, joined by `-`.
    /// `nil` for anything else — published spellings (full-width digits, other dashes) are the
    /// importer's business, not the canonical form's.
    public init?(canonical text: String) {
        var numbers: [Int] = []
        for part in text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false) {
            guard !part.isEmpty, part.count <= 18, part.allSatisfy({ (0x30...0x39).contains($0) }),
                part.count == 1 || part.first != UInt8(ascii: "0")
            else { return nil }
            numbers.append(part.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        self.init(numbers)
    }

    /// Hashes the id's numbers: an id of up to four numbers below 32,768, as ids are, in one word with its count,
    /// so that it is hashed in one step (maps of a plan's items hash every id); any other as its array.
    public func hash(into hasher: inout Hasher) {
        guard components.count <= 4, components.allSatisfy({ $0 < 1 << 15 }) else { return hasher.combine(components) }
        hasher.combine(components.reduce(UInt64(components.count)) { $0 << 15 | UInt64(truncatingIfNeeded: $1) })
    }

    /// The id of the enclosing item: the 戦略 of a 具体的取組, the 経営課題 number of a 戦略.
    public var parent: ItemID? { components.count > 1 ? ItemID(Array(components.dropLast())) : nil }

    /// The 経営課題 number the id belongs to.
    public var issueNumber: Int { components[0] }

    /// Whether `prefix`'s numbers begin this id.
    public func hasPrefix(_ prefix: ItemID) -> Bool { components.starts(with: prefix.components) }

    /// The canonical text, `1-2-3`.
    public var description: String {
        // Written as ASCII digits straight into the string's storage, its exact length asked for: an id of up to 15
        // characters (`12-3-45`) is then a small string, stored inline without allocating. Ids are made for every
        // row of a table.
        let total = max(0, components.reduce(components.count - 1) { $0 + DecimalDigits.count($1.magnitude) })
        return String(unsafeUninitializedCapacity: total) { buffer in
            var end = total
            for index in components.indices.reversed() {
                end = DecimalDigits.write(components[index].magnitude, endingAt: end, in: buffer)
                if index > 0 {
                    end -= 1
                    buffer[end] = UInt8(ascii: "-")
                }
            }
            return total
        }
    }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = ItemID(canonical: text) else {
            throw DecodingFailure.corrupted(.notAnID(text), at: container.codingPath)
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
