/// An exact amount of money in thousands of yen (千円), the unit plans print budgets in.
///
/// Arithmetic is checked: a sum that would overflow throws ``BudgetError/overflow(_:)`` and never
/// wraps or traps. Encoded as a plain integer.
public struct ThousandYen: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The amount in thousands of yen.
    public let amount: Int

    /// Creates an amount of `amount` thousand yen.
    public init(_ amount: Int) { self.amount = amount }

    /// Zero yen.
    public static let zero = ThousandYen(0)

    /// The amount in yen, or an overflow error.
    public func yen() throws(BudgetError) -> Int {
        let (value, overflow) = amount.multipliedReportingOverflow(by: 1000)
        guard !overflow else { throw .overflow("\(self) in yen") }
        return value
    }

    /// The sum of two amounts, or an overflow error.
    public func adding(_ other: ThousandYen) throws(BudgetError) -> ThousandYen {
        let (value, overflow) = amount.addingReportingOverflow(other.amount)
        guard !overflow else { throw .overflow("\(self) + \(other)") }
        return ThousandYen(value)
    }

    /// The difference `self - other`, or an overflow error.
    public func subtracting(_ other: ThousandYen) throws(BudgetError) -> ThousandYen {
        let (value, overflow) = amount.subtractingReportingOverflow(other.amount)
        guard !overflow else { throw .overflow("\(self) - \(other)") }
        return ThousandYen(value)
    }

    /// The exact sum of the amounts; zero for none.
    /// - Complexity: O(n).
    public static func sum(_ amounts: some Sequence<ThousandYen>) throws(BudgetError) -> ThousandYen {
        var total = ThousandYen.zero
        for amount in amounts { total = try total.adding(amount) }
        return total
    }

    /// The amount with thousands separators, e.g. `5,237` (no unit).
    public var grouped: String {
        let digits = String(amount.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return amount < 0 ? "-" + result : result
    }

    /// The amount as plans print it, e.g. `5,237千円`.
    public var description: String { grouped + "千円" }

    public static func < (lhs: ThousandYen, rhs: ThousandYen) -> Bool { lhs.amount < rhs.amount }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(amount)
    }
}
