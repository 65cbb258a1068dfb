/// A hash table of numbers — positions in a ledger's columns — found by a hash of their key that the caller gives,
/// told apart by a test the caller gives. The keys stay in the columns; a slot holds its number with the high half of
/// its key's hash, so that the table grows without asking for the keys again and most slots that do not match are
/// passed over without the test. A slot is found by one multiplication (multiply-shift hashing), where `Dictionary`
/// runs SipHash over each key it looks up.
///
/// The multiplier is drawn from Swift's per-process hash seed, so that keys cannot be chosen to collide.
struct NumberTable: Sendable {
    /// Each slot holds a number plus one in its low 32 bits (0 when the slot is empty) and the high 32 bits of the
    /// number's mixed hash above them; their count is a power of two, at most half of them used.
    private var slots: [UInt64] = []
    private var count = 0
    /// How far a mixed hash is shifted right to keep the bits that pick a slot.
    private var shift: UInt64 = 64
    private let multiplier: UInt64 = {
        var hasher = Hasher()
        hasher.combine(0)
        return UInt64(truncatingIfNeeded: hasher.finalize()) | 1
    }()

    /// The number whose key hashes to `hash` and that `matches`, if the table holds one.
    func find(hash: Int, where matches: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mixed = mix(hash)
        var slot = position(of: mixed)
        while slots[slot] != 0 {
            if slots[slot] >> 32 == mixed >> 32 {
                let number = Int(slots[slot] & 0xFFFF_FFFF) - 1
                if matches(number) { return number }
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds `number`, whose key hashes to `hash`. Numbers are below 2^31, and so are the table's: a number plus one
    /// then fits a slot's low 32 bits, and slots, at most 2^32, are picked by the hash bits a slot keeps. (A ledger's
    /// columns of 2^31 ward-years would not fit in memory.)
    mutating func insert(_ number: Int, hash: Int) {
        if (count + 1) * 2 > slots.count {
            let held = slots
            slots = Array(repeating: 0, count: Swift.max(16, held.count * 2))
            shift = 64 - UInt64(slots.count.trailingZeroBitCount)
            for slot in held where slot != 0 { place(slot) }
        }
        place(mix(hash) & ~0xFFFF_FFFF | UInt64(number + 1))
        count += 1
    }

    /// Puts `slot` (a number and its hash's high half) in the first free slot from where its hash points.
    private mutating func place(_ slot: UInt64) {
        var position = position(of: slot)
        while slots[position] != 0 { position = (position + 1) & (slots.count - 1) }
        slots[position] = slot
    }

    /// `hash` multiplied by the table's multiplier: its high bits depend on all of the hash's.
    private func mix(_ hash: Int) -> UInt64 { UInt64(bitPattern: Int64(hash)) &* multiplier }

    /// The slot a mixed hash points at: its high bits (those a slot keeps).
    private func position(of mixed: UInt64) -> Int { Int(truncatingIfNeeded: mixed >> shift) }
}
