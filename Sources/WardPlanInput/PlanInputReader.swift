import Foundation
import WardPlan
import WardPlanJSON
import WardPlanText

/// Reads plans from inputs one at a time: published text, JSON (one plan or an array), JSON Lines, a folder of
/// them, or `-` for standard input. JSON is recognised by its extension (`.json`, `.jsonl`) or its first
/// character; anything else is published text.
///
/// A folder is read at any depth, its files in the order of their names, those with a plan's extension only
/// (`.json`, `.jsonl`, `.txt`, `.htm`, `.html`): each other file, and each link to a folder, is named in a warning
/// that ``takeNotices()`` hands out. Hidden names (`.git`) are passed over.
///
/// - Complexity: a JSON dataset streams (one plan in memory at a time); a text file is read a line at a time, a saved
///   web page whole.
public struct PlanInputReader {
    /// The inputs still to read, last first, each with whether a folder listed it (so it is known to be a file): a
    /// folder's files take its place at the end.
    private var paths: [(path: String, listed: Bool)]
    /// Warnings about folders' files that are not read, until ``takeNotices()`` hands them out.
    private var notices: [Diagnostic] = []
    private var dataset: PlanDatasetReader?
    private var datasetFile = ""
    private let importer: PublishedTextImporter

    /// A reader over `paths`; `strict` makes any problem met importing text an error.
    public init(paths: [String], strict: Bool = false) {
        self.paths = paths.reversed().map { ($0, false) }
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
            guard let (path, listed) = paths.popLast() else { return nil }
            if !listed, path != "-", let folder = try PlanFolder(atPath: path) {
                notices += folder.notices
                paths += folder.files.reversed().map { ($0, true) }
            } else if let loaded = try open(path) {
                return loaded
            }
        }
    }

    /// Opens one input: a text plan is imported at once; a JSON dataset is left to stream.
    private mutating func open(_ path: String) throws(WardPlanError) -> LoadedPlan? {
        let input = try InputFile(path: path)
        let fileExtension = path.lowercasedFileExtension
        if fileExtension == "json" || fileExtension == "jsonl" || Self.startsLikeJSON(input.head) {
            dataset = PlanDatasetReader(source: input.isWhole ? ByteSource(data: input.head) : ByteSource(handle: input.handle, prefix: input.head),
                                        file: path)
            datasetFile = path
            return nil
        }
        let imported = input.isWhole ? try importer.importPlan(from: input.head, file: path)
            : try importer.importPlan(reading: input.handle, after: input.head, file: path)
        return LoadedPlan(plan: imported.plan, file: path, diagnostics: imported.diagnostics, sourceMap: imported.sourceMap,
                          expectations: imported.expectations)
    }

    /// The warnings about the inputs met since the last call, not about any plan: each file of a folder that is not
    /// read, each link to a folder not followed. Ask after each ``next()``, so that none is left unsaid.
    public mutating func takeNotices() -> [Diagnostic] {
        defer { notices = [] }
        return notices
    }

    /// Whether the first non-blank byte (after a BOM) opens a JSON object or array.
    private static func startsLikeJSON(_ head: Data) -> Bool {
        let bytes = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head[...]
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
