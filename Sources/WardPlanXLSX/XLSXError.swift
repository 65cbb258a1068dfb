import CXLSXWriter

/// A failure of libxlsxwriter or of the workbook layout: what was being written, and why.
public struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in plain words.
    public let message: String

    /// An error with a message of its own.
    public init(_ message: String) { self.message = message }

    /// The error libxlsxwriter reported (its `lxw_strerror` text) while doing `what`.
    init(_ error: lxw_error, while what: String) {
        let reason = String(cString: lxw_strerror(error))
        message = "libxlsxwriter could not \(what): \(reason)"
    }

    public var description: String { message }

    /// Throws unless `result` is `LXW_NO_ERROR`.
    static func check(_ result: lxw_error, _ what: @autoclosure () -> String) throws(XLSXError) {
        guard result.rawValue == LXW_NO_ERROR.rawValue else { throw XLSXError(result, while: what()) }
    }
}
