import Foundation
import WardPlan
import WardPlanExport

/// One run of the XLSX exporter: opens the workbook, writes the sheets as plans stream past, closes it.
struct WorkbookExport {
    let path: String
    let layout: XLSXExporter.Layout
    var versions = VersionPolicy.latest
    var rowsPerSheet = Sheet.maxRows

    func run(_ plans: inout PlanStream) throws {
        let workbook = try Workbook(path: path, constantMemory: layout == .data,
                                    temporaryFolder: FileManager.default.temporaryDirectory.path)
        do {
            try write(&plans, into: workbook)
            try workbook.close()
        } catch {
            workbook.discard()
            throw error
        }
    }

    private func write(_ plans: inout PlanStream, into workbook: Workbook) throws {
        let first = try plans.peek()
        _ = try plans.next()
        let several = try plans.peek() != nil
        var contents = several && layout != .data ? ContentsSheetWriter(sheet: try workbook.addSheet("目次")) : nil
        let summarySheet = several ? try workbook.addSheet("集計") : nil
        var data = DataSheetWriter(workbook: workbook, rowsPerSheet: rowsPerSheet)
        if layout != .forms && several || first == nil { try data.start() }
        var summary = SummaryCollector(ledger: BudgetLedger(policy: versions))
        var wards: Set<String> = []
        var years: Set<FiscalYear> = []
        var next = first
        while let plan = next {
            try summary.add(plan)
            wards.insert(plan.plan.ward.name)
            years.insert(plan.plan.fiscalYear)
            if layout != .data {
                let sheets = try writeForms(plan, into: workbook, withState: several)
                contents?.add(plan, sheets: sheets)
            }
            if layout != .forms { try data.write(plan) }
            next = try plans.next()
        }
        try data.finish()
        try contents?.write()
        if let summarySheet {
            var writer = SummarySheetWriter(sheet: summarySheet, summary: summary)
            try writer.write()
        }
        try setProperties(of: workbook, first: first?.plan, count: summary.planCount, wards: wards.sorted(), years: years.sorted())
    }

    private func setProperties(of workbook: Workbook, first: OperatingPlan?, count: Int, wards: [String], years: [FiscalYear]) throws {
        let yearText = switch years.count {
        case 0: ""
        case 1: years[0].japaneseLabel
        default: "\(years[0].japaneseLabel)〜\(years[years.count - 1].japaneseLabel)"
        }
        let wardText = switch wards.count {
        case 0: ""
        case 1: wards[0]
        default: "\(wards[0])ほか\(wards.count - 1)区"
        }
        try workbook.setProperties(
            title: count == 1 ? (first.map(PlanLabels.title(of:)) ?? "") : "区運営方針 \(count)件",
            subject: "\(wardText) \(yearText)", keywords: "区運営方針, 大阪市, \(yearText)",
            created: Self.startOfFiscalYear(years.first ?? FiscalYear(2000)))
    }

    /// 1 April of `year`, 00:00 in Japan (15:00 UTC the day before), in seconds since 1970: the workbook's
    /// creation time comes from its plans, never the clock, so that an export is reproducible byte for byte.
    static func startOfFiscalYear(_ year: FiscalYear) -> Int {
        // Days from 1970-01-01 to 1 April of the year: Howard Hinnant's days-from-civil, whose years begin in
        // March, so 1 April is day 31 of its year.
        let y = year.startYear
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + 31
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 - 9 * 3_600
    }

    /// Writes the plan's 様式1, 様式2 and 様式3; returns their sheet names.
    private func writeForms(_ plan: BudgetedPlan, into workbook: Workbook, withState: Bool) throws -> [String] {
        let one = try workbook.addSheet(SheetNames.form(1, of: plan.plan, withState: withState))
        try FormOneLayout(budgeted: plan).grid().write(to: one)
        try one.preparePrinting(headerRows: 0...0)
        let two = try workbook.addSheet(SheetNames.form(2, of: plan.plan, withState: withState))
        try FormTwoLayout(budgeted: plan).grid().write(to: two)
        try two.preparePrinting(headerRows: 0...0)
        let three = try workbook.addSheet(SheetNames.form(3, of: plan.plan, withState: withState))
        try FormThreeLayout(plan: plan.plan).grid().write(to: three)
        try three.preparePrinting(headerRows: 0...FormThreeLayout.headerRow)
        return [one.name, two.name, three.name]
    }
}
