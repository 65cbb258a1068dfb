import WardPlan
import WardPlanExport

/// 目次 — the contents of a workbook of several plans: one row per plan (ward in the city's order, year,
/// state, total) with links to its 様式1, 様式2 and 様式3 sheets. Rows are gathered as the plans stream past
/// and written at the end, sorted; the sheet is the workbook's first, so it opens there.
struct ContentsSheetWriter {
    private struct Entry {
        let version: PlanVersion
        let total: ThousandYen?
        let sheets: [String]
    }

    let sheet: Sheet
    private var entries: [Entry] = []

    init(sheet: Sheet) { self.sheet = sheet }

    static let headings = ["区名", "年度", "状態", "予算額合計(千円)", "様式1", "様式2", "様式3"]

    /// Notes a plan and the names of its form sheets.
    mutating func add(_ plan: BudgetedPlan, sheets: [String]) {
        entries.append(Entry(version: PlanVersion(of: plan.plan), total: plan.budget.knownTotal, sheets: sheets))
    }

    func write() throws(XLSXError) {
        try sheet.writeTitle("目次 — 区運営方針 \(entries.count)件", row: 0)
        for (column, width) in [14.0, 16, 8, 16, 10, 10, 10].enumerated() { try sheet.setColumn(column, width: width) }
        for (column, heading) in Self.headings.enumerated() {
            try sheet.write(heading, row: 2, column: column, style: .heading, field: "a column heading")
        }
        let sorted = entries.sorted { PlanVersion.isInReadingOrder($0.version, before: $1.version) }
        for (index, entry) in sorted.enumerated() {
            let row = 3 + index
            try sheet.write(entry.version.ward, row: row, column: 0, style: .text, field: "a ward's name")
            try sheet.write("\(entry.version.fiscalYear.startYear) (\(entry.version.fiscalYear.japaneseLabel))", row: row, column: 1, style: .text,
                            field: "a fiscal year")
            try sheet.write(entry.version.status.japaneseName, row: row, column: 2, style: .text, field: "a state")
            if let total = entry.total {
                try sheet.write(total.amount, row: row, column: 3, style: .amount)
            } else {
                try sheet.write(PlanLabels.noBudget, row: row, column: 3, style: .amount, field: "a missing total")
            }
            for (offset, name) in entry.sheets.enumerated() {
                try sheet.writeLink(Self.headings[4 + offset], toSheet: name, row: row, column: 4 + offset, style: .link)
            }
        }
        try sheet.preparePrinting(headerRows: 2...2)
    }
}
