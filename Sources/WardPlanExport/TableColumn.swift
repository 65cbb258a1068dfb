/// A column of a flat, machine-readable table (CSV, the XLSX データ sheet): one value per cell, units in
/// the header, 西暦 beside 和暦. Everything a writer needs about the column is here.
public struct TableColumn: Sendable, Hashable {
    /// The Japanese header, e.g. `予算額(千円)`.
    public let japanese: String
    /// The English header and machine key, e.g. `budget_thousand_yen`.
    public let key: String
    /// Whether the column holds whole numbers (else text).
    public let isInteger: Bool
    /// The unit of a number column, e.g. `千円`.
    public let unit: String?
    /// The width a spreadsheet gives the column, in character units.
    public let width: Double

    /// Creates a column.
    public init(_ japanese: String, _ key: String, integer: Bool = false, unit: String? = nil, width: Double = 12) {
        self.japanese = japanese
        self.key = key
        self.isInteger = integer
        self.unit = unit
        self.width = width
    }
}

/// One cell of a flat table: text, or a whole number written plainly. `nil` is an empty cell.
public enum TableValue: Sendable, Equatable {
    /// Text, or an empty cell.
    case text(String?)
    /// A whole number, or an empty cell (a missing budget is empty, never 0).
    case integer(Int?)
}
