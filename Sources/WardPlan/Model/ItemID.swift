/// The hierarchical number of a 戦略 (`N-M`) or 具体的取組 (`N-M-K`).
///
/// Encoded as its canonical text, `"1-2-3"`. Numbering may skip (取組1-1-2 with no 1-1-1);
/// an id whose prefix disagrees with its parent is a validation error, not a parse error.
///
/// An id of up to four numbers below 32,768, as published ids are, is held in one word: making, copying,
/// comparing and hashing it allocate nothing. Any other id keeps its numbers in an array.
public struct ItemID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The numbers, packed when they fit (see `Packing`); exactly one form for each list of numbers, so that
    /// the stored forms compare and hash as the ids do.
    private let storage: Storage

    private enum Storage: Sendable, Hashable {
        case packed(UInt64)
        case numbers([Int])
    }

    /// The largest number an id holds: eighteen digits, so that every id has one canonical text that
    /// any reader takes back.
    public static let largestNumber = 999_999_999_999_999_999

    /// Creates an id from its numbers; `nil` when empty or when a number is negative or above ``largestNumber``.
    public init?(_ components: [Int]) {
        var numbers = Numbers()
        for number in components { numbers.append(number) }
        guard let id = numbers.id else { return nil }
        self = id
    }

    private init(storage: Storage) { self.storage = storage }

    /// Parses the canonical text `1-2-3`: ASCII digits without leading zeros, joined by `-`.
    /// `nil` for anything else — published spellings (full-width digits, other dashes) are the
    /// importer's business, not the canonical form's.
    public init?(canonical text: String) {
        var numbers = Numbers()
        for part in text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false) {
            guard !part.isEmpty, part.count <= 18, part.allSatisfy({ (0x30...0x39).contains($0) }),
                part.count == 1 || part.first != UInt8(ascii: "0")
            else { return nil }
            numbers.append(part.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        guard let id = numbers.id else { return nil }
        self = id
    }

    /// The numbers of the id, outermost first: `1-2-3` → `[1, 2, 3]`.
    public var components: [Int] { (0..<depth).map(number(at:)) }

    /// How many numbers the id has: 2 for a 戦略, 3 for a 具体的取組.
    public var depth: Int {
        switch storage {
        case .packed(let word): Packing.depth(word)
        case .numbers(let numbers): numbers.count
        }
    }

    /// The number at `position`, outermost first; `position` is below ``depth``.
    private func number(at position: Int) -> Int {
        switch storage {
        case .packed(let word): Packing.number(word, at: position)
        case .numbers(let numbers): numbers[position]
        }
    }

    /// The id of the enclosing item: the 戦略 of a 具体的取組, the 経営課題 number of a 戦略.
    public var parent: ItemID? {
        switch storage {
        case .packed(let word): Packing.depth(word) > 1 ? ItemID(storage: .packed(Packing.droppingLast(word))) : nil
        case .numbers(let numbers): ItemID(Array(numbers.dropLast()))
        }
    }

    /// The id of the item numbered `number` inside this one (`1-2` → `1-2-3`); `nil` when `number` is negative or
    /// above ``largestNumber``.
    public func child(_ number: Int) -> ItemID? {
        var numbers = Numbers()
        for position in 0..<depth { numbers.append(self.number(at: position)) }
        numbers.append(number)
        return numbers.id
    }

    /// The 経営課題 number the id belongs to.
    public var issueNumber: Int { number(at: 0) }

    /// Whether `prefix`'s numbers begin this id.
    public func hasPrefix(_ prefix: ItemID) -> Bool {
        if case .packed(let word) = storage, case .packed(let start) = prefix.storage {
            return Packing.hasPrefix(word, start)
        }
        let count = prefix.depth
        return count <= depth && (0..<count).allSatisfy { number(at: $0) == prefix.number(at: $0) }
    }

    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .packed(let word): hasher.combine(word)
        case .numbers(let numbers): hasher.combine(numbers)
        }
    }

    /// The canonical text, `1-2-3`.
    public var description: String {
        // Written as ASCII digits straight into the string's storage, its exact length asked for: an id of up to 15
        // characters (`12-3-45`) is then a small string, stored inline without allocating. Ids are made for every
        // row of a table.
        let count = depth
        let total = (0..<count).reduce(count - 1) { $0 + DecimalDigits.count(number(at: $1).magnitude) }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var end = total
            for position in (0..<count).reversed() {
                end = DecimalDigits.write(number(at: position).magnitude, endingAt: end, in: buffer)
                if position > 0 {
                    end -= 1
                    buffer[end] = UInt8(ascii: "-")
                }
            }
            return total
        }
    }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool {
        if case .packed(let left) = lhs.storage, case .packed(let right) = rhs.storage {
            return Packing.orderKey(left) < Packing.orderKey(right)
        }
        return lhs.components.lexicographicallyPrecedes(rhs.components)
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

extension ItemID {
    /// The numbers of an id, appended one at a time as a parser reads them, kept in one word while they fit:
    /// an id is made without an array.
    package struct Numbers: Sendable {
        private var word: UInt64 = 0
        private var spilled: [Int]?
        private var outOfRange = false

        package init() {}

        /// Appends the next number.
        package mutating func append(_ number: Int) {
            guard (0...ItemID.largestNumber).contains(number) else { return outOfRange = true }
            if spilled == nil, let packed = Packing.appending(number, to: word) { return word = packed }
            if spilled == nil { spilled = (0..<Packing.depth(word)).map { Packing.number(word, at: $0) } }
            spilled?.append(number)
        }

        /// The id of the numbers appended; `nil` when there are none or one is negative or above
        /// ``ItemID/largestNumber``.
        package var id: ItemID? {
            guard !outOfRange else { return nil }
            if let spilled { return ItemID(storage: .numbers(spilled)) }
            return Packing.depth(word) > 0 ? ItemID(storage: .packed(word)) : nil
        }
    }

    /// One word for up to four numbers below 2¹⁵: the count in bits 60–62, the numbers from bit 59 down, fifteen
    /// bits each, outermost first, unused places zero.
    private enum Packing {
        static let width: UInt64 = 15
        static let capacity = 4
        static let numberMask: UInt64 = (1 << width) - 1
        static let countShift: UInt64 = 60

        static func depth(_ word: UInt64) -> Int { Int(word >> countShift) }

        static func shift(_ position: Int) -> UInt64 { countShift - width * UInt64(position + 1) }

        static func number(_ word: UInt64, at position: Int) -> Int {
            Int((word >> shift(position)) & numberMask)
        }

        /// `word` with `number` after its numbers, or `nil` when it does not fit.
        static func appending(_ number: Int, to word: UInt64) -> UInt64? {
            let count = depth(word)
            guard count < capacity, UInt64(number) <= numberMask else { return nil }
            let numbers = word & ((1 << countShift) - 1)
            return UInt64(count + 1) << countShift | numbers | UInt64(number) << shift(count)
        }

        static func droppingLast(_ word: UInt64) -> UInt64 {
            let count = depth(word)
            let numbers = word & ((1 << countShift) - 1) & ~(numberMask << shift(count - 1))
            return UInt64(count - 1) << countShift | numbers
        }

        static func hasPrefix(_ word: UInt64, _ prefix: UInt64) -> Bool {
            let count = depth(prefix)
            guard count <= depth(word) else { return false }
            let kept: UInt64 = ((1 << countShift) - 1) & ~((1 << shift(count - 1)) - 1)
            return word & kept == prefix & kept
        }

        /// A key whose order is the ids' order: the numbers (unused places zero), then the count, so that `1-2`
        /// comes before `1-2-0`.
        static func orderKey(_ word: UInt64) -> UInt64 {
            (word & ((1 << countShift) - 1)) << 3 | word >> countShift
        }
    }
}
