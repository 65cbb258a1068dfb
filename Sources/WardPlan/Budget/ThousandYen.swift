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
        // Written as ASCII straight into the string's storage at its exact length, from the last digit: outputs
        // write an amount for every 具体的取組, and up to 15 bytes (`-1,234,567,890`) need no allocation.
        let digits = DecimalDigits.count(amount.magnitude)
        let length = digits + (digits - 1) / 3 + (amount < 0 ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { buffer in
            var end = length
            var rest = amount.magnitude
            var written = 0
            repeat {
                if written > 0 && written % 3 == 0 {
                    end -= 1
                    buffer[end] = UInt8(ascii: ",")
                }
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0
            if amount < 0 { buffer[0] = UInt8(ascii: "-") }
            return length
        }
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
