/// A hash table of numbers — positions in a ledger's columns — found by a hash of their key that the caller gives,
/// told apart by a test the caller gives. The keys stay in the columns, and a slot is found by one multiplication
/// (multiply-shift hashing), where `Dictionary` runs SipHash over each key it looks up.
///
/// The multiplier is drawn from Swift's per-process hash seed, so that keys cannot be chosen to collide.
struct NumberTable: Sendable {
    /// Each slot holds a number plus one, 0 when empty; their count is a power of two, at most half of them used.
    private var slots: [Int] = []
    private var count = 0
    /// How far a product is shifted right to keep the bits that pick a slot.
    private var shift = 64
    private let multiplier: Int = {
        var hasher = Hasher()
        hasher.combine(0)
        return hasher.finalize() | 1
    }()

    /// The number whose key hashes to `hash` and that `matches`, if the table holds one.
    func find(hash: Int, where matches: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        var slot = position(of: hash)
        while slots[slot] != 0 {
            if matches(slots[slot] - 1) { return slots[slot] - 1 }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds `number`, whose key hashes to `hash`. When the table grows, `hashOf` gives the hash of each number held
    /// again from `keys`, where the keys are kept (passed, not captured, so that adding copies no array).
    mutating func insert<Keys>(
        _ number: Int, hash: Int, keys: borrowing Keys, rehashing hashOf: (borrowing Keys, Int) -> Int
    ) {
        if (count + 1) * 2 > slots.count {
            let held = slots
            slots = Array(repeating: 0, count: Swift.max(16, held.count * 2))
            shift = 64 - slots.count.trailingZeroBitCount
            for slot in held where slot != 0 { place(slot - 1, hash: hashOf(keys, slot - 1)) }
        }
        place(number, hash: hash)
        count += 1
    }

    private mutating func place(_ number: Int, hash: Int) {
        var slot = position(of: hash)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = number + 1
    }

    private func position(of hash: Int) -> Int { Int(UInt(bitPattern: hash &* multiplier) >> UInt(shift)) }
}
