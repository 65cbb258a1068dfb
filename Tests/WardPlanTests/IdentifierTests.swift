import Testing
import WardPlan

@Suite("Ids")
struct IdentifierTests {
    @Test("canonical ids are ASCII digits joined by -", arguments: [("1-2-3", [1, 2, 3]), ("5", [5]), ("10-0", [10, 0])])
    func parsesCanonicalIDs(text: String, components: [Int]) {
        #expect(ItemID(canonical: text)?.components == components)
    }

    @Test("anything else is not canonical", arguments: ["", "1--2", "a-1", "1-", "-1", "１－２", "1ー1", "01-2", "1 -2",
                                                        "99999999999999999999-1"])
    func refusesNonCanonicalIDs(text: String) {
        #expect(ItemID(canonical: text) == nil)
    }

    @Test("every id has a canonical text that reads back: numbers stop at eighteen digits")
    func largestNumber() throws {
        let largest = try #require(ItemID([ItemID.largestNumber, 1]))
        #expect(ItemID(canonical: largest.description) == largest)
        #expect(ItemID([ItemID.largestNumber + 1]) == nil)
        #expect(ItemID([Int.max]) == nil)
    }

    @Test("ids know their parent and order")
    func idHierarchy() throws {
        let id = try #require(ItemID(canonical: "1-3-1"))
        #expect(id.parent == ItemID([1, 3]))
        #expect(id.issueNumber == 1)
        #expect(id.hasPrefix(try #require(ItemID([1, 3]))))
        #expect(!id.hasPrefix(try #require(ItemID([1, 2]))))
        #expect(try #require(ItemID(canonical: "1-10")) > #require(ItemID(canonical: "1-9")))
        #expect(id.description == "1-3-1")
    }

    @Test("an id's text: every digit and dash, short ids and long ones alike", arguments: [
        ([0], "0"), ([7], "7"), ([10, 200, 3000], "10-200-3000"), ([1, 2, 3, 4, 5, 6, 7, 8], "1-2-3-4-5-6-7-8"),
        ([1, 2, 3, 4, 5, 6, 7, 80], "1-2-3-4-5-6-7-80"), ([999_999_999_999_999_999, 0, 9], "999999999999999999-0-9"),
    ])
    func idText(components: [Int], text: String) throws {
        let id = try #require(ItemID(components))
        #expect(id.description == text)
        #expect(id.description.utf8.count == text.utf8.count)
        #expect(ItemID(canonical: id.description) == id)
    }

    @Test("a pillar reference needs a number and no negative one")
    func pillarReferences() {
        #expect(ReformPillarRef(text: "3-3(4)", components: [3, 3, 4])?.components == [3, 3, 4])
        #expect(ReformPillarRef(text: "", components: []) == nil)
        #expect(ReformPillarRef(text: "-1", components: [-1]) == nil)
    }
}
