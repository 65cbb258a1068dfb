/// The text encoding of the CSV files.
public enum CSVEncoding: String, Sendable, CaseIterable {
    /// UTF-8 with a byte-order mark, so Excel on Japanese Windows opens it (the default).
    case utf8BOM = "utf8-bom"
    /// UTF-8 without a byte-order mark.
    case utf8
    /// CP932 (Windows Shift_JIS) for older tools; a character it cannot hold is an error.
    case cp932

    /// The codec name tools such as Frictionless use for it.
    var codecName: String {
        switch self {
        case .utf8BOM: "utf-8-sig"
        case .utf8: "utf-8"
        case .cp932: "cp932"
        }
    }
}
