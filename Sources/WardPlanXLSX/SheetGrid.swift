import WardPlan
import WardPlanExport

/// A form sheet laid out in memory before it is written, so that column widths and row heights can be
/// computed from the text's East Asian width (libxlsxwriter 1.1.4 has no autofit).
struct SheetGrid {
    enum Content {
        case text(String)
        case number(Int)
        case formula(String, value: Int)
        case blank
    }

    struct Cell {
        let rows: ClosedRange<Int>
        let columns: ClosedRange<Int>
        let content: Content
        let style: CellStyle
        let field: String
    }

    /// Each column's narrowest and widest width, in Excel character units.
    let columnLimits: [ClosedRange<Double>]
    private(set) var cells: [Cell] = []
    /// The next free row.
    private(set) var row = 0
    /// The rows that begin a printed page.
    private(set) var pageBreaks: [Int] = []

    init(columnLimits: [ClosedRange<Double>]) { self.columnLimits = columnLimits }

    var lastColumn: Int { columnLimits.count - 1 }

    /// Places a cell (merged when it spans several rows or columns).
    mutating func put(_ content: Content, rows: ClosedRange<Int>, columns: ClosedRange<Int>, style: CellStyle,
                      field: String = "a cell") {
        cells.append(Cell(rows: rows, columns: columns, content: content, style: style, field: field))
    }

    /// Places a text cell on the current row.
    mutating func put(_ text: String?, column: ClosedRange<Int>, style: CellStyle = .text, field: String = "a cell") {
        put(.text(text ?? ""), rows: row...row, columns: column, style: style, field: field)
    }

    /// Moves to the next row, leaving `count - 1` empty rows.
    mutating func advance(_ count: Int = 1) { row += count }

    /// Starts a new printed page at the current row (the first row never needs one).
    mutating func breakPage() {
        if row > 0 { pageBreaks.append(row) }
    }

    /// The element's Japanese term in the first column and its text across the rest of the row.
    mutating func labelled(_ element: PlanElement, _ text: String?) {
        labelled(element.japaneseTerm, text, field: element.name)
    }

    /// A label in the first column and its text across the rest of the row.
    mutating func labelled(_ label: String, _ text: String?, field: String) {
        put(label, column: 0...0, style: .heading)
        put(text, column: 1...lastColumn, field: field)
        advance()
    }

    // MARK: - Writing

    /// Computes widths and heights, then writes every cell to `sheet` (merged ranges merged).
    func write(to sheet: Sheet) throws(XLSXError) {
        // Each text's line widths, measured once for both the columns' widths and the rows' heights.
        let lineWidths = cells.map { cell -> [Int] in
            if case .text(let text) = cell.content { Self.lineWidths(of: text) } else { [] }
        }
        let widths = columnWidths(lineWidths)
        for (column, width) in widths.enumerated() { try sheet.setColumn(column, width: width) }
        for (row, height) in rowHeights(widths: widths, lineWidths: lineWidths) where height > Self.lineHeight {
            try sheet.setRow(row, height: height)
        }
        // In reading order, sorted by index: the cells themselves are neither copied nor moved.
        let order = cells.indices.sorted {
            (cells[$0].rows.lowerBound, cells[$0].columns.lowerBound) < (cells[$1].rows.lowerBound, cells[$1].columns.lowerBound)
        }
        for index in order { try write(cells[index], to: sheet) }
        try sheet.breakPages(before: pageBreaks)
    }

    private func write(_ cell: Cell, to sheet: Sheet) throws(XLSXError) {
        let row = cell.rows.lowerBound
        let column = cell.columns.lowerBound
        let merged = cell.rows.count > 1 || cell.columns.count > 1
        switch cell.content {
        case .text(let text) where merged:
            try sheet.merge(text, rows: cell.rows, columns: cell.columns, style: cell.style, field: cell.field)
        case .text(let text):
            try sheet.write(text, row: row, column: column, style: cell.style, field: cell.field)
        case .number(let number):
            try sheet.write(number, row: row, column: column, style: cell.style)
        case .formula(let formula, let value):
            try sheet.write(formula: formula, value: value, row: row, column: column, style: cell.style)
        case .blank where merged:
            try sheet.merge("", rows: cell.rows, columns: cell.columns, style: cell.style, field: cell.field)
        case .blank:
            try sheet.blank(row: row, column: column, style: cell.style)
        }
    }

    /// Each column as wide as its widest single-column text line, within its limits.
    private func columnWidths(_ lineWidths: [[Int]]) -> [Double] {
        var widths = columnLimits.map(\.lowerBound)
        for index in cells.indices where cells[index].columns.count == 1 {
            guard case .text = cells[index].content, let widest = lineWidths[index].max(), widest > 0 else { continue }
            let column = cells[index].columns.lowerBound
            widths[column] = min(columnLimits[column].upperBound, max(widths[column], Double(widest) + 2))
        }
        return widths
    }

    static let lineHeight = 15.0

    /// Each row tall enough for the wrapped lines of its cells (a tall merged cell spreads over its rows), and
    /// for the font's size (a title of 14 points is not clipped).
    private func rowHeights(widths: [Double], lineWidths: [[Int]]) -> [Int: Double] {
        var heights: [Int: Double] = [:]
        for index in cells.indices {
            let style = cells[index].style
            guard case .text = cells[index].content, style.wrap || style.size > 10 else { continue }
            let rows = cells[index].rows
            let lines = style.wrap ? Self.lines(lineWidths[index], width: cells[index].columns.reduce(0) { $0 + widths[$1] }) : 1
            let lineHeight = Self.lineHeight * max(1, style.size / 10)
            let perRow = (Double(lines) / Double(rows.count)).rounded(.up) * lineHeight + 3
            for row in rows { heights[row] = max(heights[row] ?? Self.lineHeight, perRow) }
        }
        return heights
    }

    /// How many lines `text` wraps to in a cell `width` characters wide (each line at least one).
    static func lines(of text: String, width: Double) -> Int {
        lines(lineWidths(of: text), width: width)
    }

    /// How many lines text whose lines are `lineWidths` wide wraps to in a cell `width` characters wide.
    private static func lines(_ lineWidths: [Int], width: Double) -> Int {
        let usable = max(4, width - 1)
        return lineWidths.reduce(0) { total, line in total + max(1, Int((Double(line) / usable).rounded(.up))) }
    }

    /// The display width of each line of `text`, a Japanese font drawing Ambiguous characters (①, ■) wide.
    /// Lines end at a line feed, as `Character`s split them: a CR LF pair stays within its line.
    static func lineWidths(of text: String) -> [Int] {
        var widths: [Int] = []
        var current = 0
        var previous: UInt32 = 0
        for scalar in text.unicodeScalars {
            if scalar.value == 0x0A && previous != 0x0D {
                widths.append(current)
                current = 0
            } else {
                current += DisplayWidth.width(of: scalar, ambiguous: .wide)
            }
            previous = scalar.value
        }
        widths.append(current)
        return widths
    }
}
