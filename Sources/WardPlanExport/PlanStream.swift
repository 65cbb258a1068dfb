import WardPlan

/// The plans of one export, handed over one at a time with their budget roll-up, so that an exporter
/// never needs every plan in memory and never adds budgets again.
///
/// A stream has a single owner (it cannot be copied): what one reader takes, no copy sees again. It is
/// lazy over any sequence or producer, and can look one plan ahead with ``peek()``.
///
/// - Complexity: ``next()`` and ``peek()`` are O(1) plus the cost of producing the plan and its roll-up
///   (O(initiatives)); the stream holds at most one plan ahead.
public struct PlanStream: ~Copyable {
    private var source: any PlanSource
    private var lookahead: BudgetedPlan?
    /// The number of plans handed out by ``next()`` so far.
    public private(set) var count = 0

    /// A stream over `plans`, read lazily.
    public init<Plans: Sequence<OperatingPlan>>(_ plans: Plans) {
        source = IteratorSource(iterator: plans.makeIterator())
    }

    /// A stream whose plans come from `next`, which returns `nil` at the end and throws when input is bad.
    public init(_ next: @escaping () throws -> OperatingPlan?) {
        source = ProducerSource { try next().map(Source.plan) }
    }

    /// A stream whose plans come from `next` with their roll-ups already made — for a reader that adds
    /// the budgets itself, to say in its error which input a plan came from.
    public init(budgeted next: @escaping () throws -> BudgetedPlan?) {
        source = ProducerSource { try next().map(Source.budgeted) }
    }

    /// The next plan with its roll-up, or `nil` at the end.
    /// - Throws: ``WardPlanError``: the producer's error, or ``WardPlanError/Kind/budgetOverflow`` naming the plan.
    public mutating func next() throws(WardPlanError) -> BudgetedPlan? {
        var plan = lookahead
        lookahead = nil
        if plan == nil { plan = try produce() }
        if plan != nil { count += 1 }
        return plan
    }

    /// The plan ``next()`` will return, without taking it.
    public mutating func peek() throws(WardPlanError) -> BudgetedPlan? {
        if lookahead == nil { lookahead = try produce() }
        return lookahead
    }

    private mutating func produce() throws(WardPlanError) -> BudgetedPlan? {
        let produced: Source?
        do { produced = try source.next() } catch { throw WardPlanError.wrapping(error) }
        switch produced {
        case nil: return nil
        case .plan(let plan): return try BudgetedPlan(plan)
        case .budgeted(let plan): return plan
        }
    }
}

/// What a source hands over: a plan, or a plan with its roll-up made already.
private enum Source {
    case plan(OperatingPlan)
    case budgeted(BudgetedPlan)
}

private protocol PlanSource {
    mutating func next() throws -> Source?
}

private struct IteratorSource<Iterator: IteratorProtocol<OperatingPlan>>: PlanSource {
    var iterator: Iterator
    mutating func next() -> Source? { iterator.next().map(Source.plan) }
}

private struct ProducerSource: PlanSource {
    let produce: () throws -> Source?
    func next() throws -> Source? { try produce() }
}
