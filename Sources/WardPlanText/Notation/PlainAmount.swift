import WardPlan

/// The way nearly every budget is written, `《5,237千円》`, read straight from its bytes: brackets around ASCII
/// digits (commas separating thousands, if any) and 千円, nothing else. Text of this form is its own fold and
/// holds no white space, so ``BudgetNotation`` would read the same amount from it; any other text — another unit,
/// white space, full-width digits, misgrouped digits, an amount too large — is left to ``BudgetNotation``.
enum PlainAmount {
    /// `(`, `[`, `<`, and 《 〔 【 〈, whose UTF-8 is `E3 80` and one of these bytes.
    private static let asciiOpeners: [UInt8] = Array("([<".utf8)
    private static let asciiClosers: [UInt8] = Array(")]>".utf8)
    private static let wideOpeners: [UInt8] = [0x8A, 0x94, 0x90, 0x88]
    private static let wideClosers: [UInt8] = [0x8B, 0x95, 0x91, 0x89]
    /// 千円.
    private static let unit: [UInt8] = Array("千円".utf8)

    /// The amount `text` states when it is written in the plain form; `nil` when it is not.
    static func thousandYen(in text: String) -> ThousandYen? {
        text.withContiguousUTF8(amount(in:)).map(ThousandYen.init)
    }

    private static func amount(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var start = 0
        var end = bytes.count
        while start < end {
            if asciiOpeners.contains(bytes[start]) {
                start += 1
            } else if end - start >= 3, bytes[start] == 0xE3, bytes[start + 1] == 0x80, wideOpeners.contains(bytes[start + 2]) {
                start += 3
            } else {
                break
            }
        }
        while end > start {
            if asciiClosers.contains(bytes[end - 1]) {
                end -= 1
            } else if end - start >= 3, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80, wideClosers.contains(bytes[end - 1]) {
                end -= 3
            } else {
                break
            }
        }
        guard end - start > unit.count, unit.indices.allSatisfy({ bytes[end - unit.count + $0] == unit[$0] }) else { return nil }
        return groupedNumber(bytes[start..<(end - unit.count)])
    }

    /// ASCII digits with commas between groups of three (`5,237`), or none (`5237`); `nil` for anything else or a
    /// number too large for `Int`.
    private static func groupedNumber(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        var groupLength = 0
        var groups = 0
        for byte in digits {
            if byte == UInt8(ascii: ",") {
                // The first group holds one to three digits, every later one three.
                guard groupLength > 0, groupLength <= 3, groups == 0 || groupLength == 3 else { return nil }
                groups += 1
                groupLength = 0
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            let (times10, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdding) = times10.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow, !overflowAdding else { return nil }
            value = sum
            groupLength += 1
        }
        guard groupLength > 0, groups == 0 || groupLength == 3 else { return nil }
        return value
    }
}
