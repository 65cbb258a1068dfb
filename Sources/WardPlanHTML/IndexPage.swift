import Foundation
import WardPlan
import WardPlanExport

/// The index of several plans, ordered for reading: ward in the city's order (``WardPlan/Ward/isInCityOrder(_:before:)``),
/// then fiscal year, then state (素案 → 案 → 確定 → …), with each plan's total budget (予算なし when it has none)
/// and a link to its page; then one total row per fiscal year, never a sum across years.
///
/// The yearly totals come from a ``WardPlan/BudgetLedger`` that counts one version of each ward-year (the most
/// advanced, ``WardPlan/VersionPolicy/latest``); when a ward-year is listed more than once, its rows say which one
/// is counted. The same ward, year and state given twice is listed twice and counted once.
struct IndexPage {
    struct Entry {
        let plan: OperatingPlan
        let amount: ThousandYen?
        let fileName: String
        /// The order the plan came in, which breaks ties.
        let position: Int

        var cell: BudgetLedger.Cell { BudgetLedger.Cell(ward: plan.ward.name, fiscalYear: plan.fiscalYear) }
    }

    private(set) var entries: [Entry] = []
    private var ledger = BudgetLedger(policy: .latest)

    /// Adds a plan whose page is `fileName`.
    /// - Throws: ``WardPlan/WardPlanError`` of kind ``WardPlan/WardPlanError/Kind/budgetOverflow`` when a year's
    ///   total does not fit.
    mutating func add(_ plan: BudgetedPlan, fileName: String) throws(WardPlanError) {
        do throws(WardPlanError) {
            try ledger.add(plan.plan, budget: plan.budget, source: fileName)
        } catch {
            // The same version given twice: the ledger keeps the first; this one is listed, not counted.
            guard error.kind == .versionConflict else { throw error }
        }
        entries.append(Entry(plan: Self.summaryOnly(plan.plan), amount: plan.budget.knownTotal, fileName: fileName,
                             position: entries.count))
    }

    /// Keeps only what the index shows, so that the index of many plans stays small.
    private static func summaryOnly(_ plan: OperatingPlan) -> OperatingPlan {
        OperatingPlan(ward: plan.ward, fiscalYear: plan.fiscalYear, status: plan.status)
    }

    /// The entries the ledger counts in the yearly totals, by file name.
    /// - Complexity: O(entries), once per render.
    private func countedFileNames() -> Set<String> {
        Set(ledger.countedVersions.values.joined().compactMap(\.source))
    }

    /// Ward in the city's order, fiscal year, state, then the order the plans came in.
    private static func isInReadingOrder(_ lhs: Entry, before rhs: Entry) -> Bool {
        let (left, right) = (PlanVersion(of: lhs.plan), PlanVersion(of: rhs.plan))
        if PlanVersion.isInReadingOrder(left, before: right) { return true }
        if PlanVersion.isInReadingOrder(right, before: left) { return false }
        return lhs.position < rhs.position
    }

    func render() -> [UInt8] {
        let versions = Dictionary(grouping: entries, by: \.cell).mapValues(\.count)
        let counted = countedFileNames()
        let rows = entries.sorted(by: Self.isInReadingOrder).map { entry in
            let href = entry.fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? entry.fileName
            var state: [HTMLNode] = [.text(entry.plan.status.japaneseName)]
            if versions[entry.cell, default: 0] > 1 {
                state.append(.el(.span, [.class("note")], text: counted.contains(entry.fileName) ? "合計に計上" : "合計に含めず"))
            }
            return HTMLNode.el(.tr, [], [
                .el(.th, [.scope(.row)], [.el(.a, [.href(href)], text: entry.plan.ward.name)]),
                .el(.td, [], Self.year(entry.plan.fiscalYear)),
                .el(.td, [], state),
                .el(.td, [.class("num")], text: PlanLabels.amount(entry.amount)),
            ])
        }
        var table: [HTMLNode] = [
            .el(.caption, text: "区運営方針の一覧（予算額の単位：千円。区名から各区のページへ）"),
            .el(.thead, [], [.el(.tr, [], [
                .el(.th, [.scope(.col)], text: "区名"), .el(.th, [.scope(.col)], text: "年度"),
                .el(.th, [.scope(.col)], text: "状態"), .el(.th, [.scope(.col), .class("num")], text: "予算額合計（千円）"),
            ])]),
            .el(.tbody, [], rows),
        ]
        let totals = yearTotals(counted: counted)
        if !totals.isEmpty { table.append(.el(.tfoot, [], totals)) }
        var content: [HTMLNode] = [.el(.h2, [.id("plans")], text: "\(entries.count)件の区運営方針"),
                                   .el(.div, [.class("table-wrap")], [.el(.table, [.class("index")], table)])]
        if entries.contains(where: { !counted.contains($0.fileName) }) {
            content.append(.el(.p, [.class("meta")], text: "年度ごとの合計には、同じ区・年度の版が複数あるとき最も進んだ版"
                                    + "（素案→案→確定→中間振り返り→自己評価の順で後のもの）だけを計上し、同じ版が重なるときは一つだけを計上しています。"))
        }
        return HTMLDocument.page(title: "区運営方針の一覧", body: [
            .el(.header, [], [.el(.h1, text: "区運営方針の一覧")]),
            .el(.main, [], [.el(.section, [.labelledBy("plans")], content)]),
        ])
    }

    /// `令和2年度（2020年度）`, the 西暦 on a line of its own when the column is narrow.
    private static func year(_ year: FiscalYear) -> [HTMLNode] {
        [.text(year.japaneseLabel), .el(.span, [.class("gregorian")], text: "（\(year.gregorianLabel)）")]
    }

    /// One row per fiscal year: the ledger's total of the versions counted, or 予算なし when none of them has a budget.
    private func yearTotals(counted: Set<String>) -> [HTMLNode] {
        let byYear = Dictionary(grouping: entries.filter { counted.contains($0.fileName) }, by: \.plan.fiscalYear)
        return byYear.keys.sorted { $0.startYear < $1.startYear }.map { year in
            let plans = byYear[year] ?? []
            let amount = plans.contains { $0.amount != nil } ? ledger.byFiscalYear[year] : nil
            return .el(.tr, [], [
                .el(.th, [.scope(.row), .colspan(3)], text: "\(PlanLabels.fiscalYear(year))の合計（\(plans.count)区）"),
                .el(.td, [.class("num")], text: PlanLabels.amount(amount)),
            ])
        }
    }
}
