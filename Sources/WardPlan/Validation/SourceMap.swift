/// Where each part of an imported plan was found in its source, so that later checks can point there.
public struct SourceMap: Sendable, Equatable {
    /// Where an element was first seen: its line, and its column or ``Position/noColumn``. The file is the map's,
    /// so an entry is two numbers: a large plan's map stays small.
    private struct Position: Sendable, Equatable {
        static let noColumn = Int.min
        let line: Int
        let column: Int
    }

    private var positions: [PlanElement: Position] = [:]
    /// The file the plan came from.
    public var file: String?

    /// An empty map for `file`.
    public init(file: String? = nil) { self.file = file }

    /// Records where `element` was first seen; later sightings do not move it.
    public mutating func record(_ element: PlanElement, line: Int, column: Int? = nil) {
        // One look-up: the default is stored only when the element is not there yet.
        Self.keep(&positions[element, default: Position(line: line, column: column ?? Position.noColumn)])
    }

    private static func keep(_ position: inout Position) {}

    /// Makes room for `count` elements, so recording them does not grow the map again and again.
    public mutating func reserveCapacity(_ count: Int) {
        positions.reserveCapacity(count)
    }

    /// Where `element` is, named by its field; the file alone when it was never seen.
    public func location(of element: PlanElement) -> SourceLocation {
        var location = SourceLocation(file: file)
        if let position = positions[element] ?? positions[.plan] {
            location.line = position.line
            location.column = position.column == Position.noColumn ? nil : position.column
        }
        location.field = element.name
        return location
    }
}
