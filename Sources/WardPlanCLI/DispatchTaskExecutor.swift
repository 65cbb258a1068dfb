import Dispatch

/// A task executor on a Dispatch queue of its own, whose threads are not the shared pool's: a synchronous
/// caller that waits for tasks running here never takes a thread those tasks need, even when the caller
/// itself runs on the pool (a test, an embedder calling the command line from a task).
final class DispatchTaskExecutor: TaskExecutor, @unchecked Sendable {
    // The queue is concurrent and is only handed jobs; the executor keeps no other state.
    private let queue = DispatchQueue(label: "wardplan.split-export", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
