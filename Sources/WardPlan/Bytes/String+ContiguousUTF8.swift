extension String {
    /// Calls `body` with the string's UTF-8: where it is stored when it is stored contiguously (a native Swift string
    /// always is), else a contiguous copy. Unlike `withUTF8`, it neither needs a `var` nor copies the string's
    /// storage reference to make one, which writers would do for every cell.
    @inlinable
    public func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = self
        return try contiguous.withUTF8(body)
    }
}

extension StringProtocol {
    /// Calls `body` with the text's UTF-8, as ``Swift/String/withContiguousUTF8(_:)`` does for a string (which a
    /// string itself calls): a slice of a native string is stored contiguously too.
    @inlinable
    public func withContiguousUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        return try String(self).withContiguousUTF8(body)
    }
}
