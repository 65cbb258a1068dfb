import Dispatch

/// A task executor on a Dispatch queue of its own rather than the shared cooperative pool, whose width is
/// the number of cores: a synchronous caller that waits for tasks running here does not hold a thread those
/// tasks need, even when the caller itself runs on the pool (a test, an embedder calling the command line from
/// a task). Seen on Linux: a test calling a split export from its task hung under ThreadSanitizer without it
/// and passes with it.
final class DispatchTaskExecutor: TaskExecutor {
    private let queue = DispatchQueue(label: "wardplan.split-export", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
