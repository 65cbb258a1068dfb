import Synchronization

/// Where each part of an imported plan was found in its source, so that later checks can point there.
public struct SourceMap: Sendable, Equatable {
    /// Where an element was first seen: its line, and its column or ``Position/noColumn``. The file is the map's,
    /// so an entry is two numbers: a large plan's map stays small.
    private struct Position: Sendable, Equatable {
        static let noColumn = Int.min
        let line: Int
        let column: Int

        init(line: Int, column: Int?) {
            self.line = line
            self.column = column ?? Self.noColumn
        }
    }

    /// The places recorded: the plan's own apart, as every element without a place of its own falls back on it.
    private struct Table: Sendable, Equatable {
        var plan: Position?
        var elements: [PlanElement: Position] = [:]
    }

    private var table = Table()
    /// What records the other places when one is first asked for, when the map was made deferred.
    private var deferred: Deferred?
    /// The file the plan came from.
    public var file: String?

    /// An empty map for `file`.
    public init(file: String? = nil) { self.file = file }

    /// A map for `file` that knows where the plan begins and leaves the rest to `recordAll`, which records it on a
    /// map of its own the first time another element's place is asked for (or the map is compared, recorded on or
    /// made room in), once, on whichever thread asks: a decoder hands over where the parts stand, and the table is
    /// built only for a plan that a diagnostic points into below its top. Where the plan begins is `line` and
    /// `column`, whatever `recordAll` records for it.
    public init(file: String?, planAt line: Int, column: Int?, deferred recordAll: @escaping @Sendable (inout SourceMap) -> Void) {
        self.file = file
        table.plan = Position(line: line, column: column)
        deferred = Deferred(recordAll)
    }

    /// Leaves the places `recordRest` records to the first time an element's place is asked for (or the map is
    /// compared, recorded on or made room in), as ``init(file:planAt:column:deferred:)`` does: a reader that knows
    /// where many parts stand in a compact form of its own records the few others now and hands over the rest. The
    /// places recorded so far come first, so an element recorded both now and by `recordRest` keeps its place now.
    public mutating func deferRecording(_ recordRest: @escaping @Sendable (inout SourceMap) -> Void) {
        resolve()
        let recorded = table.elements
        table.elements = [:]
        deferred = Deferred { map in
            map.table.elements = recorded
            recordRest(&map)
        }
    }

    /// Records where `element` was first seen; later sightings do not move it.
    public mutating func record(_ element: PlanElement, line: Int, column: Int? = nil) {
        if case .plan = element {
            if table.plan == nil { table.plan = Position(line: line, column: column) }
            return
        }
        resolve()
        // One look-up: the default is stored only when the element is not there yet.
        Self.keep(&table.elements[element, default: Position(line: line, column: column)])
    }

    private static func keep(_ position: inout Position) {}

    /// Makes room for `count` elements, so recording them does not grow the map again and again.
    public mutating func reserveCapacity(_ count: Int) {
        resolve()
        table.elements.reserveCapacity(count)
    }

    /// Where `element` is, named by its field; the file alone when it was never seen.
    public func location(of element: PlanElement) -> SourceLocation {
        var location = SourceLocation(file: file)
        let position: Position?
        if case .plan = element, let plan = table.plan {
            position = plan
        } else {
            let table = resolved
            position = table.elements[element] ?? table.plan
        }
        if let position {
            location.line = position.line
            location.column = position.column == Position.noColumn ? nil : position.column
        }
        location.field = element.name
        return location
    }

    /// Whether two maps name the same file and places; a deferred map's places are recorded to compare them.
    public static func == (lhs: SourceMap, rhs: SourceMap) -> Bool {
        lhs.file == rhs.file && lhs.resolved == rhs.resolved
    }

    /// The table with the deferred places in: the plan's own place where the map has it, else the one recorded.
    private var resolved: Table {
        guard let deferred else { return table }
        var recorded = deferred.table
        recorded.plan = table.plan ?? recorded.plan
        return recorded
    }

    /// Takes the deferred places in, so that the map can be recorded on.
    private mutating func resolve() {
        guard deferred != nil else { return }
        table = resolved
        deferred = nil
    }

    /// Places recorded on first use and kept.
    private final class Deferred: Sendable {
        private let recordAll: @Sendable (inout SourceMap) -> Void
        private let recorded = Mutex<Table?>(nil)
        /// Taken (acquiring) as the lock is held and given back (releasing) before it is let go. `Mutex` hands a
        /// contended lock over in the kernel (a futex), where ThreadSanitizer does not see one thread's unlock come
        /// before the next one's lock; this atomic shows it that order, so that sharing the map is checked, not
        /// reported as a race.
        private let handOver = Atomic<Int>(0)

        init(_ recordAll: @escaping @Sendable (inout SourceMap) -> Void) { self.recordAll = recordAll }

        var table: Table {
            recorded.withLock { recorded in
                _ = handOver.load(ordering: .acquiring)
                defer { handOver.wrappingAdd(1, ordering: .releasing) }
                if let recorded { return recorded }
                var map = SourceMap()
                recordAll(&map)
                recorded = map.table
                return map.table
            }
        }
    }
}
