import Foundation
import WardPlan
import WardPlanExport

/// 新旧対照表 as a workbook: one sheet, 項目 / 変更前 / 変更後 / 予算額の増減, removed characters struck
/// through and inserted ones underlined inside each cell; A4 landscape, one page wide, the header row
/// repeated on every page. Written atomically, like every export.
public struct ComparisonWorkbook {
    private let diff: PlanDiff
    private static let widths = [30.0, 52, 52, 18]
    private static let headerRow = 4

    /// The workbook of `diff`.
    public init(_ diff: PlanDiff) { self.diff = diff }

    /// Writes the workbook to `destination` (a path, a stream or memory).
    public func write(to destination: ExportDestination) throws(WardPlanError) {
        try destination.writeThroughPath(named: "diff.xlsx") { temporary in
            let workbook = try Workbook(path: temporary, constantMemory: false, temporaryFolder: FileManager.default.temporaryDirectory.path)
            do {
                try fill(try workbook.addSheet("新旧対照表"))
                try workbook.setProperties(title: "新旧対照表 \(diff.old.label) → \(diff.new.label)", subject: diff.new.label,
                                           keywords: "区運営方針, 新旧対照表, 大阪市",
                                           created: WorkbookExport.startOfFiscalYear(FiscalYear(diff.new.fiscalYear)))
                try workbook.close()
            } catch let error as XLSXError {
                workbook.discard()
                throw error.placed(at: destination.description)
            }
        }
    }

    private func fill(_ sheet: Sheet) throws(XLSXError) {
        for (column, width) in Self.widths.enumerated() { try sheet.setColumn(column, width: width) }
        try sheet.writeTitle("新旧対照表", row: 0)
        try sheet.write("変更前: \(DiffLabels.describe(diff.old))", row: 1, column: 0, style: .dataText, field: "the old plan's name")
        try sheet.write("変更後: \(DiffLabels.describe(diff.new))", row: 2, column: 0, style: .dataText, field: "the new plan's name")
        try sheet.write("(予算額の単位:千円。削除は取消線、追加は下線)", row: 3, column: 0, style: .dataText, field: "a note")
        let headings = ["項目", "変更前(\(diff.old.label))", "変更後(\(diff.new.label))", "予算額の増減"]
        for (column, heading) in headings.enumerated() {
            try sheet.write(heading, row: Self.headerRow, column: column, style: .heading, field: "a column heading")
        }
        var row = Self.headerRow + 1
        for field in diff.fields { try write(label: field.label, field: field, fallback: ("", ""), amount: nil, to: sheet, row: &row) }
        for item in diff.issues + diff.reformItems { try write(item, depth: 0, to: sheet, row: &row) }
        if diff.total.isChange {
            let total = diff.total
            try write(label: "合計", field: nil, fallback: (diff.old.total.description, diff.new.total.description), amount: total,
                      to: sheet, row: &row)
        }
        if row == Self.headerRow + 1 { try sheet.write("変更はありません。", row: row, column: 0, style: .text, field: "a note") }
        try sheet.preparePrinting(headerRows: Self.headerRow...Self.headerRow)
    }

    private func write(_ item: ItemChange, depth: Int, to sheet: Sheet, row: inout Int) throws(XLSXError) {
        let indent = String(repeating: "  ", count: depth)
        let label = "\(indent)\(item.level.japaneseTerm) \(DiffLabels.id(of: item))\n\(indent)(\(DiffLabels.kind(of: item)))"
        try write(label: label, field: item.fields.first { $0.field == "title" }, fallback: (item.kind == .added ? "" : item.title, item.kind == .removed ? "" : item.title), amount: item.amount,
                  to: sheet, row: &row)
        for field in item.fields where field.field != "title" {
            try write(label: "\(indent)  \(field.label)", field: field, fallback: ("", ""), amount: nil, to: sheet, row: &row)
        }
        for child in item.children { try write(child, depth: depth + 1, to: sheet, row: &row) }
    }

    private func write(label: String, field: FieldChange?, fallback: (old: String, new: String), amount: AmountChange?, to sheet: Sheet,
                       row: inout Int) throws(XLSXError) {
        let name = field.map { "the field \($0.label)" } ?? "an item"
        try sheet.write(label, row: row, column: 0, style: .text, field: "the heading of \(name)")
        let old = field.map { Self.runs($0.diff, marking: .removed) } ?? [(fallback.old, nil)]
        let new = field.map { Self.runs($0.diff, marking: .inserted) } ?? [(fallback.new, nil)]
        try sheet.write(runs: old, row: row, column: 1, style: .text, field: "the old text of \(name)")
        try sheet.write(runs: new, row: row, column: 2, style: .text, field: "the new text of \(name)")
        if let amount, let delta = amount.delta {
            try sheet.write(delta.amount, row: row, column: 3, style: .amount)
        } else if let amount {
            try sheet.write("\(amount.previous?.grouped ?? "—") → \(amount.current?.grouped ?? "—")", row: row, column: 3,
                            style: .text, field: "the amounts of \(name)")
        } else {
            try sheet.blank(row: row, column: 3, style: .text)
        }
        let lines = [label, old.map(\.text).joined(), new.map(\.text).joined()].enumerated().map { column, text in
            SheetGrid.lines(of: text, width: Self.widths[column])
        }.max() ?? 1
        try sheet.setRow(row, height: Double(lines) * SheetGrid.lineHeight + 3)
        row += 1
    }

    private static func runs(_ diff: TextDiff, marking kind: TextDiff.Segment.Kind) -> [(text: String, mark: CellStyle.TextMark?)] {
        diff.segments.compactMap { segment in
            switch segment.kind {
            case .kept: (segment.text, nil)
            case kind: (segment.text, kind == .removed ? .removed : .inserted)
            default: nil
            }
        }
    }
}
