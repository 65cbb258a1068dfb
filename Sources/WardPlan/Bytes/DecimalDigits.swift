/// Whole numbers written as decimal digits straight into UTF-8 bytes: what `String(value)` holds, without making a
/// `String`. The writers of WardPlan use it for every amount and count they write; exporters written outside may.
public enum DecimalDigits {
    /// Appends the digits of `value` to `bytes`, with `-` first when it is negative.
    @inlinable
    public static func append(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
