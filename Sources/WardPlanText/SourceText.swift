import Foundation
import WardPlan

/// Published text turned into lines: checked to be text, decoded as UTF-8, BOM removed.
struct SourceText {
    let lines: [String]

    init(data: Data, file: String?) throws(WardPlanError) {
        guard !data.isEmpty else { throw WardPlanError(.invalidInput, "the file is empty", at: SourceLocation(file: file)) }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].count { $0 == 0x0A } + 1
            throw WardPlanError(.invalidInput, "the file holds binary data (a NUL byte), not published text",
                             at: SourceLocation(file: file, line: line))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Self.invalidUTF8(bytes, file: file)
        }
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }

    /// Locates the first byte that breaks UTF-8 and says where it is.
    private static func invalidUTF8(_ bytes: Data.SubSequence, file: String?) -> WardPlanError {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += String(scalar).utf8.count
                column += 1
                if scalar == "\n" {
                    line += 1
                    column = 1
                }
            case .emptyInput, .error:
                break decoding
            }
        }
        return WardPlanError(.invalidInput, "the file is not valid UTF-8 (bad byte sequence at byte \(offset)); save it as UTF-8",
                          at: SourceLocation(file: file, line: line, column: column))
    }
}
