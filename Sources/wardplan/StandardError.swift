import Foundation
import WardPlan

/// Writing to standard error (Swift 6 does not allow the C `stderr` global).
enum StandardError {
    static func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { write(diagnostic.description) }
    }
}
