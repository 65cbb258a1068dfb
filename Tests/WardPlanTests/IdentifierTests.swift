import Testing
import WardPlan

@Suite("Ids and pillar references")
struct IdentifierTests {
    @Test("ids parse as plans write them", arguments: [
        ("1-2-3", [1, 2, 3]), ("１－２－３", [1, 2, 3]), ("2−4", [2, 4]), ("1ー1", [1, 1]), ("5", [5]),
    ])
    func parsesIDs(text: String, components: [Int]) {
        #expect(ItemID(parsing: text)?.components == components)
    }

    @Test("malformed ids are refused", arguments: ["", "1--2", "a-1", "1-", "-1"])
    func refusesIDs(text: String) {
        #expect(ItemID(parsing: text) == nil)
    }

    @Test("ids know their parent and order")
    func idHierarchy() throws {
        let id = try #require(ItemID(parsing: "1-3-1"))
        #expect(id.parent == ItemID([1, 3]))
        #expect(id.issueNumber == 1)
        #expect(id.hasPrefix(try #require(ItemID([1, 3]))))
        #expect(!id.hasPrefix(try #require(ItemID([1, 2]))))
        #expect(try #require(ItemID(parsing: "1-10")) > #require(ItemID(parsing: "1-9")))
        #expect(id.description == "1-3-1")
    }

    @Test("pillar references keep the text and its numbers", arguments: [
        ("3-3(4)", "3-3(4)", [3, 3, 4]), ("5-1", "5-1", [5, 1]), ("改革の柱6-1", "6-1", [6, 1]), ("３－３（４）", "３－３（４）", [3, 3, 4]),
    ])
    func pillars(written: String, text: String, components: [Int]) {
        let pillar = ReformPillarRef(parsing: written)
        #expect(pillar?.text == text)
        #expect(pillar?.components == components)
    }

    @Test("pillar references refuse anything but numbers", arguments: ["", "改革の柱", "3-a", "柱3"])
    func refusesPillars(written: String) {
        #expect(ReformPillarRef(parsing: written) == nil)
    }
}
