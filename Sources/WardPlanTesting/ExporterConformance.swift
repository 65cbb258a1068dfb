import Foundation
import WardPlan
import WardPlanExport

/// Checks an exporter against the contract written in `PlanExporter`'s documentation — the way
/// swift-collections' checkers test any collection. Run it in your own tests:
///
/// ```swift
/// @Test func conforms() {
///     let failures = ExporterConformance(MarkdownExporter()).run()
///     #expect(failures.isEmpty, "\(failures)")
/// }
/// ```
///
/// It exports zero, one and several plans to memory (zero plans must still make the output, which may be
/// empty only for formats such as JSON Lines); one and several plans to standard output (a stream) and to a
/// path, where every plan must be read or the destination refused with `.unsupportedDestination` before
/// anything is written, and no temporary may remain; and a stream that fails midway over a new path, an
/// existing output and memory, which must be left exactly as they were, with the stream's error passed through.
public struct ExporterConformance: Sendable {
    /// The exporter checked.
    public let exporter: AnyPlanExporter
    /// The option settings every export uses (`name` → value, as `-O` gives them).
    public var settings: [String: String]
    /// The plans exported; the first is used where one plan is needed.
    public var plans: [OperatingPlan]

    /// Checks `exporter` with `settings` on `plans`.
    public init<Exporter: PlanExporter>(_ exporter: Exporter, settings: [String: String] = [:],
                                        plans: [OperatingPlan] = ConformancePlans.standard) {
        self.init(AnyPlanExporter(exporter), settings: settings, plans: plans)
    }

    /// Checks a registered exporter.
    public init(_ exporter: AnyPlanExporter, settings: [String: String] = [:], plans: [OperatingPlan] = ConformancePlans.standard) {
        self.exporter = exporter
        self.settings = settings
        self.plans = plans
    }

    /// Runs every check; an empty result means the exporter conforms.
    public func run() -> [ConformanceFailure] {
        [
            check("zero plans to memory") { try memoryExport(plans: []) },
            check("one plan to memory") { try memoryExport(plans: Array(plans.prefix(1))) },
            check("several plans to memory") { try memoryExport(plans: plans) },
            check("one plan to standard output") { try streamExport(plans: Array(plans.prefix(1))) },
            check("several plans to standard output") { try streamExport(plans: plans) },
            check("one plan to a path") { try pathExport(plans: Array(plans.prefix(1))) },
            check("several plans to a path") { try pathExport(plans: plans) },
            check("a failed export to a new path") { try failedPathExport(overExisting: false) },
            check("a failed export over an existing output") { try failedPathExport(overExisting: true) },
            check("a failed export to memory") { try failedMemoryExport() },
        ].compactMap { $0 }
    }

    /// Runs one check: `body` returns what went wrong, or `nil`.
    private func check(_ name: String, _ body: () throws -> String?) -> ConformanceFailure? {
        do {
            return try body().map { ConformanceFailure(check: name, message: $0) }
        } catch {
            return ConformanceFailure(check: name, message: "unexpected error: \(error)")
        }
    }

    // MARK: - Checks

    private func export(_ plans: [OperatingPlan], to destination: ExportDestination) throws(WardPlanError) -> Int {
        var stream = PlanStream(plans)
        try exporter.export(&stream, to: destination, settings: settings)
        return stream.count
    }

    private func memoryExport(plans: [OperatingPlan]) throws -> String? {
        let output = MemoryOutput()
        let read = try export(plans, to: .memory(output))
        if read != plans.count { return "read \(read) of \(plans.count) plans" }
        if output.files.isEmpty { return "wrote no file" }
        if !plans.isEmpty, output.files.values.allSatisfy(\.isEmpty) { return "wrote only empty files" }
        return nil
    }

