import WardPlan

/// The 集計 sheet: budget by ward × fiscal year (with each year's city total; never a sum across years), and
/// by ward × 経営課題 for each year (with each ward's total; never a sum of one issue number across wards, which
/// names a different issue in each). Wards stand in the city's order; totals are SUM formulas whose computed
/// values are stored. Rows are written in order (fit for `constant_memory`).
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
        try sheet.writeTitle("集計 — 区 × 年度の予算額 (単位:千円)", row: row)
        row += 2
        let years = summary.fiscalYears
        let ledger = summary.ledger
        try table(columns: years.map { "\($0.startYear) (\($0.japaneseLabel))" }, rows: summary.wards,
                  totals: Totals(rows: nil, columns: years.map { ledger.byFiscalYear[$0] ?? .zero })) { ward, column in
            ledger.total(of: BudgetLedger.Cell(ward: ward, fiscalYear: years[column]))
        }
        for setAside in ledger.setAside {
            try sheet.write("別の版 (集計に含めない): \(setAside.version) — \(setAside.countedInstead.status.japaneseName)を集計",
                            row: row, column: 0, style: .dataText, field: "a note on a version set aside")
            row += 1
        }
        if !ledger.setAside.isEmpty { row += 1 }
        for year in years {
            let wards = summary.byIssue[year] ?? [:]
            let issues = Set(wards.values.flatMap(\.keys)).sorted()
            try sheet.writeTitle("\(year.japaneseLabel) (\(year.startYear)) — 区 × 経営課題の予算額 (単位:千円)", row: row)
            // A blank row keeps the title clear of the table's header.
            row += 2
            let rowTotals = Dictionary(uniqueKeysWithValues: wards.keys.map {
                ($0, ledger.total(of: BudgetLedger.Cell(ward: $0, fiscalYear: year)) ?? .zero)
            })
            try table(columns: issues.map { "経営課題\($0)" }, rows: wards.keys.sorted(by: Ward.isInCityOrder),
                      totals: Totals(rows: rowTotals, columns: nil)) { ward, column in
                wards[ward]?[issues[column]]
            }
        }
        try sheet.preparePrinting(headerRows: nil)
    }

    /// The totals of a table, as the collector added them up once: per row (a 合計 column) and per column (a 合計
    /// row); `nil` where such a sum would mean nothing.
    private struct Totals {
        let rows: [String: ThousandYen]?
        let columns: [ThousandYen]?
    }

    /// A table of amounts with the totals that mean something, as formulas with the collector's totals.
    private mutating func table(columns: [String], rows: [String], totals: Totals, amount: (String, Int) -> ThousandYen?) throws {
        try sheet.write("区", row: row, column: 0, style: .heading, field: "a header")
        for (index, name) in columns.enumerated() {
            try sheet.write(name, row: row, column: index + 1, style: .heading, field: "a header")
        }
        let totalColumn = columns.count + 1
        if totals.rows != nil { try sheet.write("合計", row: row, column: totalColumn, style: .heading, field: "a header") }
        row += 1
        let firstRow = row
        for ward in rows {
            try sheet.write(ward, row: row, column: 0, style: .text, field: "a ward")
            for column in columns.indices {
                if let value = amount(ward, column) {
                    try sheet.write(value.amount, row: row, column: column + 1, style: .amount)
                } else {
                    try sheet.blank(row: row, column: column + 1, style: .amount)
                }
            }
            if let rowTotals = totals.rows {
                let range = "B\(row + 1):\(Sheet.columnName(totalColumn - 1))\(row + 1)"
                try sheet.write(formula: "SUM(\(range))", value: (rowTotals[ward] ?? .zero).amount, row: row, column: totalColumn,
                                style: .totalAmount)
            }
            row += 1
        }
        if let columnTotals = totals.columns {
            try sheet.write("合計", row: row, column: 0, style: .totalLabel, field: "a total")
            for (column, value) in columnTotals.enumerated() {
                let name = Sheet.columnName(column + 1)
                try sheet.write(formula: "SUM(\(name)\(firstRow + 1):\(name)\(max(firstRow, row - 1) + 1))", value: value.amount,
                                row: row, column: column + 1, style: .totalAmount)
            }
            row += 1
        }
        row += 1
    }
}
