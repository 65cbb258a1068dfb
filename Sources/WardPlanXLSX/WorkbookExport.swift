import Foundation
import WardPlan

/// One run of the XLSX exporter: opens the workbook, writes the sheets as plans stream past, closes it.
struct WorkbookExport {
    let path: String
    let layout: XLSXExporter.Layout
    var rowsPerSheet = Sheet.maxRows

    func run(_ plans: inout PlanStream) throws {
        guard let first = try plans.next() else { throw XLSXError("there is no plan to export") }
        let second = try plans.next()
        let several = second != nil
        let workbook = try Workbook(path: path, constantMemory: layout == .data,
                                    temporaryFolder: FileManager.default.temporaryDirectory.path)
        do {
            try write(first: first, second: second, rest: &plans, several: several, into: workbook)
            try workbook.close()
        } catch {
            workbook.discard()
            throw error
        }
    }

    private func write(first: OperatingPlan, second: OperatingPlan?, rest plans: inout PlanStream, several: Bool,
                       into workbook: Workbook) throws {
        let summarySheet = several ? try workbook.addSheet("集計") : nil
        var data = DataSheetWriter(workbook: workbook, rowsPerSheet: rowsPerSheet)
        if layout != .forms && several { try data.start() }
        var summary = SummaryCollector()
        var pending = [first] + (second.map { [$0] } ?? [])
        var titles: (first: String, wards: Set<String>, years: Set<FiscalYear>) = (first.title ?? first.ward.name, [], [])
        while let plan = pending.isEmpty ? try plans.next() : pending.removeFirst() {
            let budget: PlanBudget
            do {
                budget = try PlanBudget(plan)
                try summary.add(plan, budget: budget)
            } catch { throw ExportError.unsummable(plan, error, destination: path) }
            titles.wards.insert(plan.ward.name)
            titles.years.insert(plan.fiscalYear)
            if layout != .data { try writeForms(plan, budget: budget, into: workbook) }
            if layout != .forms { try data.write(plan) }
        }
        try data.finish()
        if let summarySheet {
            var writer = SummarySheetWriter(sheet: summarySheet, summary: summary)
            try writer.write()
        }
        let wards = titles.wards.sorted()
        let years = titles.years.sorted()
        let yearText = years.count == 1 ? years[0].japaneseLabel
            : "\(years.first?.japaneseLabel ?? "")〜\(years.last?.japaneseLabel ?? "")"
        try workbook.setProperties(
            title: several ? "区運営方針 \(summary.planCount)件" : titles.first,
            subject: "\(wards.count == 1 ? wards[0] : "\(wards[0])ほか\(wards.count - 1)区") \(yearText)",
            keywords: "区運営方針, 大阪市, \(yearText)")
    }

    private func writeForms(_ plan: OperatingPlan, budget: PlanBudget, into workbook: Workbook) throws {
        let one = try workbook.addSheet(SheetNames.form(1, of: plan))
        try FormOneLayout(plan: plan, budget: budget).grid().write(to: one)
        try one.preparePrinting(headerRows: 0...0)
        let two = try workbook.addSheet(SheetNames.form(2, of: plan))
        try FormTwoLayout(plan: plan, budget: budget).grid().write(to: two)
        try two.preparePrinting(headerRows: 0...0)
        let three = try workbook.addSheet(SheetNames.form(3, of: plan))
        try FormThreeLayout(plan: plan).grid().write(to: three)
        try three.preparePrinting(headerRows: 0...FormThreeLayout.headerRow)
    }
}
