import Foundation
import WardPlan
import WardPlanText

/// Reads plans from the command line's inputs one at a time: published text, JSON, JSON Lines,
/// or `-` for standard input. JSON is recognised by its extension (`.json`, `.jsonl`) or its first character.
struct PlanInputReader {
    private var paths: ArraySlice<String>
    private var dataset: PlanDatasetReader?
    private var datasetFile = ""
    private let importer: PublishedTextImporter

    init(paths: [String], strict: Bool) {
        self.paths = paths[...]
        importer = PublishedTextImporter(mode: strict ? .strict : .lenient)
    }

    /// The next plan, or `nil` when every input has been read.
    mutating func next() throws -> LoadedPlan? {
        while true {
            if var reader = dataset {
                let plan = try reader.next()
                dataset = reader
                if let plan {
                    return LoadedPlan(plan: plan, file: datasetFile, diagnostics: [], sourceMap: SourceMap(file: datasetFile))
                }
                dataset = nil
            }
            guard let path = paths.popFirst() else { return nil }
            if let loaded = try open(path) { return loaded }
        }
    }

    /// Opens one input: a text plan is imported at once; a JSON dataset is left to stream.
    private mutating func open(_ path: String) throws -> LoadedPlan? {
        let handle = try Self.handle(for: path)
        let head: Data
        do { head = try handle.read(upToCount: ByteSource.chunkSize) ?? Data() } catch {
            throw InputError("cannot read: \(error.localizedDescription)", at: SourceLocation(file: path))
        }
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        if fileExtension == "json" || fileExtension == "jsonl" || Self.startsLikeJSON(head) {
            dataset = PlanDatasetReader(source: ByteSource(handle: handle, prefix: head), file: path)
            datasetFile = path
            return nil
        }
        var data = head
        do { data.append(try handle.readToEnd() ?? Data()) } catch {
            throw InputError("cannot read: \(error.localizedDescription)", at: SourceLocation(file: path))
        }
        let imported = try importer.importPlan(from: data, file: path)
        return LoadedPlan(plan: imported.plan, file: path, diagnostics: imported.diagnostics, sourceMap: imported.sourceMap)
    }

    private static func handle(for path: String) throws(InputError) -> FileHandle {
        if path == "-" { return .standardInput }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError("no such file", at: SourceLocation(file: path))
        }
        guard !isFolder.boolValue else { throw InputError("this is a folder, not a plan file", at: SourceLocation(file: path)) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError("the file cannot be opened for reading", at: SourceLocation(file: path))
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
