/// A ward's name with its hash, taken once, to find the ward in a ledger. Names are equal when their bytes are (what
/// nearly every look-up finds), else when Unicode finds them canonically equivalent, as `String` compares them.
struct WardKey: Sendable, Equatable {
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
}

/// The ward last added to a ledger, with its key and its number there: plans of one ward tend to come one after
/// another (a ward's years, its versions), and its next plan's name is then only compared, not hashed or looked up.
struct LastWard: Sendable {
    private var last: (key: WardKey, number: Int)?

    /// The remembered ward's key (with its hash) and number when `name` has the same bytes as its name.
    func match(_ name: String) -> (key: WardKey, number: Int)? {
        guard let last, let key = last.key.sameBytes(as: name) else { return nil }
        return (key, last.number)
    }

    /// Remembers the ward of `key`, numbered `number`.
    mutating func remember(_ key: WardKey, number: Int) { last = (key, number) }
}
