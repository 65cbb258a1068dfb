/// A stream of plans read one at a time, so that exporters never need every plan in memory.
public struct PlanStream {
    private var produce: () throws -> OperatingPlan?

    /// A stream over plans already in memory.
    public init(_ plans: some Sequence<OperatingPlan>) {
        var iterator = Array(plans).makeIterator()
        produce = { iterator.next() }
    }

    /// A stream whose plans come from `next`, which returns `nil` at the end and throws when input is bad.
    public init(next: @escaping () throws -> OperatingPlan?) {
        produce = next
    }

    /// The next plan, or `nil` at the end.
    public mutating func next() throws -> OperatingPlan? { try produce() }

    /// Reads every remaining plan into memory; for exporters that need them all at once.
    public mutating func collect() throws -> [OperatingPlan] {
        var plans: [OperatingPlan] = []
        while let plan = try next() { plans.append(plan) }
        return plans
    }
}
