import WardPlan
import WardPlanExport

/// The budget overview: a table of issues with amount and share, and the same as a bar chart in
/// inline SVG whose text alternative lists every bar. An issue without a budget says 予算なし in both.
///
/// The chart has no `viewBox`: its labels keep the style sheet's size at any width (a phone does not shrink
/// them), and each bar's width is a percentage of the chart's, its amount written on the line above it.
struct BudgetOverview {
    let plan: BudgetedPlan

    /// The issue's share of the plan, or `—` when it has no budget.
    private func share(_ issue: IssueBudget) -> String {
        issue.knownTotal == nil ? "—" : PlanLabels.percent(plan.budget.share(of: issue))
    }

    /// `8,765千円（6.5%）`, or `予算なし`.
    private func figure(_ issue: IssueBudget) -> String {
        issue.knownTotal.map { "\($0)（\(share(issue))）" } ?? PlanLabels.noBudget
    }

    func nodes() -> [HTMLNode] {
        [table(), chart()]
    }

    private func table() -> HTMLNode {
        let rows = plan.issues.map { entry in
            HTMLNode.el(.tr, [], [
                .el(.th, [.scope(.row)], text: PlanLabels.heading(of: entry.issue)),
                .el(.td, [.class("num")], text: PlanLabels.amount(entry.budget.knownTotal)),
                .el(.td, [.class("num")], text: share(entry.budget)),
                .el(.td, [.class("num")], text: String(entry.budget.initiativeCount)),
            ])
        }
        let total = HTMLNode.el(.tr, [], [
            .el(.th, [.scope(.row)], text: "合計"), .el(.td, [.class("num")], text: PlanLabels.amount(plan.budget.knownTotal)),
            .el(.td, [.class("num")], text: PlanLabels.fullShare(of: plan.budget.total)),
            .el(.td, [.class("num")], text: String(plan.budget.initiativeCount)),
        ])
        return .el(.div, [.class("table-wrap")], [
            .el(.table, [], [
                .el(.caption, text: "経営課題別の予算額（単位：千円）"),
                .el(.thead, [], [.el(.tr, [], [
                    .el(.th, [.scope(.col)], text: "経営課題"), .el(.th, [.scope(.col), .class("num")], text: "予算額（千円）"),
                    .el(.th, [.scope(.col), .class("num")], text: "割合"),
                    .el(.th, [.scope(.col), .class("num")], text: "取組数"),
                ])]),
                .el(.tbody, [], rows), .el(.tfoot, [], [total]),
            ]),
        ])
    }

    private func chart() -> HTMLNode {
        let labelLine = 20
        let barHeight = 16
        let gap = 14
        let row = labelLine + barHeight + gap
        let issues = plan.budget.issues
        let largest = issues.compactMap(\.knownTotal).max() ?? .zero
        var shapes: [HTMLNode] = [
            .el(.title, [.id("budget-chart-title")], text: "経営課題別の予算額の棒グラフ"),
            .el(.desc, [.id("budget-chart-desc")],
                text: issues.map { "\(PlanElement.issue($0.number).japaneseTerm)：\(figure($0))" }.joined(separator: "、")),
        ]
        for (index, issue) in issues.enumerated() {
            let top = index * row
            shapes.append(.el(.text, [.x(0), .y(top + 15)], text: "\(PlanElement.issue(issue.number).japaneseTerm)　\(figure(issue))"))
            if let amount = issue.knownTotal, amount > .zero, let width = Self.barWidth(amount, of: largest) {
                shapes.append(.el(.rect, [.x(0), .y(top + labelLine), .width(width), .height(barHeight)]))
            }
        }
        let svg = HTMLNode.el(.svg, [
            .class("chart"), .role("img"), .labelledBy("budget-chart-title", "budget-chart-desc"),
            .height(max(1, issues.count) * row), .svgNamespace,
        ], shapes)
        return .el(.figure, [], [svg, .el(.figcaption, text: "図：経営課題別の予算額（表と同じ内容）")])
    }

    /// A bar's width as a percentage of the chart, exact to a tenth of a percent; at least 0.1% so that a small
    /// budget still shows; `nil` when there is nothing to scale by.
    private static func barWidth(_ amount: ThousandYen, of largest: ThousandYen) -> String? {
        guard let ratio = BudgetRatio(amount, of: largest), let perMille = ratio.scaled(by: 1000) else { return nil }
        let clamped = min(1000, max(1, perMille))
        return "\(clamped / 10).\(clamped % 10)%"
    }
}
