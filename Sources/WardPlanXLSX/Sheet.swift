import CXLSXWriter
import Foundation

/// A worksheet of an open ``Workbook``: every write is checked and names the sheet and cell.
///
/// The sheet keeps its workbook alive, and once the workbook is closed every call fails instead of
/// touching freed memory.
struct Sheet {
    private let worksheet: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        worksheet = handle
        self.name = name
        self.workbook = workbook
    }

    /// The C worksheet, while its workbook is open.
    private var handle: UnsafeMutablePointer<lxw_worksheet> {
        get throws(XLSXError) {
            guard workbook.isOpen else { throw XLSXError(.sheetAfterClose(name), kind: .outputFailed) }
            return worksheet
        }
    }

    /// The largest whole number a spreadsheet cell (an IEEE double) holds exactly: 2^53.
    static let largestExactNumber = 1 << 53

    /// Excel's limit on the characters of one cell.
    static let maxCellCharacters = 32_767
    /// Excel's limit on the rows of one sheet.
    static let maxRows = 1_048_576

    func write(_ text: String, row: Int, column: Int, style: CellStyle, field: @autoclosure () -> String) throws(XLSXError) {
        try checkLength(text, row: row, column: column, field: field())
        let (handle, format) = (try handle, try workbook.format(style))
        // Read in place: handing the text itself to C would copy it into a new array first.
        let status = text.withCString { worksheet_write_string(handle, lxw_row_t(row), lxw_col_t(column), $0, format) }
        try XLSXError.check(status, "write \(field()) in \(cell(row, column))")
    }

    /// The most runs written into one cell: libxlsxwriter counts a rich string's fragments in 8 bits and
    /// loops forever past 255.
    static let maxRuns = 200

    /// Writes runs of text into one cell, each run in `style` with its own mark (a rich string). Past
    /// ``maxRuns`` runs, the span from the first marked run to the last is marked as one.
    func write(runs: [(text: String, mark: CellStyle.TextMark?)], row: Int, column: Int, style: CellStyle,
               field: @autoclosure () -> String) throws(XLSXError) {
        var runs = runs.filter { !$0.text.isEmpty }
        if runs.count > Self.maxRuns, let first = runs.firstIndex(where: { $0.mark != nil }),
            let last = runs.lastIndex(where: { $0.mark != nil })
        {
            let span = (runs[first...last].map(\.text).joined(), runs[first].mark)
            runs = Array(runs[..<first]) + [span] + Array(runs[(last + 1)...])
        }
        guard runs.count > 1 else {
            var single = style
            single.mark = runs.first?.mark
            return try write(runs.first?.text ?? "", row: row, column: column, style: single, field: field())
        }
        try checkLength(runs.map(\.text).joined(), row: row, column: column, field: field())
        var tuples: [UnsafeMutablePointer<lxw_rich_string_tuple>?] = []
        defer {
            for tuple in tuples {
                free(tuple?.pointee.string)
                tuple?.deallocate()
            }
        }
        for run in runs {
            var runStyle = style
            runStyle.mark = run.mark
            let format = try workbook.format(runStyle)
            let tuple = UnsafeMutablePointer<lxw_rich_string_tuple>.allocate(capacity: 1)
            tuple.initialize(to: lxw_rich_string_tuple(format: format, string: strdup(run.text)))
            tuples.append(tuple)
        }
        tuples.append(nil)
        try XLSXError.check(worksheet_write_rich_string(try handle, lxw_row_t(row), lxw_col_t(column), &tuples, try workbook.format(style)),
                            "write \(field()) in \(cell(row, column))")
    }

    func write(_ number: Int, row: Int, column: Int, style: CellStyle) throws(XLSXError) {
        try checkExact(number, row: row, column: column)
        try XLSXError.check(worksheet_write_number(try handle, lxw_row_t(row), lxw_col_t(column), Double(number), try workbook.format(style)),
                            "write a number in \(cell(row, column))")
    }

    /// Writes a formula together with its computed value, so readers that do not recalculate still show it.
    func write(formula: String, value: Int, row: Int, column: Int, style: CellStyle) throws(XLSXError) {
        try checkExact(value, row: row, column: column)
        try XLSXError.check(worksheet_write_formula_num(try handle, lxw_row_t(row), lxw_col_t(column), formula,
                                                        try workbook.format(style), Double(value)),
                            "write the formula \(formula) in \(cell(row, column))")
    }

    func blank(row: Int, column: Int, style: CellStyle) throws(XLSXError) {
        try XLSXError.check(worksheet_write_blank(try handle, lxw_row_t(row), lxw_col_t(column), try workbook.format(style)),
                            "format \(cell(row, column))")
    }

    /// Writes a title of the sheet or of a section on a row tall enough for its larger font.
    func writeTitle(_ text: String, row: Int) throws(XLSXError) {
        try setRow(row, height: SheetGrid.lineHeight * CellStyle.title.size / 10 + 3)
        try write(text, row: row, column: 0, style: .title, field: "a title")
    }

    /// Writes `text` as a link to the top-left cell of the sheet named `target` in the same workbook.
    func writeLink(_ text: String, toSheet target: String, row: Int, column: Int, style: CellStyle) throws(XLSXError) {
        // Inside the quotes of a sheet reference, a quote is doubled.
        let url = "internal:'\(target.replacingOccurrences(of: "'", with: "''"))'!A1"
        try checkLength(text, row: row, column: column, field: "a link to \(target)")
        try XLSXError.check(worksheet_write_url_opt(try handle, lxw_row_t(row), lxw_col_t(column), url, try workbook.format(style), text, nil),
                            "write a link to \(target) in \(cell(row, column))")
    }

    /// Merges a range and writes `text` in it.
    func merge(_ text: String, rows: ClosedRange<Int>, columns: ClosedRange<Int>, style: CellStyle,
               field: @autoclosure () -> String) throws(XLSXError) {
        try checkLength(text, row: rows.lowerBound, column: columns.lowerBound, field: field())
        try XLSXError.check(worksheet_merge_range(try handle, lxw_row_t(rows.lowerBound), lxw_col_t(columns.lowerBound),
                                                  lxw_row_t(rows.upperBound), lxw_col_t(columns.upperBound), text,
                                                  try workbook.format(style)),
                            "merge \(cell(rows.lowerBound, columns.lowerBound)):\(cell(rows.upperBound, columns.upperBound))")
    }

    func setColumn(_ column: Int, width: Double) throws(XLSXError) {
        try XLSXError.check(worksheet_set_column(try handle, lxw_col_t(column), lxw_col_t(column), width, nil),
                            "set the width of column \(Self.columnName(column))")
    }

    func setRow(_ row: Int, height: Double) throws(XLSXError) {
        try XLSXError.check(worksheet_set_row(try handle, lxw_row_t(row), height, nil), "set the height of row \(row + 1)")
    }

    /// A4 landscape, one page wide, `headerRows` repeated on every page, page numbers in the footer.
    func preparePrinting(headerRows: ClosedRange<Int>?) throws(XLSXError) {
        let handle = try handle
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

    /// Starts a printed page at each of `rows`; Excel keeps at most 1,023 breaks in a sheet, so past the first
    /// 1,023 pages follow the paper's length (the data is unaffected).
    func breakPages(before rows: [Int]) throws(XLSXError) {
        guard !rows.isEmpty else { return }
        var breaks = rows.prefix(1_023).map { lxw_row_t($0) } + [0]
        let handle = try handle
        let status = breaks.withUnsafeMutableBufferPointer { worksheet_set_h_pagebreaks(handle, $0.baseAddress) }
        try XLSXError.check(status, "set the page breaks of \(name)")
    }

    func freezeHeader() throws(XLSXError) { worksheet_freeze_panes(try handle, 1, 0) }

    func autofilter(lastRow: Int, lastColumn: Int) throws(XLSXError) {
        try XLSXError.check(worksheet_autofilter(try handle, 0, 0, lxw_row_t(lastRow), lxw_col_t(lastColumn)),
                            "add an autofilter to \(name)")
    }

    private func checkLength(_ text: String, row: Int, column: Int, field: @autoclosure () -> String) throws(XLSXError) {
        try XMLText.check(text, inCell: true, field: field(), place: "\(name)!\(cell(row, column))")
        // UTF-16 never has more code units than UTF-8 bytes, so most texts need no count.
        guard text.utf8.count > Self.maxCellCharacters else { return }
        let length = text.utf16.count
        guard length <= Self.maxCellCharacters else {
            throw XLSXError(.cellTooLong(field(), length: length, limit: Self.maxCellCharacters, cell: "\(name)!\(cell(row, column))"))
        }
    }

    /// Fails unless `number` is stored exactly (spreadsheets keep numbers as doubles).
    private func checkExact(_ number: Int, row: Int, column: Int) throws(XLSXError) {
        guard number.magnitude <= UInt(Self.largestExactNumber) else {
            throw XLSXError(.amountBeyondSpreadsheet(String(number), cell: "\(name)!\(cell(row, column))"))
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
