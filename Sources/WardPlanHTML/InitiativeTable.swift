import WardPlan

/// The table of a 戦略's 具体的取組: id, title, content, budget, and the 様式2 columns the plan fills in.
struct InitiativeTable {
    let strategy: Strategy
    /// The strategy's budget total, from the plan's roll-up.
    let total: ThousandYen
    let plan: OperatingPlan

    private struct Column {
        let heading: String
        let value: (Initiative) -> String?
    }

    /// The optional columns shown when any initiative of the plan fills them in.
    private var optionalColumns: [Column] {
        let all = plan.issues.flatMap(\.initiatives)
        let candidates = [
            Column(heading: "業績目標", value: \.performanceTarget),
            Column(heading: "中間振り返り", value: \.interimReview),
            Column(heading: "自己評価", value: \.selfEvaluation),
        ]
        return candidates.filter { column in all.contains { column.value($0)?.isEmpty == false } }
    }

    func node() -> HTMLNode {
        let extra = optionalColumns
        let head: [HTMLNode] = [
            .el("th", [("scope", "col")], text: "番号"), .el("th", [("scope", "col")], text: "具体的取組"),
            .el("th", [("scope", "col")], text: "取組内容"),
        ] + extra.map { .el("th", [("scope", "col")], text: $0.heading) } + [
            .el("th", [("scope", "col"), ("class", "num")], text: "予算額（千円）"),
        ]
        let rows = strategy.initiatives.map { initiative -> HTMLNode in
            let cells: [HTMLNode] = [
                .el("th", [("scope", "row"), ("class", "id")], text: initiative.id.description), .el("td", text: initiative.title),
                .el("td", text: initiative.description ?? ""),
            ] + extra.map { column in
                column.value(initiative).map { .el("td", text: $0) } ?? .el("td", [("class", "unfilled")], text: PlanPage.unfilled)
            } + [.el("td", [("class", "num")], text: initiative.budget?.grouped ?? "—")]
            return .el("tr", [], cells)
        }
        let foot = HTMLNode.el("tr", [], [
            .el("th", [("scope", "row"), ("colspan", String(3 + extra.count))], text: "戦略\(strategy.id) 計"),
            .el("td", [("class", "num")], text: total.grouped),
        ])
        return .el("div", [("class", "table-wrap")], [
            .el("table", [], [
                .el("caption", text: "戦略\(strategy.id)の具体的取組（予算額の単位：千円）"),
                .el("thead", [], [.el("tr", [], head)]), .el("tbody", [], rows), .el("tfoot", [], [foot]),
            ]),
        ])
    }
}
