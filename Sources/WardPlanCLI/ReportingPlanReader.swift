import WardPlan
import WardPlanInput

/// A reader over the inputs that says on the console, as it goes, what it found and did not read (a folder's
/// other files, links to folders), and counts those warnings.
struct ReportingPlanReader {
    private var reader: PlanInputReader
    private let console: Console
    /// How many warnings about the inputs it has reported.
    private(set) var warnings = 0

    init(_ reader: PlanInputReader, console: Console = CLIContext.current.console) {
        self.reader = reader
        self.console = console
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
