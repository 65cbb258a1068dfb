/// A ward's name with its hash, taken once, to key totals by ward. Names are equal when their bytes are (what nearly
/// every look-up finds), else when Unicode finds them canonically equivalent, as `String` compares them.
struct WardKey: Sendable, Hashable {
    let name: String
    let hash: Int

    /// The key of `name`, hashed now: Swift hashes a name through its normalised form, which costs more than the
    /// rest of adding a plan to a ledger.
    init(_ name: String) { self.init(name, hash: name.hashValue) }

    /// The key of `name` whose hash, taken before, is `hash`.
    init(_ name: String, hash: Int) {
        self.name = name
        self.hash = hash
    }

    /// The key of `name` with this key's hash when `name` has the same bytes as this key's name; else `nil`.
    func sameBytes(as name: String) -> WardKey? {
        self.name.hasSameUTF8(as: name) ? WardKey(name, hash: hash) : nil
    }

    static func == (lhs: WardKey, rhs: WardKey) -> Bool {
        lhs.hash == rhs.hash && (lhs.name.hasSameUTF8(as: rhs.name) || lhs.name == rhs.name)
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// The key of the ward last added to a ledger: plans of one ward tend to come one after another (a ward's years, its
/// versions), and its next plan's name is then only compared, not hashed again.
///
/// A remembered key is not part of what a ledger holds: any two compare equal.
struct LastWard: Sendable, Equatable {
    private var key: WardKey?

    /// The key of `name`: the remembered one's hash when the bytes are the same, else a new key, remembered.
    mutating func key(for name: String) -> WardKey {
        if let same = key?.sameBytes(as: name) { return same }
        let fresh = WardKey(name)
        key = fresh
        return fresh
    }

    static func == (_: LastWard, _: LastWard) -> Bool { true }
}
