import Foundation
import WardPlan
import WardPlanJSON
import WardPlanText

/// Reads plans from inputs one at a time: published text, JSON (one plan or an array), JSON Lines,
/// or `-` for standard input. JSON is recognised by its extension (`.json`, `.jsonl`) or its first
/// character; anything else is published text.
///
/// - Complexity: a JSON dataset streams (one plan in memory at a time); a text file is read a line at a time, a saved
///   web page whole.
public struct PlanInputReader {
    private var paths: ArraySlice<String>
    private var dataset: PlanDatasetReader?
    private var datasetFile = ""
    private let importer: PublishedTextImporter

    /// A reader over `paths`; `strict` makes any problem met importing text an error.
    public init(paths: [String], strict: Bool = false) {
        self.paths = paths[...]
        importer = PublishedTextImporter(mode: strict ? .strict : .lenient)
    }

    /// The next plan, or `nil` when every input has been read.
    /// - Throws: ``WardPlan/WardPlanError`` naming the input (and line and field where known).
    public mutating func next() throws(WardPlanError) -> LoadedPlan? {
        while true {
            // Taken out while it reads, so that its buffer has one owner and grows in place, not copied per chunk.
            if var reader = dataset.take() {
                let record: LocatedPlan?
                do throws(WardPlanError) {
                    record = try reader.nextLocated()
                } catch {
                    dataset = reader
                    throw error
                }
                dataset = reader
                if let record {
                    return LoadedPlan(plan: record.plan, file: datasetFile, diagnostics: record.diagnostics, sourceMap: record.sourceMap)
                }
                dataset = nil
            }
            guard let path = paths.popFirst() else { return nil }
            if let loaded = try open(path) { return loaded }
        }
    }

    /// Opens one input: a text plan is imported at once; a JSON dataset is left to stream.
    private mutating func open(_ path: String) throws(WardPlanError) -> LoadedPlan? {
        let handle = try Self.handle(for: path)
        let head: Data
        do { head = try handle.read(upToCount: ByteSource.chunkSize) ?? Data() } catch {
            throw WardPlanError(.unreadableInput, .cannotRead(error.localizedDescription), path: path)
        }
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        if fileExtension == "json" || fileExtension == "jsonl" || Self.startsLikeJSON(head) {
            dataset = PlanDatasetReader(source: ByteSource(handle: handle, prefix: head), file: path)
            datasetFile = path
            return nil
        }
        let imported = try importer.importPlan(reading: handle, after: head, file: path)
        return LoadedPlan(plan: imported.plan, file: path, diagnostics: imported.diagnostics, sourceMap: imported.sourceMap,
                          expectations: imported.expectations)
    }

    private static func handle(for path: String) throws(WardPlanError) -> FileHandle {
        if path == "-" { return .standardInput }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw WardPlanError(.unreadableInput, .noSuchFile, path: path)
        }
        guard !isFolder.boolValue else { throw WardPlanError(.unreadableInput, .inputIsFolder, path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw WardPlanError(.unreadableInput, .cannotOpenInput, path: path)
        }
        return handle
    }

    /// Whether the first non-blank byte (after a BOM) opens a JSON object or array.
    private static func startsLikeJSON(_ head: Data) -> Bool {
        let bytes = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
