import Dispatch
import Foundation
import Synchronization
import WardPlan
import WardPlanExport
import WardPlanInput
import WardPlanJSON

/// `export --split-by`: one output per ward, year or plan, written into one folder several at a time.
///
/// The plans are read once, in order, and each is set down as a line of canonical JSON in its output's
/// spool file; then a bounded task group writes the outputs, each from its own spool, so memory holds the
/// plans of the outputs being written and no more. The folder is staged and switched into place whole:
/// if any output fails, none is written. Each output is the one a sequential export of its plans writes,
/// byte for byte, whatever the number of jobs.
struct SplitExport {
    let exporter: AnyPlanExporter
    let settings: [String: String]
    let key: SplitKey
    let jobs: Int
    let console: Console
    let quiet: Bool

    /// One output: its file or folder name and how many plans go to it.
    private struct Group {
        let spool: String
        var plans = 0
    }

    /// Exports every plan `next` gives into the folder `output`.
    func run(_ next: () throws -> BudgetedPlan?, to output: String) throws {
        // The spools sit beside the output (the disk it goes to, not a RAM-backed /tmp), named as WardPlan's
        // temporaries are, so that a run killed midway leaves nothing the next run does not remove.
        let parent = URL(fileURLWithPath: output).deletingLastPathComponent().path
        let spoolFolder = "\(parent)/.wardplan-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try FileManager.default.createDirectory(atPath: spoolFolder, withIntermediateDirectories: false)
        } catch {
            throw WardPlanError(.outputFailed, .cannotSpool(error.localizedDescription), path: output)
        }
        defer { try? FileManager.default.removeItem(atPath: spoolFolder) }
        // By group as the plans name it; two groups whose file names would be alike (`a/b`, `a_b`) stay apart.
        var groups: [String: Group] = [:]
        while let budgeted = try next() {
            let key = key.group(of: budgeted.plan)
            var group = groups[key] ?? Group(spool: "\(spoolFolder)/\(groups.count).jsonl")
            do { try Self.append(budgeted.plan, to: group.spool) } catch {
                throw WardPlanError(.outputFailed, .cannotSpool(String(describing: error)), path: output)
            }
            group.plans += 1
            groups[key] = group
        }
        let format = exporter.format
        var taken: Set<String> = []
        let outputs = groups.sorted { $0.key < $1.key }.map { key, group in
            let isFolder = format.output == .folder || (format.output == .fileOrFolder && group.plans > 1)
            let stem = SplitKey.fileName(of: key, notIn: taken)
            taken.insert(stem)
            return (name: isFolder ? stem : "\(stem).\(format.fileExtension)", spool: group.spool)
        }
        let names = Set(outputs.map(\.name))
        try AtomicFolder.write(to: output, expectedNames: { names.contains($0) }) { staging in
            let batch = outputs.map { output in
                ExportJob(destination: .path("\(staging)/\(output.name)")) {
                    var reader = PlanInputReader(paths: [output.spool])
                    return PlanStream { try reader.next()?.plan }
                }
            }
            let failures = try Self.wait { [exporter, settings, jobs, console, quiet] in
                var progress = SplitProgress(console: console, total: batch.count, quiet: quiet)
                return try await exporter.export(batch, settings: settings, jobs: jobs) { _, _ in progress.advance() }
            }
            if let (index, first) = failures.min(by: { $0.key < $1.key }) {
                // Named where the output would have been, not in the staging folder that is now gone.
                var location = first.location
                location.file = "\(output)/\(outputs[index].name)"
                throw WardPlanError(first.kind, .splitFailed(failures.count, first: first.message), at: location,
                                    diagnostics: first.diagnostics)
            }
        }
    }

    /// Adds `plan` as one line of canonical JSON to the spool file at `path`.
    private static func append(_ plan: OperatingPlan, to path: String) throws {
        if !FileManager.default.fileExists(atPath: path), !FileManager.default.createFile(atPath: path, contents: nil) {
            throw CocoaError(.fileWriteUnknown)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: PlanJSON.encode(plan, pretty: false) + [0x0A])
    }

    /// Runs `work` in a task and waits for it: the command line is synchronous, the batch is structured
    /// concurrency. The task and its children run on an executor of their own, so waiting blocks no thread
    /// they need, whichever thread calls.
    private static func wait<Result: Sendable>(_ work: @escaping @Sendable () async throws -> Result) throws -> Result {
        let outcome = Mutex<Swift.Result<Result, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task(executorPreference: DispatchTaskExecutor()) {
            let result: Swift.Result<Result, any Error>
            do { result = .success(try await work()) } catch { result = .failure(error) }
            outcome.withLock { $0 = result }
            done.signal()
        }
        done.wait()
        return try outcome.withLock { $0! }.get()
    }
}
