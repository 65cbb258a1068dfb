import Synchronization
import Testing
import WardPlan

/// A source map may be deferred: a decoder hands over where the plan begins and what records the other places, and
/// the table is built the first time one of those is asked for, once, whichever thread asks.
@Suite("Source maps")
struct SourceMapTests {
    /// How often positions were recorded.
    private final class Calls: Sendable {
        init() {}
        private let count = Mutex(0)
        func add() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    /// The places of a small plan, recorded in reading order, counted in `calls`.
    private static func recordAll(counting calls: Calls) -> @Sendable (inout SourceMap) -> Void {
        { map in
            calls.add()
            map.record(.plan, line: 1, column: 1)
            map.record(.goal, line: 3)
            map.record(.initiative(ItemID([1, 1, 1])!), line: 9, column: 5)
            map.record(.initiative(ItemID([1, 1, 1])!), line: 12, column: 2)
        }
    }

    private static let elements: [PlanElement] = [.plan, .goal, .mission, .initiative(ItemID([1, 1, 1])!), .budget(ItemID([1, 1, 1])!)]

    @Test("a deferred map records its positions once, on first use, and reads as the same map made at once")
    func deferred() {
        let calls = Calls()
        let deferred = SourceMap(file: "plans.jsonl", planAt: 1, column: 1, deferred: Self.recordAll(counting: calls))
        #expect(calls.value == 0)
        #expect(deferred.location(of: .plan) == SourceLocation(file: "plans.jsonl", line: 1, column: 1, field: "plan"))
        #expect(calls.value == 0, "where the plan begins is known without the table")
        var eager = SourceMap(file: "plans.jsonl")
        Self.recordAll(counting: Calls())(&eager)
        for element in Self.elements { #expect(deferred.location(of: element) == eager.location(of: element)) }
        #expect(deferred.location(of: .initiative(ItemID([1, 1, 1])!)) == SourceLocation(file: "plans.jsonl", line: 9, column: 5, field: "具体的取組 1-1-1"))
        #expect(deferred.location(of: .mission) == SourceLocation(file: "plans.jsonl", line: 1, column: 1, field: "区の使命 (mission)"))
        #expect(deferred == eager)
        #expect(calls.value == 1)
    }

    @Test("where the plan begins is what the deferred map was given, whatever its recording says")
    func planPlace() {
        let map = SourceMap(file: "plans.jsonl", planAt: 2, column: 7, deferred: Self.recordAll(counting: Calls()))
        #expect(map.location(of: .plan) == SourceLocation(file: "plans.jsonl", line: 2, column: 7, field: "plan"))
        #expect(map.location(of: .mission).line == 2, "an element without a place of its own falls back on the plan's")
        #expect(map.location(of: .goal).line == 3)
    }

    @Test("recording on a deferred map comes after what it deferred: the first sighting keeps its place")
    func recordingAfter() {
        var map = SourceMap(file: "plans.jsonl", planAt: 1, column: 1, deferred: Self.recordAll(counting: Calls()))
        map.record(.goal, line: 40)
        map.record(.mission, line: 41)
        #expect(map.location(of: .goal).line == 3)
        #expect(map.location(of: .mission).line == 41)
    }

    @Test("a map can defer what is left: what it recorded stays, the rest is recorded once on first use, after it")
    func deferringTheRest() {
        let calls = Calls()
        var map = SourceMap(file: "plan.txt")
        map.record(.plan, line: 1, column: 1)
        map.record(.goal, line: 2)
        map.record(.initiative(ItemID([1, 1, 1])!), line: 4, column: 3)
        map.deferRecording(Self.recordAll(counting: calls))
        #expect(map.location(of: .plan) == SourceLocation(file: "plan.txt", line: 1, column: 1, field: "plan"))
        #expect(calls.value == 0)
        #expect(map.location(of: .goal).line == 2, "recorded before: the deferred line 3 comes after it")
        #expect(map.location(of: .initiative(ItemID([1, 1, 1])!)) == SourceLocation(file: "plan.txt", line: 4, column: 3, field: "具体的取組 1-1-1"))
        #expect(map.location(of: .budget(ItemID([1, 1, 1])!)).line == 1, "never seen: the plan's place")
        var eager = SourceMap(file: "plan.txt")
        eager.record(.goal, line: 2)
        eager.record(.initiative(ItemID([1, 1, 1])!), line: 4, column: 3)
        Self.recordAll(counting: calls)(&eager)
        #expect(map == eager)
        #expect(calls.value == 2, "once for the deferring map, once for the one made at once")
    }

    @Test("many tasks asking at once get the same places; the positions are recorded once")
    func concurrent() async {
        let calls = Calls()
        let map = SourceMap(file: "plans.jsonl", planAt: 1, column: 1, deferred: Self.recordAll(counting: calls))
        let lines = await withTaskGroup(of: [Int?].self) { group in
            for _ in 0..<8 { group.addTask { Self.elements.map { map.location(of: $0).line } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(lines == Array(repeating: [1, 3, 1, 9, 1], count: 8))
        #expect(calls.value == 1)
    }
}
