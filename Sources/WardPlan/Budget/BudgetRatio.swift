/// An exact ratio of two amounts, such as one 経営課題's share of its plan or a year-over-year ratio.
///
/// Kept as a fraction; rounding happens only when it is rendered, in 128-bit integers, so no pair of
/// amounts can overflow or trap.
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

    /// The ratio scaled to `scale` (1000 for per-mille), rounded half away from zero, exactly.
    public func scaledExactly(by scale: Int) -> Int128 {
        let product = Int128(numerator) * Int128(scale)
        let divisor = Int128(denominator)
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: divisor)
        guard remainder.magnitude * 2 >= divisor.magnitude else { return quotient }
        return (product < 0) != (divisor < 0) ? quotient - 1 : quotient + 1
    }

    /// The ratio scaled to `scale` and rounded half away from zero; `nil` when the result does not fit in `Int`
    /// (a year-over-year ratio of 1千円 to 9京千円, say).
    public func scaled(by scale: Int) -> Int? { Int(exactly: scaledExactly(by: scale)) }

    /// 千分率 — the ratio in per-mille, rounded half away from zero; `nil` when it does not fit in `Int`.
    public var perMille: Int? { scaled(by: 1000) }

    /// The ratio as a percentage with `decimals` fraction digits (0–6), e.g. `6.5%`; exact for any amounts.
    public func percent(decimals: Int = 1) -> String {
        let digits = min(max(decimals, 0), 6)
        var unit: Int128 = 1
        for _ in 0..<digits { unit *= 10 }
        let value = scaledExactly(by: 100 * Int(unit))
        let whole = value.magnitude / unit.magnitude
        let fraction = String(value.magnitude % unit.magnitude)
        let sign = value < 0 ? "-" : ""
        guard digits > 0 else { return "\(sign)\(whole)%" }
        return "\(sign)\(whole).\(String(repeating: "0", count: digits - fraction.count))\(fraction)%"
    }

    public var description: String { "\(numerator)/\(denominator)" }
}
