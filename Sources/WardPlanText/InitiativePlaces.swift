import WardPlan

/// Where each 具体的取組 and its budget were first seen, kept by the initiative's place in the draft: 16 bytes an
/// initiative, where a source map's table spends about a hundred for the two, so that a plan of tens of thousands
/// of them is imported in little more memory than the plan. Handed over to the source map, which records the
/// places only when one is first asked for (``WardPlan/SourceMap/deferRecording(_:)``).
struct InitiativePlaces: Sendable {
    /// Lines and columns, 0 where nothing was seen yet (both count from 1).
    private struct Place: Sendable {
        var line: UInt32 = 0
        var column: UInt32 = 0
        var budgetLine: UInt32 = 0
        var budgetColumn: UInt32 = 0
    }

    /// By strategy, each initiative's places at its index.
    private var places: [StrategyRef: [Place]] = [:]

    /// Keeps where the initiative at `initiative` of the strategy at `strategy` of the issue at `issue` was seen,
    /// or its budget, unless it was seen before; `false` (nothing kept) when the line or column is beyond what is
    /// kept here — lines past the four-billionth — for the caller to record on the map itself.
    mutating func keep(issue: Int, strategy: Int, initiative: Int, budget: Bool = false, line: Int, column: Int) -> Bool {
        guard let line = UInt32(exactly: line), let column = UInt32(exactly: column), line > 0 else { return false }
        // Changed where it is stored: a copy of the strategy's places would be made for every one kept.
        Self.keep(&places[StrategyRef(issue: issue, strategy: strategy), default: []], at: initiative, budget: budget,
                  line: line, column: column)
        return true
    }

    private static func keep(_ places: inout [Place], at index: Int, budget: Bool, line: UInt32, column: UInt32) {
        if index >= places.count { places.append(contentsOf: repeatElement(Place(), count: index + 1 - places.count)) }
        if budget, places[index].budgetLine == 0 {
            (places[index].budgetLine, places[index].budgetColumn) = (line, column)
        } else if !budget, places[index].line == 0 {
            (places[index].line, places[index].column) = (line, column)
        }
    }

    /// Records every place kept on `map`, in the order of the text, so that an id given to two initiatives keeps
    /// the place where it was first seen: lines are read in order and a line's tokens by column, so the first
    /// sighting is the one of least line and column (no two sightings of one element share both). `issues` are the
    /// plan's, whose indices the places were kept by.
    func record(on map: inout SourceMap, issues: [ManagementIssue]) {
        var sightings: [(line: UInt32, column: UInt32, element: PlanElement)] = []
        for (key, strategyPlaces) in places {
            let initiatives = issues[key.issue].strategies[key.strategy].initiatives
            for (index, place) in strategyPlaces.enumerated() where index < initiatives.count {
                let id = initiatives[index].id
                if place.line > 0 { sightings.append((place.line, place.column, .initiative(id))) }
                if place.budgetLine > 0 { sightings.append((place.budgetLine, place.budgetColumn, .budget(id))) }
            }
        }
        sightings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        for sighting in sightings {
            map.record(sighting.element, line: Int(sighting.line), column: Int(sighting.column))
        }
    }
}
