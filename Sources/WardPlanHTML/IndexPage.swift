import Foundation
import WardPlan
import WardPlanExport

/// The index of several plans: ward, year, state, total budget and a link to each plan's page.
struct IndexPage {
    struct Entry {
        let plan: OperatingPlan
        let total: ThousandYen
        let fileName: String
    }

    private(set) var entries: [Entry] = []

    mutating func add(_ plan: BudgetedPlan, fileName: String) {
        entries.append(Entry(plan: Self.summaryOnly(plan.plan), total: plan.budget.total, fileName: fileName))
    }

    /// Keeps only what the index shows, so that the index of many plans stays small.
    private static func summaryOnly(_ plan: OperatingPlan) -> OperatingPlan {
        OperatingPlan(ward: plan.ward, fiscalYear: plan.fiscalYear, status: plan.status, title: plan.title)
    }

    func render() -> String {
        let rows = entries.map { entry in
            let href = entry.fileName.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? entry.fileName
            return HTMLNode.el(.tr, [], [
                .el(.th, [.scope(.row)], text: entry.plan.ward.name),
                .el(.td, text: PlanLabels.fiscalYear(entry.plan.fiscalYear)),
                .el(.td, text: entry.plan.status.japaneseName),
                .el(.td, [.class("num")], text: entry.total.grouped),
                .el(.td, [], [.el(.a, [.href(href)], text: PlanLabels.title(of: entry.plan))]),
            ])
        }
        let table = HTMLNode.el(.div, [.class("table-wrap")], [.el(.table, [], [
            .el(.caption, text: "区運営方針の一覧（予算額の単位：千円）"),
            .el(.thead, [], [.el(.tr, [], [
                .el(.th, [.scope(.col)], text: "区"), .el(.th, [.scope(.col)], text: "年度"),
                .el(.th, [.scope(.col)], text: "状態"), .el(.th, [.scope(.col), .class("num")], text: "予算額合計（千円）"),
                .el(.th, [.scope(.col)], text: "ページ"),
            ])]),
            .el(.tbody, [], rows),
        ])])
        return HTMLDocument.page(title: "区運営方針の一覧", body: [
            .el(.header, [], [.el(.h1, text: "区運営方針の一覧")]),
            .el(.main, [], [.el(.section, [.labelledBy("plans")], [.el(.h2, [.id("plans")], text: "\(entries.count)件の区運営方針"), table])]),
        ])
    }
}
