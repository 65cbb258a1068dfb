import WardPlan
import WardPlanInput

/// A reader over the inputs that says on the console, as it goes, what it found and did not read (a folder's
/// other files, links to folders), and counts those warnings.
struct ReportingPlanReader {
    private var reader: PlanInputReader
    private let console: Console
    /// How many warnings about the inputs it has reported.
    private(set) var warnings = 0

    /// A reader over `paths` (`strict`: any problem met importing text is an error). When any of them may be
    /// published text, the allocator is first told to give large blocks back (``AllocatorTuning``): a text's lines
    /// can be megabytes long.
    init(paths: [String], strict: Bool, console: Console = CLIContext.current.console) {
        if paths.contains(where: Self.mayBePublishedText) { AllocatorTuning.giveLargeBlocksBack() }
        reader = PlanInputReader(paths: paths, strict: strict)
        self.console = console
    }

    /// Whether an input may be published text: anything not named `.json` or `.jsonl` (a text, a page, a folder,
    /// standard input), as ``WardPlanInput/PlanInputReader`` tells JSON first by its name.
    static func mayBePublishedText(_ path: String) -> Bool {
        !["json", "jsonl"].contains(path.lowercasedFileExtension)
    }

    /// The next plan, or `nil` when every input has been read; what was met on the way is reported first, also
    /// when the reading fails.
    mutating func next() throws(WardPlanError) -> LoadedPlan? {
        defer {
            let notices = reader.takeNotices()
            console.report(notices)
            warnings += notices.count
        }
        return try reader.next()
    }
}
