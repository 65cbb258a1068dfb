import CXLSXWriter
import WardPlan

/// A failure of libxlsxwriter or of the workbook layout, before it is placed as a ``WardPlan/WardPlanError``
/// naming the output: what was being written, and why.
struct XLSXError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ``WardPlan/WardPlanError/Kind/unrepresentable`` for content a workbook cannot hold, else
    /// ``WardPlan/WardPlanError/Kind/outputFailed``.
    let kind: WardPlanError.Kind
    /// What went wrong, in plain words.
    let message: Message

    /// An error with a message of its own.
    init(_ message: Message, kind: WardPlanError.Kind = .unrepresentable) {
        self.message = message
        self.kind = kind
    }

    /// The error libxlsxwriter reported (its `lxw_strerror` text) while doing `what`.
    init(_ error: lxw_error, while what: String) {
        let reason = String(cString: lxw_strerror(error))
        message = .libxlsxwriterFailed(what, reason: reason)
        kind = .outputFailed
    }

    var description: String { message.english }

    /// The error as WardPlan reports it, naming the output at `path`.
    func placed(at path: String) -> WardPlanError { WardPlanError(kind, message, path: path) }

    /// Throws unless `result` is `LXW_NO_ERROR`.
    static func check(_ result: lxw_error, _ what: @autoclosure () -> String) throws(XLSXError) {
        guard result.rawValue == LXW_NO_ERROR.rawValue else { throw XLSXError(result, while: what()) }
    }
}
