extension StringProtocol {
    /// Calls `body` with the text's UTF-8: where it is stored when it is stored contiguously (a native Swift string,
    /// and a slice of one, always is), else a contiguous copy. Unlike `withUTF8`, it neither needs a `var` nor copies
    /// the string's storage reference to make one, which writers would do for every cell.
    @inlinable
    public func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = String(self)
        return try contiguous.withUTF8(body)
    }
}
