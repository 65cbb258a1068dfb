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

@Suite("Ids held in one word")
struct PackedIdentifierTests {
    /// Ids on both sides of what one word holds (four numbers below 32,768), each with its numbers.
    static let ids: [[Int]] = [
        [1], [1, 2], [1, 2, 3], [1, 2, 3, 4], [1, 2, 3, 4, 5], [32_767], [32_768], [1, 32_767, 0], [1, 32_768, 0],
        [0, 0, 0, 0], [0, 0, 0, 0, 0], [2], [2, 0], [1, 2, 0], [1, 3], [ItemID.largestNumber], [7, 1, 1, 32_767],
    ]

    @Test("an id gives back its numbers, depth, text and parent, whichever way it is held", arguments: ids)
    func numbers(numbers: [Int]) throws {
        let id = try #require(ItemID(numbers))
        #expect(id.components == numbers)
        #expect(id.depth == numbers.count)
        #expect(id.issueNumber == numbers[0])
        #expect(id.description == numbers.map(String.init).joined(separator: "-"))
        #expect(ItemID(canonical: id.description) == id)
        #expect(id.parent?.components == (numbers.count > 1 ? Array(numbers.dropLast()) : nil))
        #expect(id.child(9)?.components == numbers + [9])
        #expect(id.child(-1) == nil)
        #expect(id.hasPrefix(id))
        if let parent = id.parent {
            #expect(id.hasPrefix(parent))
            #expect(!parent.hasPrefix(id))
        }
    }

    @Test("ids compare, order and hash as their numbers do, across the two ways they are held")
    func orderAndEquality() throws {
        let ids = try Self.ids.map { try #require(ItemID($0)) }
        for (left, leftNumbers) in zip(ids, Self.ids) {
            for (right, rightNumbers) in zip(ids, Self.ids) {
                #expect((left == right) == (leftNumbers == rightNumbers), "\(left) == \(right)")
                #expect((left < right) == leftNumbers.lexicographicallyPrecedes(rightNumbers), "\(left) < \(right)")
                #expect(left.hasPrefix(right) == leftNumbers.starts(with: rightNumbers), "\(left) has prefix \(right)")
            }
        }
        #expect(Set(ids).count == Set(Self.ids).count)
        // The parent of an id held as an array is held in one word when it fits, and equals the one made so.
        #expect(try #require(ItemID([1, 2, 40_000])).parent == ItemID([1, 2]))
        #expect(try #require(ItemID([1, 2, 3, 4, 5])).parent == ItemID([1, 2, 3, 4]))
        #expect(Set([ItemID([1, 2, 40_000])!.parent!, ItemID([1, 2])!]).count == 1)
    }

    @Test("numbers out of range make no id, wherever they stand")
    func outOfRange() {
        #expect(ItemID([]) == nil)
        #expect(ItemID([1, -1]) == nil)
        #expect(ItemID([-1, 1]) == nil)
        #expect(ItemID([1, 2, 3, 4, ItemID.largestNumber + 1]) == nil)
        #expect(ItemID([1, 2, 3, 4, 5, 6, 7, 8, 9, -3]) == nil)
    }

    @Test("an id of many numbers is read in one pass: each number appended in place, not with a copy of those before")
    func manyNumbers() throws {
        let text = Array(repeating: "7", count: 200_000).joined(separator: "-")
        let id = try #require(ItemID(canonical: text))
        #expect(id.depth == 200_000)
        #expect(id.description == text)
        #expect(id.parent?.depth == 199_999)
    }
}
