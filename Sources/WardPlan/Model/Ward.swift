/// 区 — one of Osaka City's wards.
public struct Ward: Sendable, Codable, Hashable, Comparable {
    /// The ward's name as published, e.g. `東住吉区`.
    public var name: String
    /// 全国地方公共団体コード — the national local-government code, e.g. `271250`, when known.
    public var code: String?

    /// Creates a ward from its name and, optionally, its local-government code.
    public init(name: String, code: String? = nil) {
        self.name = name
        self.code = code
    }

    public static func < (lhs: Ward, rhs: Ward) -> Bool {
        (lhs.name, lhs.code ?? "") < (rhs.name, rhs.code ?? "")
    }
}
