import WardPlan

/// One export of a batch: the plans that go to one destination.
public struct ExportJob: Sendable {
    /// The plans of this output, in order.
    public let plans: [OperatingPlan]
    /// Where they go.
    public let destination: ExportDestination

    /// A job writing `plans` to `destination`.
    public init(plans: [OperatingPlan], destination: ExportDestination) {
        self.plans = plans
        self.destination = destination
    }
}

extension AnyPlanExporter {
    /// Exports independent jobs concurrently — one file per ward or year, say — at most `jobs` at a time,
    /// each through its own stream, with the same `settings`. Every output is the one a sequential run
    /// writes, byte for byte; a failed job leaves its own destination as it was and the others finish.
    ///
    /// - Returns: the error of each failed job, by its index in `batch` (empty when all succeeded).
    /// - Complexity: holds the plans of at most `jobs` outputs being written, plus what `batch` holds.
    public func export(_ batch: [ExportJob], settings: [String: String] = [:], jobs: Int) async throws(WardPlanError)
        -> [Int: WardPlanError]
    {
        _ = try values(settings)
        return await withTaskGroup(of: (Int, WardPlanError?).self) { group in
            var failures: [Int: WardPlanError] = [:]
            var next = batch.startIndex
            func start(_ index: Int) {
                let job = batch[index]
                group.addTask {
                    var stream = PlanStream(job.plans)
                    do throws(WardPlanError) {
                        try self.export(&stream, to: job.destination, settings: settings)
                        return (index, nil)
                    } catch {
                        return (index, error)
                    }
                }
            }
            while next < batch.endIndex && next - batch.startIndex < max(1, jobs) {
                start(next)
                next += 1
            }
            while let (index, error) = await group.next() {
                if let error { failures[index] = error }
                if next < batch.endIndex {
                    start(next)
                    next += 1
                }
            }
            return failures
        }
    }
}
