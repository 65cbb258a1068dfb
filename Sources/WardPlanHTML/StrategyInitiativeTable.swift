import WardPlan
import WardPlanExport

/// The table of one 戦略's 具体的取組 on a plan page: id, title, content, the 様式2 columns the plan fills
/// in, and the budget (予算なし when there is none), with the strategy's total from the plan's roll-up. On a phone
/// each row becomes a card: every cell carries its column's heading (`data-label`), which the style sheet shows.
struct StrategyInitiativeTable {
    let strategy: BudgetedStrategy
    /// The optional columns the plan fills in anywhere, worked out once per page.
    let columns: [OptionalInitiativeColumn]

    func node() -> HTMLNode {
        let headings = ["番号", "具体的取組", "取組内容"] + columns.map(\.heading)
        let head = headings.map { HTMLNode.el(.th, [.scope(.col)], text: $0) }
            + [.el(.th, [.scope(.col), .class("num")], text: Self.budgetHeading)]
        let rows = strategy.strategy.initiatives.map { initiative -> HTMLNode in
            let cells: [HTMLNode] = [
                .el(.th, [.scope(.row), .class("id"), .dataLabel(headings[0])], text: initiative.id.description),
                .el(.td, [.dataLabel(headings[1])], text: initiative.title),
                .el(.td, [.dataLabel(headings[2])], text: initiative.description ?? ""),
            ] + columns.map { column in
                column.value(initiative).map { .el(.td, [.dataLabel(column.heading)], text: $0) }
                    ?? .el(.td, [.class("unfilled"), .dataLabel(column.heading)], text: PlanLabels.unfilled)
            } + [.el(.td, [.class("num"), .dataLabel(Self.budgetHeading)], text: PlanLabels.amount(initiative.budget))]
            return .el(.tr, [], cells)
        }
        let id = strategy.strategy.id
        let foot = HTMLNode.el(.tr, [], [
            .el(.th, [.scope(.row), .colspan(headings.count)], text: "\(PlanElement.strategy(id).japaneseTerm) 計"),
            .el(.td, [.class("num"), .dataLabel(Self.budgetHeading)], text: PlanLabels.amount(strategy.budget.knownTotal)),
        ])
        return .el(.div, [.class("table-wrap")], [
            .el(.table, [.class("cards")], [
                .el(.caption, text: "\(PlanElement.strategy(id).japaneseTerm)の具体的取組（予算額の単位：千円）"),
                .el(.thead, [], [.el(.tr, [], head)]), .el(.tbody, [], rows), .el(.tfoot, [], [foot]),
            ]),
        ])
    }

    private static let budgetHeading = "予算額（千円）"
}

/// A 様式2 column of the initiative tables, shown when any initiative of the plan fills it in.
struct OptionalInitiativeColumn {
    let heading: String
    let value: (Initiative) -> String?

    /// The columns `plan` fills in anywhere.
    /// - Complexity: O(initiatives of the plan), once per page.
    static func filled(in plan: OperatingPlan) -> [OptionalInitiativeColumn] {
        let candidates = [
            OptionalInitiativeColumn(heading: "業績目標", value: \.performanceTarget),
            OptionalInitiativeColumn(heading: "中間振り返り", value: \.interimReview),
            OptionalInitiativeColumn(heading: "自己評価", value: \.selfEvaluation),
        ]
        let initiatives = plan.issues.lazy.flatMap(\.strategies).flatMap(\.initiatives)
        return candidates.filter { column in initiatives.contains { column.value($0)?.isEmpty == false } }
    }
}
