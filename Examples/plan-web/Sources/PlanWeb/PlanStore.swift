import WardPlan

/// The plans uploaded, held in memory with a bound: past ``capacity`` the oldest is forgotten.
actor PlanStore {
    /// How many plans are held at most.
    let capacity: Int
    private var plans: [String: OperatingPlan] = [:]
    private var order: [String] = []
    private var counter = 0

    init(capacity: Int) { self.capacity = capacity }

    /// Keeps `plan`; returns its id (`1`, `2`, …).
    func add(_ plan: OperatingPlan) -> String {
        counter += 1
        let id = String(counter)
        plans[id] = plan
        order.append(id)
        if order.count > capacity { plans[order.removeFirst()] = nil }
        return id
    }

    func plan(_ id: String) -> OperatingPlan? { plans[id] }
}
