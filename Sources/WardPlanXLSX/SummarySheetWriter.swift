import WardPlan

/// The 集計 sheet: budget by ward × fiscal year, and by ward × 経営課題 for each year, with totals as
/// SUM formulas whose computed values are stored. Rows are written in order (fit for `constant_memory`).
struct SummarySheetWriter {
    let sheet: Sheet
    let summary: SummaryCollector
    private var row = 0

    init(sheet: Sheet, summary: SummaryCollector) {
        self.sheet = sheet
        self.summary = summary
    }

    mutating func write() throws {
        try sheet.setColumn(0, width: 14)
        for column in 1...30 { try sheet.setColumn(column, width: 14) }
        try sheet.write("集計 — 区 × 年度の予算額 (単位:千円)", row: row, column: 0, style: .title, field: "the title")
        row += 2
        let years = summary.fiscalYears
        let cells = summary.ledger.byWardAndYear
        try table(columns: years.map { "\($0.startYear) (\($0.japaneseLabel))" }, rows: summary.wards) { ward, column in
            cells[BudgetLedger.Cell(ward: ward, fiscalYear: years[column])]
        }
        let byIssue = summary.byIssue
        for year in years {
            let wards = byIssue[year] ?? [:]
            let issues = Set(wards.values.flatMap(\.keys)).sorted()
            try sheet.write("\(year.japaneseLabel) (\(year.startYear)) — 区 × 経営課題の予算額 (単位:千円)", row: row, column: 0,
                            style: .title, field: "a section title")
            row += 1
            try table(columns: issues.map { "経営課題\($0)" }, rows: wards.keys.sorted()) { ward, column in
                wards[ward]?[issues[column]]
            }
        }
        try sheet.preparePrinting(headerRows: nil)
    }

    /// A table of amounts with a total column and a total row, both as formulas.
    private mutating func table(columns: [String], rows: [String], amount: (String, Int) -> ThousandYen?) throws {
        let totalColumn = columns.count + 1
        try sheet.write("区", row: row, column: 0, style: .heading, field: "a header")
        for (index, name) in columns.enumerated() {
            try sheet.write(name, row: row, column: index + 1, style: .heading, field: "a header")
        }
        try sheet.write("合計", row: row, column: totalColumn, style: .heading, field: "a header")
        row += 1
        let firstRow = row
        var columnTotals = [ThousandYen](repeating: .zero, count: columns.count)
        for ward in rows {
            try sheet.write(ward, row: row, column: 0, style: .text, field: "a ward")
            var rowTotal = ThousandYen.zero
            for column in columns.indices {
                guard let value = amount(ward, column) else {
                    try sheet.blank(row: row, column: column + 1, style: .amount)
                    continue
                }
                try sheet.write(value.amount, row: row, column: column + 1, style: .amount)
                rowTotal = try rowTotal.adding(value)
                columnTotals[column] = try columnTotals[column].adding(value)
            }
            let range = "B\(row + 1):\(Sheet.columnName(totalColumn - 1))\(row + 1)"
            try sheet.write(formula: "SUM(\(range))", value: rowTotal.amount, row: row, column: totalColumn, style: .totalAmount)
            row += 1
        }
        try sheet.write("合計", row: row, column: 0, style: .totalLabel, field: "a total")
        let grandTotal = try ThousandYen.sum(columnTotals)
        for column in 0...columns.count {
            let name = Sheet.columnName(column + 1)
            let value = column < columns.count ? columnTotals[column] : grandTotal
            try sheet.write(formula: "SUM(\(name)\(firstRow + 1):\(name)\(max(firstRow, row - 1) + 1))", value: value.amount,
                            row: row, column: column + 1, style: .totalAmount)
        }
        row += 2
    }
}
