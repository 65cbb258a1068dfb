/// Where each part of an imported plan was found in its source, so that later checks can point there.
public struct SourceMap: Sendable, Equatable {
    private var locations: [PlanElement: SourceLocation] = [:]
    /// The file the plan came from.
    public var file: String?

    /// An empty map for `file`.
    public init(file: String? = nil) { self.file = file }

    /// Records where `element` was first seen; later sightings do not move it.
    public mutating func record(_ element: PlanElement, line: Int, column: Int? = nil) {
        // One look-up: the default is stored only when the element is not there yet.
        Self.keep(&locations[element, default: SourceLocation(file: file, line: line, column: column)])
    }

    private static func keep(_ location: inout SourceLocation) {}

    /// Makes room for `count` elements, so recording them does not grow the map again and again.
    public mutating func reserveCapacity(_ count: Int) {
        locations.reserveCapacity(count)
    }

    /// Where `element` is, named by its field; the file alone when it was never seen.
    public func location(of element: PlanElement) -> SourceLocation {
        var location = locations[element] ?? locations[.plan] ?? SourceLocation(file: file)
        location.field = element.name
        return location
    }
}
