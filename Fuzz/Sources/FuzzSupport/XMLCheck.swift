import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Whether bytes are well-formed XML 1.0, by Foundation's parser (libxml2).
public enum XMLCheck {
    /// `nil` when `bytes` parse, else the parser's complaint.
    public static func problem(in bytes: [UInt8]) -> String? {
        let parser = XMLParser(data: Data(bytes))
        return parser.parse() ? nil : (parser.parserError.map { "\($0)" } ?? "not well-formed")
    }
}