    /// Standard output: the bytes of every plan, or `.unsupportedDestination` before writing anything.
    private func streamExport(plans: [OperatingPlan]) throws -> String? {
        let sink = ByteSink(memoryNamed: "-")
        do throws(WardPlanError) {
            let read = try export(plans, to: .stream(sink))
            if read != plans.count { return "read \(read) of \(plans.count) plans" }
        } catch {
            guard error.kind == .unsupportedDestination else { throw error }
            return sink.bytes.isEmpty ? nil : "refused standard output after writing \(sink.bytes.count) bytes to it"
        }
        return sink.bytes.isEmpty ? "wrote nothing to standard output" : nil
    }

    /// A path: the output and nothing else beside it, or `.unsupportedDestination` leaving nothing.
    private func pathExport(plans: [OperatingPlan]) throws -> String? {
        let folder = try Scratch.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/out." + exporter.format.fileExtension
        do throws(WardPlanError) {
            let read = try export(plans, to: .path(target))
            if read != plans.count { return "read \(read) of \(plans.count) plans" }
        } catch {
            guard error.kind == .unsupportedDestination else { throw error }
            let left = try FileManager.default.contentsOfDirectory(atPath: folder)
            return left.isEmpty ? nil : "refused the path but left: \(left.sorted().joined(separator: ", "))"
        }
        guard FileManager.default.fileExists(atPath: target) else { return "wrote nothing at \(target)" }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0 != "out." + exporter.format.fileExtension }
        return left.isEmpty ? nil : "left behind: \(left.sorted().joined(separator: ", "))"
    }

    private func failedPathExport(overExisting: Bool) throws -> String? {
        let folder = try Scratch.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let name = "out." + exporter.format.fileExtension
        let target = folder + "/" + name
        if overExisting { _ = try export(Array(plans.prefix(1)), to: .path(target)) }
        let before = try Scratch.snapshot(folder)
        if let problem = try failingExport(to: .path(target)) { return problem }
        let after = try Scratch.snapshot(folder)
        guard before == after else {
            let changed = Set(before.keys).symmetricDifference(after.keys).union(before.keys.filter { before[$0] != after[$0] })
            return "the folder changed: \(changed.sorted().joined(separator: ", "))"
        }
        return nil
    }

    private func failedMemoryExport() throws -> String? {
        let output = MemoryOutput()
        _ = try export(Array(plans.prefix(1)), to: .memory(output))
        let before = output.files
        if let problem = try failingExport(to: .memory(output)) { return problem }
        return output.files == before ? nil : "the memory output changed"
    }

    /// Exports a stream that yields one plan, then fails; the stream's error must come back.
    private func failingExport(to destination: ExportDestination) throws -> String? {
        guard let error = exportFailing(to: destination) else { return "succeeded although its input failed" }
        guard error.kind == .invalidInput && error.message.english == Self.marker else {
            return "did not pass the stream's error through: \(error)"
        }
        return nil
    }

    /// The error of an export whose stream yields one plan and then fails, or `nil` when it succeeded.
    private func exportFailing(to destination: ExportDestination) -> WardPlanError? {
        let source = FailingSource(first: plans.first)
        var stream = PlanStream { try source.next() }
        do throws(WardPlanError) {
            try exporter.export(&stream, to: destination, settings: settings)
            return nil
        } catch {
            return error
        }
    }

    static let marker = "the conformance checker's input fails here"
}

/// One plan, then an input error.
private final class FailingSource {
    private var first: OperatingPlan?

    init(first: OperatingPlan?) { self.first = first }

    func next() throws -> OperatingPlan? {
        guard let plan = first else { throw WardPlanError(.invalidInput, Message(ExporterConformance.marker), path: "conformance-input") }
        first = nil
        return plan
    }
}

/// A check the exporter failed, and why.
public struct ConformanceFailure: Sendable, Equatable, CustomStringConvertible {
    /// The check's name, e.g. `zero plans to memory`.
    public let check: String
    /// What went wrong.
    public let message: String

    public var description: String { "\(check): \(message)" }
}

/// Scratch folders and folder snapshots for the checks.
enum Scratch {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wardplan-conformance-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file under `folder` (relative path → bytes); folders as empty entries ending in `/`.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let name = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder)
            files[isFolder.boolValue ? name + "/" : name] = isFolder.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return files
    }
}
