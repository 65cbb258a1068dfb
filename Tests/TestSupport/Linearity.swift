import Foundation

/// A timing-free guard against quadratic paths: the same work at two sizes, four times apart.
///
/// Linear work takes about 4× as long at the larger size, quadratic about 16×; the check passes below 8×,
/// a margin wide enough for a shared, noisy machine. Each size is timed as the best of five runs.
public enum Linearity {
    /// The size factor between the two runs.
    public static let factor = 4
    /// The largest ratio of times accepted as linear.
    public static let limit = 8.0

    /// How much longer `work(size * factor)` takes than `work(size)`.
    public static func ratio(size: Int, _ work: (Int) throws -> Void) rethrows -> Double {
        let small = try fastest { try work(size) }
        let large = try fastest { try work(size * factor) }
        return large / max(small, 1e-6)
    }

    private static func fastest(_ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
