import WardPlan
import WardPlanExport

/// The table of one 戦略's 具体的取組 on a plan page: id, title, content, the 様式2 columns the plan fills
/// in, and the budget (予算なし when there is none), with the strategy's total from the plan's roll-up. On a phone
/// each row becomes a card: every cell carries its column's heading (`data-label`), which the style sheet shows.
struct StrategyInitiativeTable {
    let strategy: BudgetedStrategy
    /// The markup every initiative table of the page shares, made once per page.
    let layout: Layout

    /// What the initiative tables of one page share: the columns the plan fills in, the header row and each
    /// column's cell tags. A plan may have hundreds of strategies; their tables differ only in their rows.
    struct Layout {
        /// The optional columns the plan fills in anywhere.
        fileprivate let columns: [OptionalInitiativeColumn]
        fileprivate let headings: [String]
        /// The `<thead>` element, written as it stands.
        fileprivate let header: [UInt8]
        fileprivate let row, idCell, titleCell, descriptionCell, budgetCell: HTMLWriter.PreparedStartTag
        fileprivate let optionalCells: [(filled: HTMLWriter.PreparedStartTag, unfilled: HTMLWriter.PreparedStartTag)]

        /// The layout of the tables of a page whose plan fills in `columns`.
        init(columns: [OptionalInitiativeColumn]) {
            typealias Tag = HTMLWriter.PreparedStartTag
            self.columns = columns
            let headings = ["番号", "具体的取組", "取組内容"] + columns.map(\.heading)
            self.headings = headings
            var html = HTMLWriter(capacity: 1 << 10)
            html.element(.thead) { html in
                html.element(.tr) { html in
                    for heading in headings { html.element(.th, [.scope(.col)], text: heading) }
                    html.element(.th, [.scope(.col), .class("num")], text: StrategyInitiativeTable.budgetHeading)
                }
            }
            header = html.bytes
            row = Tag(.tr)
            idCell = Tag(.th, [.scope(.row), .class("id"), .dataLabel(headings[0])])
            titleCell = Tag(.td, [.dataLabel(headings[1])])
            descriptionCell = Tag(.td, [.dataLabel(headings[2])])
            budgetCell = Tag(.td, [.class("num"), .dataLabel(StrategyInitiativeTable.budgetHeading)])
            optionalCells = columns.map { (filled: Tag(.td, [.dataLabel($0.heading)]), unfilled: Tag(.td, [.class("unfilled"), .dataLabel($0.heading)])) }
        }
    }

    /// Writes the table: one strategy may have many rows, so it is written straight to bytes.
    func write(into html: inout HTMLWriter) {
        let id = strategy.strategy.id
        html.start(.div, [.class("table-wrap")])
        html.start(.table, [.class("cards")])
        html.element(.caption, text: "\(PlanElement.strategy(id).japaneseTerm)の具体的取組（予算額の単位：千円）")
        html.trusted(layout.header)
        html.element(.tbody) { html in
            for initiative in strategy.strategy.initiatives {
                html.start(layout.row)
                html.element(layout.idCell, text: initiative.id.description)
                html.element(layout.titleCell, text: initiative.title)
                html.element(layout.descriptionCell, text: initiative.description ?? "")
                for (column, cells) in zip(layout.columns, layout.optionalCells) {
                    if let value = column.value(initiative) {
                        html.element(cells.filled, text: value)
                    } else {
                        html.element(cells.unfilled, text: PlanLabels.unfilled)
                    }
                }
                html.element(layout.budgetCell, text: PlanLabels.amount(initiative.budget))
                html.end(layout.row)
            }
        }
        html.element(.tfoot) { html in
            html.element(.tr) { html in
                html.element(.th, [.scope(.row), .colspan(layout.headings.count)], text: "\(PlanElement.strategy(id).japaneseTerm) 計")
                html.element(.td, [.class("num"), .dataLabel(Self.budgetHeading)], text: PlanLabels.amount(strategy.budget.knownTotal))
            }
        }
        html.end(.table)
        html.end(.div)
    }

    fileprivate static let budgetHeading = "予算額（千円）"
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
