import Foundation

/// Golden files: the exact bytes a formatter wrote for a sample, kept in `Tests/Fixtures/golden`, so that
/// any change to a formatter fails `swift test` without Python. After an intended change, run the tests
/// once with `WARDPLAN_UPDATE_GOLDEN=1` and review the diff of the golden files.
public enum GoldenFile {
    /// Whether this run rewrites the golden files instead of comparing.
    public static var updating: Bool { ProcessInfo.processInfo.environment["WARDPLAN_UPDATE_GOLDEN"] == "1" }

    /// The golden file `name`'s bytes, or `nil` when it is missing; rewritten with `bytes` when updating.
    public static func expected(_ name: String, actual bytes: [UInt8]) throws -> [UInt8]? {
        let url = Fixtures.url("golden/" + name)
        if updating { try Data(bytes).write(to: url) }
        return (try? Data(contentsOf: url)).map(Array.init)
    }

    /// The first line where two byte strings differ, for a readable failure.
    public static func firstDifference(_ expected: [UInt8]?, _ actual: [UInt8]) -> String {
        guard let expected else { return "the golden file is missing: run with WARDPLAN_UPDATE_GOLDEN=1 and commit it" }
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        for (index, pair) in zip(old, new).enumerated() where pair.0 != pair.1 {
            return "line \(index + 1): expected «\(pair.0)», got «\(pair.1)»"
        }
        return "expected \(old.count) lines, got \(new.count)"
    }
}
