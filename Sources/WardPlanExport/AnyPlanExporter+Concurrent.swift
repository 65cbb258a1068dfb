import WardPlan

/// One export of a batch: the plans that go to one destination.
public struct ExportJob: Sendable {
    /// Where they go.
    public let destination: ExportDestination
    /// The plans, as a stream made when the job starts.
    let plans: @Sendable () -> PlanStream

    /// A job writing `plans` to `destination`.
    public init(plans: [OperatingPlan], destination: ExportDestination) {
        self.init(destination: destination) { PlanStream(plans) }
    }

    /// A job whose plans are read only when it runs — from a file, say — so that a batch holds the plans of
    /// the jobs being written and no more.
    public init(destination: ExportDestination, plans: @escaping @Sendable () -> PlanStream) {
        self.destination = destination
        self.plans = plans
    }
}

extension AnyPlanExporter {
    /// Exports independent jobs concurrently — one file per ward or year, say — at most `jobs` at a time,
    /// each through its own stream, with the same `settings`. Every output is the one a sequential run
    /// writes, byte for byte; a failed job leaves its own destination as it was and the others finish.
    ///
    /// `finished` is called as each job ends, one call at a time, with the job's index and its error if it failed.
    ///
    /// - Returns: the error of each failed job, by its index in `batch` (empty when all succeeded).
    /// - Complexity: holds the plans of at most `jobs` outputs being written, plus what `batch` holds.
    public func export(_ batch: [ExportJob], settings: [String: String] = [:], jobs: Int,
                       finished: (Int, WardPlanError?) -> Void = { _, _ in }) async throws(WardPlanError) -> [Int: WardPlanError]
    {
        _ = try values(settings)
        return await withTaskGroup(of: (Int, WardPlanError?).self) { group in
            var failures: [Int: WardPlanError] = [:]
            var next = batch.startIndex
            func start(_ index: Int) {
                let job = batch[index]
                group.addTask {
                    var stream = job.plans()
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
                finished(index, error)
                if next < batch.endIndex {
                    start(next)
                    next += 1
                }
            }
            return failures
        }
    }
}
