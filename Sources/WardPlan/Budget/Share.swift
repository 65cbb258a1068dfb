/// An exact ratio of two amounts, such as one 経営課題's share of its plan or a year-over-year ratio.
///
/// Kept as a fraction; rounding happens only when it is rendered.
public struct BudgetRatio: Sendable, Hashable, CustomStringConvertible {
    /// The numerator, in thousands of yen.
    public let numerator: Int
    /// The denominator, in thousands of yen; never zero.
    public let denominator: Int

    /// The ratio `part / whole`; `nil` when `whole` is zero.
    public init?(_ part: ThousandYen, of whole: ThousandYen) {
        guard whole.amount != 0 else { return nil }
        numerator = part.amount
        denominator = whole.amount
    }

    /// The ratio scaled to `scale` (1000 for per-mille) and rounded half away from zero.
    /// Exact: computed in 128-bit integers, so large amounts do not overflow.
    public func scaled(by scale: Int) -> Int {
        let product = Int128(numerator) * Int128(scale)
        let divisor = Int128(denominator)
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: divisor)
        let roundsAway = remainder.magnitude * 2 >= divisor.magnitude
        guard roundsAway else { return Int(quotient) }
        return Int((product < 0) != (divisor < 0) ? quotient - 1 : quotient + 1)
    }

    /// 千分率 — the ratio in per-mille, rounded half away from zero.
    public var perMille: Int { scaled(by: 1000) }

    /// The ratio as a percentage with `decimals` fraction digits, e.g. `6.5%`.
    public func percent(decimals: Int = 1) -> String {
        var unit = 1
        for _ in 0..<decimals { unit *= 10 }
        let scaledValue = scaled(by: 100 * unit)
        let whole = scaledValue.magnitude / UInt(unit)
        let fraction = String(scaledValue.magnitude % UInt(unit))
        let sign = scaledValue < 0 ? "-" : ""
        guard decimals > 0 else { return "\(sign)\(whole)%" }
        return "\(sign)\(whole).\(String(repeating: "0", count: decimals - fraction.count))\(fraction)%"
    }

    public var description: String { "\(numerator)/\(denominator)" }
}
