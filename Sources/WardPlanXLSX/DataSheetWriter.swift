import WardPlan
import WardPlanExport

/// The データ sheet: the flat table of 具体的取組 under the government's machine-readable rules — one
/// value per cell, no merged cells, numbers as numbers, units in the header, 西暦 beside 和暦 — with a
/// frozen header row and an autofilter. Rows stream in order (fit for `constant_memory`); past Excel's
/// 1,048,576 rows the table goes on in データ2, データ3, ….
struct DataSheetWriter {
    private let workbook: Workbook
    private var sheet: Sheet?
    private var sheetCount = 0
    private var row = 0
    private let rowsPerSheet: Int

    private static let table = FlatTable.initiatives

    /// A writer into `workbook`; `rowsPerSheet` (header included) is Excel's limit unless a test lowers it.
    init(workbook: Workbook, rowsPerSheet: Int = Sheet.maxRows) {
        self.workbook = workbook
        self.rowsPerSheet = rowsPerSheet
    }

    /// Adds the first データ sheet now, so that it keeps its place among the sheets.
    mutating func start() throws(XLSXError) {
        if sheet == nil { try openSheet() }
    }

    /// Appends the plan's initiatives.
    mutating func write(_ plan: BudgetedPlan) throws(XLSXError) {
        try start()
        try Self.table.forEachRow(of: plan) { values throws(XLSXError) in
            if row >= rowsPerSheet {
                try finishSheet()
                try openSheet()
            }
            guard let sheet else { return }
            for (column, value) in values.enumerated() {
                switch value {
                case .text(let text?):
                    try sheet.write(text, row: row, column: column, style: .dataText,
                                    field: "\(Self.table.columns[column].japanese) of \(plan.plan.ward.name) \(plan.plan.fiscalYear)")
                case .integer(let number?):
                    try sheet.write(number, row: row, column: column, style: .dataNumber)
                case .text(nil), .integer(nil):
                    break
                }
            }
            row += 1
        }
    }

    /// Adds the autofilter over what was written.
    mutating func finish() throws(XLSXError) { try finishSheet() }

    private mutating func openSheet() throws(XLSXError) {
        sheetCount += 1
        let sheet = try workbook.addSheet(sheetCount == 1 ? "データ" : "データ\(sheetCount)")
        for (column, header) in Self.table.columns.enumerated() {
            try sheet.setColumn(column, width: header.width)
            try sheet.write(header.japanese, row: 0, column: column, style: .dataHeader, field: "the header")
        }
        try sheet.freezeHeader()
        try sheet.preparePrinting(headerRows: 0...0)
        self.sheet = sheet
        row = 1
    }

    private mutating func finishSheet() throws(XLSXError) {
        guard let sheet else { return }
        try sheet.autofilter(lastRow: max(row - 1, 0), lastColumn: Self.table.columns.count - 1)
        self.sheet = nil
    }
}
