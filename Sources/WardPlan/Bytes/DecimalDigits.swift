/// Whole numbers written as decimal digits straight into UTF-8 bytes: what `String(value)` holds, without making a
/// `String`. The writers of WardPlan use it for every amount, count and id they write; exporters written outside may.
public enum DecimalDigits {
    /// Appends the digits of `value` to `buffer`, with `-` first when it is negative.
    @inlinable
    public static func append(_ value: Int, to buffer: ByteBuffer) {
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        if value.magnitude < 10 {
            buffer.append(UInt8(ascii: "0") + UInt8(value.magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            let start = write(value.magnitude, endingAt: digits.count, in: digits)
            buffer.append(UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// How many digits `magnitude` has (1 for 0).
    @inlinable
    public static func count(_ magnitude: UInt) -> Int {
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        return digits
    }

    /// Writes the digits of `magnitude` into `bytes` so that the last one lands just before `end`; returns where the
    /// first one is. `bytes` must have room for ``count(_:)`` digits before `end`.
    @inlinable
    public static func write(_ magnitude: UInt, endingAt end: Int, in bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var start = end
        var rest = magnitude
        repeat {
            start -= 1
            bytes[start] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        } while rest > 0
        return start
    }
}
