import WardPlan

/// The budget overview: a table of issues with amount and share, and the same as a bar chart in
/// inline SVG whose text alternative lists every bar.
struct BudgetOverview {
    let budget: PlanBudget

    private func share(_ issue: IssueBudget) -> String { budget.share(of: issue)?.percent() ?? "—" }

    func nodes() -> [HTMLNode] {
        [table(), chart()]
    }

    private func table() -> HTMLNode {
        let rows = budget.issues.map { issue in
            HTMLNode.el("tr", [], [
                .el("th", [("scope", "row")], text: "経営課題\(issue.number)　\(issue.title)"),
                .el("td", [("class", "num")], text: issue.total.grouped), .el("td", [("class", "num")], text: share(issue)),
                .el("td", [("class", "num")], text: String(issue.initiativeCount)),
            ])
        }
        let total = HTMLNode.el("tr", [], [
            .el("th", [("scope", "row")], text: "合計"), .el("td", [("class", "num")], text: budget.total.grouped),
            .el("td", [("class", "num")], text: budget.total == .zero ? "—" : "100.0%"),
            .el("td", [("class", "num")], text: String(budget.initiativeCount)),
        ])
        return .el("div", [("class", "table-wrap")], [
            .el("table", [], [
                .el("caption", text: "経営課題別の予算額（単位：千円）"),
                .el("thead", [], [.el("tr", [], [
                    .el("th", [("scope", "col")], text: "経営課題"), .el("th", [("scope", "col"), ("class", "num")], text: "予算額（千円）"),
                    .el("th", [("scope", "col"), ("class", "num")], text: "割合"),
                    .el("th", [("scope", "col"), ("class", "num")], text: "具体的取組数"),
                ])]),
                .el("tbody", [], rows), .el("tfoot", [], [total]),
            ]),
        ])
    }

    private func chart() -> HTMLNode {
        let barHeight = 28
        let gap = 12
        let labelWidth = 110
        let barArea = 420
        let height = max(1, budget.issues.count) * (barHeight + gap) + gap
        let largest = budget.issues.map(\.total.amount).max() ?? 0
        var shapes: [HTMLNode] = [
            .el("title", [("id", "budget-chart-title")], text: "経営課題別の予算額の棒グラフ"),
            .el("desc", [("id", "budget-chart-desc")],
                text: budget.issues.map { "経営課題\($0.number)：\($0.total)（\(share($0))）" }.joined(separator: "、")),
        ]
        for (index, issue) in budget.issues.enumerated() {
            let y = gap + index * (barHeight + gap)
            let width = largest > 0 ? max(1, BudgetRatio(issue.total, of: ThousandYen(largest))?.scaled(by: barArea) ?? 0) : 0
            shapes.append(.el("text", [("x", "0"), ("y", String(y + barHeight * 2 / 3))], text: "経営課題\(issue.number)"))
            shapes.append(.el("rect", [("x", String(labelWidth)), ("y", String(y)), ("width", String(max(0, width))),
                                       ("height", String(barHeight))]))
            shapes.append(.el("text", [("x", String(labelWidth + max(0, width) + 8)), ("y", String(y + barHeight * 2 / 3))],
                              text: "\(issue.total)（\(share(issue))）"))
        }
        let svg = HTMLNode.el("svg", [
            ("class", "chart"), ("role", "img"), ("aria-labelledby", "budget-chart-title budget-chart-desc"),
            ("viewBox", "0 0 \(labelWidth + barArea + 200) \(height)"), ("xmlns", "http://www.w3.org/2000/svg"),
        ], shapes)
        return .el("figure", [], [svg, .el("figcaption", text: "図：経営課題別の予算額（表と同じ内容）")])
    }
}
