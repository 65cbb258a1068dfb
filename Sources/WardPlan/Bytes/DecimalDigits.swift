/// Whole numbers written as decimal digits straight into UTF-8 bytes: what `String(value)` holds, without making a
/// `String`. The writers of WardPlan use it for every amount and count they write; exporters written outside may.
public enum DecimalDigits {
    /// Appends the digits of `value` to `buffer`, with `-` first when it is negative.
    @inlinable
    public static func append(_ value: Int, to buffer: ByteBuffer) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var rest = value.magnitude
        if rest < 10 {
            buffer.append(UInt8(ascii: "0") + UInt8(rest))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            buffer.append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
