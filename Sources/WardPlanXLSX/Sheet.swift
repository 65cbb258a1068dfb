import CXLSXWriter

/// A worksheet of an open ``Workbook``: every write is checked and names the sheet and cell.
struct Sheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    unowned let workbook: Workbook

    /// Excel's limit on the characters of one cell.
    static let maxCellCharacters = 32_767
    /// Excel's limit on the rows of one sheet.
    static let maxRows = 1_048_576

    func write(_ text: String, row: Int, column: Int, style: CellStyle, field: @autoclosure () -> String) throws(XLSXError) {
        try checkLength(text, row: row, column: column, field: field())
        try XLSXError.check(worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), text, try workbook.format(style)),
                            "write \(field()) in \(cell(row, column))")
    }

    func write(_ number: Int, row: Int, column: Int, style: CellStyle) throws(XLSXError) {
        try XLSXError.check(worksheet_write_number(handle, lxw_row_t(row), lxw_col_t(column), Double(number), try workbook.format(style)),
                            "write a number in \(cell(row, column))")
    }

    /// Writes a formula together with its computed value, so readers that do not recalculate still show it.
    func write(formula: String, value: Int, row: Int, column: Int, style: CellStyle) throws(XLSXError) {
        try XLSXError.check(worksheet_write_formula_num(handle, lxw_row_t(row), lxw_col_t(column), formula,
                                                        try workbook.format(style), Double(value)),
                            "write the formula \(formula) in \(cell(row, column))")
    }

    func blank(row: Int, column: Int, style: CellStyle) throws(XLSXError) {
        try XLSXError.check(worksheet_write_blank(handle, lxw_row_t(row), lxw_col_t(column), try workbook.format(style)),
                            "format \(cell(row, column))")
    }

    /// Merges a range and writes `text` in it.
    func merge(_ text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, style: CellStyle,
               field: @autoclosure () -> String) throws(XLSXError) {
        try checkLength(text, row: rows.lowerBound, column: columns.lowerBound, field: field())
        try XLSXError.check(worksheet_merge_range(handle, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                                  lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound), text,
                                                  try workbook.format(style)),
                            "merge \(cell(rows.lowerBound, columns.lowerBound)):\(cell(rows.upperBound, columns.upperBound))")
    }

    func setColumn(_ column: Int, width: Double) throws(XLSXError) {
        try XLSXError.check(worksheet_set_column(handle, lxw_col_t(column), lxw_col_t(column), width, nil),
                            "set the width of column \(Self.columnName(column))")
    }

    func setRow(_ row: Int, height: Double) throws(XLSXError) {
        try XLSXError.check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "set the height of row \(row + 1)")
    }

    /// A4 landscape, one page wide, `headerRows` repeated on every page, page numbers in the footer.
    func preparePrinting(headerRows: ClosedRange<Int>?) throws(XLSXError) {
        worksheet_set_landscape(handle)
        worksheet_set_paper(handle, 9)
        worksheet_fit_to_pages(handle, 1, 0)
        worksheet_set_margins(handle, 0.4, 0.4, 0.6, 0.6)
        if let headerRows {
            try XLSXError.check(worksheet_repeat_rows(handle, lxw_row_t(headerRows.lowerBound), lxw_row_t(headerRows.upperBound)),
                                "repeat the header rows of \(name)")
        }
        try XLSXError.check(worksheet_set_footer(handle, "&C&P / &N"), "set the footer of \(name)")
    }

    func freezeHeader() { worksheet_freeze_panes(handle, 1, 0) }

    func autofilter(lastRow: Int, lastColumn: Int) throws(XLSXError) {
        try XLSXError.check(worksheet_autofilter(handle, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)),
                            "add an autofilter to \(name)")
    }

    private func checkLength(_ text: String, row: Int, column: Int, field: String) throws(XLSXError) {
        let length = text.utf16.count
        guard length <= Self.maxCellCharacters else {
            throw XLSXError("\(field) has \(length) characters, more than the \(Self.maxCellCharacters) an Excel cell holds "
                                + "(\(name)!\(cell(row, column))); shorten it — WardPlan does not split text across cells")
        }
    }

    /// `B3`-style cell name.
    func cell(_ row: Int, _ column: Int) -> String { "\(Self.columnName(column))\(row + 1)" }

    /// `A`, `B`, …, `Z`, `AA`, …
    static func columnName(_ column: Int) -> String {
        var name = ""
        var rest = column + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
