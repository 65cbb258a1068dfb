import WardPlan
import WardPlanExport

/// The budget overview: a table of issues with amount and share, and the same as a bar chart in
/// inline SVG whose text alternative lists every bar.
struct BudgetOverview {
    let plan: BudgetedPlan

    private func share(_ issue: IssueBudget) -> String { PlanLabels.percent(plan.budget.share(of: issue)) }

    func nodes() -> [HTMLNode] {
        [table(), chart()]
    }

    private func table() -> HTMLNode {
        let rows = plan.issues.map { entry in
            HTMLNode.el(.tr, [], [
                .el(.th, [.scope(.row)], text: PlanLabels.heading(of: entry.issue)),
                .el(.td, [.class("num")], text: entry.budget.total.grouped), .el(.td, [.class("num")], text: share(entry.budget)),
                .el(.td, [.class("num")], text: String(entry.budget.initiativeCount)),
            ])
        }
        let total = HTMLNode.el(.tr, [], [
            .el(.th, [.scope(.row)], text: "合計"), .el(.td, [.class("num")], text: plan.budget.total.grouped),
            .el(.td, [.class("num")], text: PlanLabels.fullShare(of: plan.budget.total)),
            .el(.td, [.class("num")], text: String(plan.budget.initiativeCount)),
        ])
        return .el(.div, [.class("table-wrap")], [
            .el(.table, [], [
                .el(.caption, text: "経営課題別の予算額（単位：千円）"),
                .el(.thead, [], [.el(.tr, [], [
                    .el(.th, [.scope(.col)], text: "経営課題"), .el(.th, [.scope(.col), .class("num")], text: "予算額（千円）"),
                    .el(.th, [.scope(.col), .class("num")], text: "割合"),
                    .el(.th, [.scope(.col), .class("num")], text: "具体的取組数"),
                ])]),
                .el(.tbody, [], rows), .el(.tfoot, [], [total]),
            ]),
        ])
    }

    private func chart() -> HTMLNode {
        let barHeight = 28
        let gap = 12
        let labelWidth = 110
        let barArea = 420
        let issues = plan.budget.issues
        let height = max(1, issues.count) * (barHeight + gap) + gap
        let largest = issues.map(\.total).max() ?? .zero
        var shapes: [HTMLNode] = [
            .el(.title, [.id("budget-chart-title")], text: "経営課題別の予算額の棒グラフ"),
            .el(.desc, [.id("budget-chart-desc")],
                text: issues.map { "\(PlanElement.issue($0.number).japaneseTerm)：\($0.total)（\(share($0))）" }.joined(separator: "、")),
        ]
        for (index, issue) in issues.enumerated() {
            let y = gap + index * (barHeight + gap)
            let scaled = largest > .zero ? BudgetRatio(issue.total, of: largest)?.scaled(by: barArea) ?? 0 : 0
            let width = min(barArea, max(issue.total > .zero ? 1 : 0, scaled))
            shapes.append(.el(.text, [.x(0), .y(y + barHeight * 2 / 3)], text: PlanElement.issue(issue.number).japaneseTerm))
            shapes.append(.el(.rect, [.x(labelWidth), .y(y), .width(width), .height(barHeight)]))
            shapes.append(.el(.text, [.x(labelWidth + width + 8), .y(y + barHeight * 2 / 3)], text: "\(issue.total)（\(share(issue))）"))
        }
        let svg = HTMLNode.el(.svg, [
            .class("chart"), .role("img"), .labelledBy("budget-chart-title", "budget-chart-desc"),
            .viewBox(width: labelWidth + barArea + 200, height: height), .svgNamespace,
        ], shapes)
        return .el(.figure, [], [svg, .el(.figcaption, text: "図：経営課題別の予算額（表と同じ内容）")])
    }
}
