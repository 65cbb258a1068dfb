import Foundation
import WardPlan
import WardPlanExport
import WardPlanInput
import WardPlanXLSX

/// A ward office's batch report over a folder of plan files (published text, JSON, JSON Lines; several
/// wards and years): a cross-ward comparison for one fiscal year, a year-over-year report for one ward,
/// and the XLSX 集計 — every figure from WardPlan's public budget API, none added up here.
public struct WardBudgetReport {
    /// The plans read, with their roll-ups.
    public let plans: [BudgetedPlan]
    /// Totals across the plans, one version of each ward's plan per year (the most advanced).
    public let ledger: BudgetLedger
    /// The problems met reading the folder and its files (each names its file, and its line where it has one).
    public let problems: [Diagnostic]

    /// Reads every plan file in `folder` and its subfolders (`.txt`, `.json`, `.jsonl`, saved pages), in name order;
    /// the other files are named in ``problems``.
    /// - Throws: ``WardPlan/WardPlanError`` naming the file that cannot be read or rolled up.
    public init(folder: URL) throws {
        var reader = PlanInputReader(paths: [folder.path])
        var plans: [BudgetedPlan] = []
        var ledger = BudgetLedger()
        var problems: [Diagnostic] = []
        while let loaded = try reader.next() {
            problems += reader.takeNotices()
            let plan = try BudgetedPlan(loaded.plan)
            try ledger.add(plan.plan, budget: plan.budget, source: loaded.file)
            plans.append(plan)
            problems += loaded.diagnostics.map { $0.inFile(loaded.file) }
        }
        problems += reader.takeNotices()
        self.plans = plans
        self.ledger = ledger
        self.problems = problems
    }

    /// Each ward's total in `year`, its share of all wards' total that year, largest first.
    public func crossWard(year: FiscalYear) -> String {
        let all = ledger.byFiscalYear[year] ?? .zero
        let rows = ledger.byWardAndYear.filter { $0.key.fiscalYear == year }.sorted { ($1.value, $0.key.ward) < ($0.value, $1.key.ward) }
        var lines = ["\(PlanLabels.fiscalYear(year)) 区別予算額 (cross-ward)"]
        for (cell, total) in rows {
            lines.append("  \(DisplayWidth.pad(cell.ward, to: 10))\(DisplayWidth.pad(total.description, to: 18, alignRight: true))"
                         + "  \(PlanLabels.percent(BudgetRatio(total, of: all)))")
        }
        lines.append("  \(DisplayWidth.pad("合計", to: 10))\(DisplayWidth.pad(all.description, to: 18, alignRight: true))")
        return lines.joined(separator: "\n")
    }

    /// `ward`'s totals from year to year, with the change and its ratio.
    public func yearOverYear(ward: String) throws -> String {
        var lines = ["\(ward) 前年度比 (year over year)"]
        for change in try ledger.yearOverYear() where change.ward == ward {
            let delta = change.change.delta
            lines.append("  \(PlanLabels.fiscalYear(change.from)) → \(PlanLabels.fiscalYear(change.to)): "
                         + "\(change.change.previous) → \(change.change.current) (\(delta.amount >= 0 ? "+" : "")\(delta), "
                         + "前年度比 \(PlanLabels.percent(change.change.ratio)))")
        }
        if lines.count == 1 { lines.append("  (one year or none: nothing to compare)") }
        return lines.joined(separator: "\n")
    }

    /// Writes the 集計 and データ sheets of every plan read to `path`, through the XLSX exporter.
    public func writeSummaryWorkbook(to path: String) throws {
        var stream = PlanStream(plans.map(\.plan))
        try XLSXExporter().export(&stream, to: .path(path), options: .init(layout: .data))
    }
}
