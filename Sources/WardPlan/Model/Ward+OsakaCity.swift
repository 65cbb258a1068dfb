extension Ward {
    /// The 24 wards of Osaka City (大阪市) with their 全国地方公共団体コード, in code order.
    ///
    /// The codes are the six-digit form: prefecture 27, city-ward number, and the check digit of JIS X 0402.
    public static let osakaCity: [Ward] = [
        ("都島区", "271021"), ("福島区", "271039"), ("此花区", "271047"), ("西区", "271063"), ("港区", "271071"),
        ("大正区", "271080"), ("天王寺区", "271098"), ("浪速区", "271110"), ("西淀川区", "271136"), ("東淀川区", "271144"),
        ("東成区", "271152"), ("生野区", "271161"), ("旭区", "271179"), ("城東区", "271187"), ("阿倍野区", "271195"),
        ("住吉区", "271209"), ("東住吉区", "271217"), ("西成区", "271225"), ("淀川区", "271233"), ("鶴見区", "271241"),
        ("住之江区", "271250"), ("平野区", "271268"), ("北区", "271276"), ("中央区", "271284"),
    ].map { Ward(name: $0.0, code: $0.1) }

    /// Each ward's place in ``osakaCity``, by name, for names that only Unicode's equivalence may find
    /// (``osakaCityRank(of:)``).
    private static let osakaCityRanks: [String: Int] = Dictionary(uniqueKeysWithValues: osakaCity.enumerated().map { ($1.name, $0) })

    /// The place in ``osakaCity`` of the ward named `name`, as `String` compares names: the one index both the look-up
    /// and the city's order use. Names are found by their bytes first; a name that is surely composed
    /// (``Swift/String/isSurelyComposed``), as the city's are, equals one of them only so. Hashing a Japanese name, and
    /// comparing it with those its hash falls among, cost thousands of instructions.
    private static func osakaCityRank(of name: String) -> Int? {
        let found = name.withContiguousUTF8 { bytes in osakaCityUTF8.firstIndex { $0.count == bytes.count && $0.elementsEqual(bytes) } }
        if let found { return found }
        return name.isSurelyComposed ? nil : osakaCityRanks[name]
    }

    /// ``osakaCityRank(of:)`` of `name` without the white space around it, when it has some.
    private static func osakaCityRank(ofPadded name: String) -> Int? {
        // Surely composed text ends in white space when its bytes do (``UInt8/isASCIIWhiteSpace``).
        let padded = name.isSurelyComposed
            ? name.utf8.first?.isASCIIWhiteSpace == true || name.utf8.last?.isASCIIWhiteSpace == true
            : name.first?.isWhitespace == true || name.last?.isWhitespace == true
        guard padded else { return nil }
        return osakaCityRank(of: String(name.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()))
    }

    /// The UTF-8 of each name in ``osakaCity``.
    private static let osakaCityUTF8 = osakaCity.map { Array($0.name.utf8) }

    /// The Osaka City ward named `name` exactly (after trimming spaces), with its code; `nil` for any other name.
    /// Called for every row of the flat tables, so a name without surrounding space is looked up as it is.
    public init?(osakaCityName name: String) {
        // A name with space around it is no ward's name as it is.
        guard let rank = Self.osakaCityRank(of: name) ?? Self.osakaCityRank(ofPadded: name) else { return nil }
        self = Self.osakaCity[rank]
    }

    /// Whether the ward named `lhs` comes before `rhs` in the city's order: Osaka City's wards by their
    /// 全国地方公共団体コード (都島区 271021 first; 北区 271276 and 中央区 271284, made in 1989, last), then any other name, by name.
    public static func isInCityOrder(_ lhs: String, before rhs: String) -> Bool {
        switch (osakaCityRank(of: lhs), osakaCityRank(of: rhs)) {
        case let (left?, right?): left < right
        case (_?, nil): true
        case (nil, _?): false
        case (nil, nil): lhs < rhs
        }
    }

    /// 都道府県名 — the prefecture of Osaka City's wards, as open data names it.
    public static let osakaPrefectureName = "大阪府"

    /// 市区町村名 — the municipality Osaka City's wards belong to, as open data names it.
    public static let osakaCityName = "大阪市"

    /// The check digit JIS X 0402 appends to a five-digit local-government code, or `nil` when `code` is
    /// not five ASCII digits.
    public static func checkDigit(of code: String) -> Int? {
        let digits = code.utf8.map { Int($0) - 0x30 }
        guard digits.count == 5, digits.allSatisfy({ (0...9).contains($0) }) else { return nil }
        let sum = zip(digits, [6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
        return (11 - sum % 11) % 10
    }
}

extension Ward {
    /// The Osaka City ward that `name` nearly is — the same but for spaces inside it, a missing 区 or a leading
    /// 大阪市 — or `nil` when it is not near any. A name that is one exactly gives that ward.
    public static func nearestOsakaCityWard(to name: String) -> Ward? {
        // A name of composed scalars (``Swift/String/isSurelyComposed``) holds white space only as ASCII bytes: most
        // names hold none, and are not read character by character.
        let mayHoldSpace = !name.isSurelyComposed || name.utf8.contains(where: \.isASCIIWhiteSpace)
        var plain = mayHoldSpace ? Substring(name.filter { !$0.isWhitespace }) : Substring(name)
        if plain.hasPrefix("大阪市") { plain = plain.dropFirst(3) }
        guard !plain.isEmpty else { return nil }
        return Ward(osakaCityName: String(plain)) ?? Ward(osakaCityName: plain + "区")
    }
}
