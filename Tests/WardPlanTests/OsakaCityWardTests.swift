import Testing
@testable import WardPlan

/// The 24 wards of Osaka City and their 全国地方公共団体コード (public facts).
@Suite("Osaka City's wards")
struct OsakaCityWardTests {
    static let codes: [(String, String)] = [
        ("都島区", "271021"), ("福島区", "271039"), ("此花区", "271047"), ("西区", "271063"), ("港区", "271071"),
        ("大正区", "271080"), ("天王寺区", "271098"), ("浪速区", "271110"), ("西淀川区", "271136"), ("東淀川区", "271144"),
        ("東成区", "271152"), ("生野区", "271161"), ("旭区", "271179"), ("城東区", "271187"), ("阿倍野区", "271195"),
        ("住吉区", "271209"), ("東住吉区", "271217"), ("西成区", "271225"), ("淀川区", "271233"), ("鶴見区", "271241"),
        ("住之江区", "271250"), ("平野区", "271268"), ("北区", "271276"), ("中央区", "271284"),
    ]

    @Test("24 wards, in code order, each with its code", arguments: codes)
    func code(name: String, code: String) {
        #expect(Ward(osakaCityName: name) == Ward(name: name, code: code))
        #expect(Ward(osakaCityName: " \(name)\u{3000}")?.code == code)
    }

    @Test("the list: 24 names and codes, none twice, ascending by code")
    func list() {
        #expect(Ward.osakaCity.count == 24)
        #expect(Set(Ward.osakaCity.map(\.name)).count == 24)
        #expect(Ward.osakaCity.compactMap(\.code) == Self.codes.map(\.1))
        #expect(Ward.osakaCity.compactMap(\.code) == Ward.osakaCity.compactMap(\.code).sorted())
    }

    @Test("each code's sixth digit is the JIS X 0402 check digit of the first five", arguments: codes)
    func checkDigit(name: String, code: String) {
        #expect(Ward.checkDigit(of: String(code.prefix(5))).map(String.init) == String(code.last!))
    }

    @Test("other names are not Osaka City wards: other cities' wards, fictional ones, the city itself")
    func unknown() {
        for name in ["北浜東区", "青葉区", "大阪市", "", "東住吉"] { #expect(Ward(osakaCityName: name) == nil) }
        #expect(Ward.nearestOsakaCityWard(to: "東住吉")?.code == "271217")
        #expect(Ward.nearestOsakaCityWard(to: "大阪市北区")?.code == "271276")
        #expect(Ward.nearestOsakaCityWard(to: "青葉区") == nil)
        #expect(Ward.checkDigit(of: "2712") == nil)
    }

    @Test("names are found as String compares them: by their bytes, or by Unicode's equivalence when not surely composed")
    func equivalentNames() {
        // 都 written as the compatibility ideograph U+FA26, canonically the same character.
        #expect(Ward(osakaCityName: "\u{FA26}島区")?.code == "271021")
        #expect(Ward.isInCityOrder("\u{FA26}島区", before: "北区"))
        #expect(Ward(osakaCityName: "\t北区\r\n")?.code == "271276")
        #expect(Ward(osakaCityName: "北区\u{301}") == nil)
        #expect(Ward.nearestOsakaCityWard(to: "東 住吉")?.code == "271217")
        #expect(Ward.nearestOsakaCityWard(to: "大阪市\u{3000}北区")?.code == "271276")
        #expect(Ward.nearestOsakaCityWard(to: "\u{FA26}島")?.code == "271021")
        #expect("都島区".isSurelyComposed && "Ward 1".isSurelyComposed)
        #expect(!"\u{FA26}島区".isSurelyComposed && !"か\u{3099}".isSurelyComposed && !"北区\u{3000}".isSurelyComposed)
    }
}
