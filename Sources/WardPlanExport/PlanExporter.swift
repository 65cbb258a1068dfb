import WardPlan

/// An exporter of plans to one format: the plug-in point for output formats.
///
/// Implement it in any module — the XLSX, CSV, HTML and JSON exporters are built the same way — and
/// register it in an ``ExporterRegistry``. `WardPlanTesting`'s `ExporterConformance` checks an
/// implementation against the requirements below.
///
/// ## Implementation requirements
///
/// - **Plans** come from a ``PlanStream`` one at a time, each with its roll-up (``WardPlan/BudgetedPlan``):
///   use `plan.budget` for totals and `plan.issues` to walk issues with their roll-ups; never add budgets
///   again. Hold no more plans than the format needs.
/// - **Zero plans** are a valid, empty export (a JSON `[]`, tables with their header rows only, an index of
///   no plans, a workbook with an empty data sheet) — never an error.
/// - **Several plans** go to one output (a file holding them all, or a folder); a format that can hold only
///   one plan per file throws ``WardPlan/WardPlanError/Kind/unsupportedDestination`` for a second plan
///   sent to a single file, naming the fix (a folder).
/// - **Destinations**: write through ``ExportDestination/writeFile(named:_:)``,
///   ``ExportDestination/writeFolder(expectedNames:_:)`` or ``ExportDestination/writeThroughPath(named:_:)``.
///   They make a path atomic (on failure the old file or folder is left as it was, and no temporary
///   remains), send a stream through one buffer, and fill a ``MemoryOutput`` only on success.
///   A destination the format cannot use (several files to standard output) is refused with
///   ``WardPlan/WardPlanError/Kind/unsupportedDestination``.
/// - **Errors**: throw ``WardPlan/WardPlanError`` with the kind that fits (``WardPlan/WardPlanError/Kind/unrepresentable``
///   for content the format cannot hold, ``WardPlan/WardPlanError/Kind/outputFailed`` for writing);
///   errors of the stream pass through unchanged. Any other error is reported as
///   ``WardPlan/WardPlanError/Kind/external``. Never trap, whatever the plan holds.
/// - **Options** are declared once in ``ExporterOptions``; the values arrive checked and typed.
public protocol PlanExporter: Sendable {
    /// The exporter's typed options.
    associatedtype Options: ExporterOptions = NoOptions

    /// The format's name, description and file extension.
    var format: ExportFormat { get }

    /// Writes every plan of `plans` to `destination`.
    func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws
}

/// What an exporter writes, as users choose it by name.
public struct ExportFormat: Sendable, Hashable {
    /// What an export writes at its output path.
    public enum Output: Sendable, Hashable {
        /// One file (JSON, a workbook).
        case file
        /// A folder of files (CSV tables).
        case folder
        /// One file for one plan, a folder for several (web pages).
        case fileOrFolder
    }

    /// The name users choose it by, e.g. `csv`.
    public let name: String
    /// One line saying what it writes, in English and in Japanese (`Message("…")` for one text in both).
    public let summary: Message
    /// The file extension of its output, without the dot.
    public let fileExtension: String
    /// Other extensions its output may have (`jsonl` for JSON Lines).
    public let otherExtensions: Set<String>
    /// Whether it writes a file, a folder, or either.
    public let output: Output

    /// Creates a format description.
    public init(name: String, summary: Message, fileExtension: String, otherExtensions: Set<String> = [], output: Output = .file) {
        self.name = name
        self.summary = summary
        self.fileExtension = fileExtension
        self.otherExtensions = otherExtensions
        self.output = output
    }

    /// Why `path` is an odd name for this format's output — an extension the format does not write
    /// (`book.xls` for a workbook), or a folder named like a file (`out.csv` for CSV tables) — or `nil`.
    public func nameWarning(for path: String) -> Message? {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        let pathExtension = path.lowercasedFileExtension
        let accepted = otherExtensions.union([fileExtension])
        switch output {
        case .file where !accepted.contains(pathExtension):
            return .outputName(last, format: name, fileExtension: fileExtension,
                               pathExtension.isEmpty ? .fileWithoutExtension : .fileWithExtension(pathExtension))
        case .folder where !pathExtension.isEmpty:
            return .outputName(last, format: name, fileExtension: fileExtension, .folderNamedLikeFile(pathExtension))
        case .fileOrFolder where !pathExtension.isEmpty && !accepted.contains(pathExtension):
            return .outputName(last, format: name, fileExtension: fileExtension, .fileOrFolder(pathExtension))
        default:
            return nil
        }
    }
}
