import Foundation
import WardPlan
import WardPlanExport

/// The progress of a split export on standard error: a bar redrawn in place (done/total, rate, time left)
/// when it is a terminal; otherwise a plain line at most every ten seconds, so a short run prints none.
struct SplitProgress {
    let console: Console
    let total: Int
    let quiet: Bool
    private let start = ContinuousClock.now
    private var lastLine: ContinuousClock.Instant
    private var done = 0

    init(console: Console, total: Int, quiet: Bool) {
        self.console = console
        self.total = total
        self.quiet = quiet
        lastLine = start
    }

    /// Notes one more output written.
    mutating func advance() {
        done += 1
        guard !quiet else { return }
        let now = ContinuousClock.now
        let seconds = max(0.001, Self.seconds(now - start))
        let rate = Double(done) / seconds
        let left = Int((Double(total - done) / rate).rounded(.up))
        let line = Message.splitProgress(done: done, total: total, perSecond: String(format: "%.1f", rate), secondsLeft: left).localized
        if console.errors.isTerminal {
            let width = 20
            let filled = total == 0 ? width : width * done / total
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
            // ESC [K clears what a longer line drawn before left at the end.
            console.write(toErrors: "\r[\(bar)] \(line)\u{1B}[K" + (done == total ? "\n" : ""))
        } else if Self.seconds(now - lastLine) >= 10 && done < total {
            lastLine = now
            console.report(line)
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
