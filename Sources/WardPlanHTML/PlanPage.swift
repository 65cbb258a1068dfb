import WardPlan
import WardPlanExport

/// The page of one plan: front matter, budget overview, 経営課題 → 戦略 → 具体的取組, 様式3 items, 自己評価.
struct PlanPage {
    let budgeted: BudgetedPlan
    /// A link back to the index, when the page is one of several.
    let indexLink: String?
    /// What the page's initiative tables share, made once for the page.
    private let initiativeTables: StrategyInitiativeTable.Layout

    init(_ budgeted: BudgetedPlan, indexLink: String? = nil) {
        self.budgeted = budgeted
        self.indexLink = indexLink
        initiativeTables = StrategyInitiativeTable.Layout(columns: OptionalInitiativeColumn.filled(in: budgeted.plan))
    }

    private var plan: OperatingPlan { budgeted.plan }

    /// The page, written straight to bytes: a plan may have many issues, strategies and initiatives.
    func render() -> [UInt8] {
        HTMLDocument.page(title: PlanLabels.title(of: plan)) { html in
            html.element(.header) { html in
                if let indexLink { html.element(.p) { $0.element(.a, [.href(indexLink)], text: "一覧に戻る") } }
                html.element(.h1, text: PlanLabels.title(of: plan))
                if let head = plan.head { html.element(.p, [.class("meta")], text: "区長：\(head)") }
                html.element(.p, [.class("meta")], text: "\(PlanLabels.fiscalYear(plan.fiscalYear))・状態：\(plan.status.japaneseName)")
            }
            html.element(.main) { html in
                section("goal", "区の目標", into: &html) { paragraphs(plan.goal, into: &$0) }
                section("mission", "区の使命", into: &html) { paragraphs(plan.mission, into: &$0) }
                section("policy", "区運営の基本的な考え方", into: &html) { html in
                    if plan.policy.isEmpty { Self.unfilled(into: &html) } else { list(plan.policy, into: &html) }
                }
                section("budget", "予算の概要", into: &html) { html in
                    for node in BudgetOverview(plan: budgeted).nodes() { node.render(into: &html) }
                }
                section("issues", "経営課題", into: &html) { html in
                    for entry in budgeted.issues { issue(entry, into: &html) }
                    html.element(.p, [.class("total")],
                                 text: "予算額合計：\(budgeted.budget.knownTotal.map(\.description) ?? PlanLabels.noBudget)")
                }
                section("reform", "市政改革計画に基づく取組（様式3）", into: &html) { html in
                    if plan.reformItems.isEmpty { html.element(.p, text: "取組項目はありません。") }
                    for item in plan.reformItems { reformItem(item, into: &html) }
                }
                section("evaluation", "自己評価", into: &html) { html in
                    html.element(.h3, text: "1年間の取組成果と今後取り組みたいこと")
                    paragraphs(plan.selfEvaluation?.achievements, into: &html)
                    html.element(.h3, text: "解決すべき課題と今後の改善方向")
                    paragraphs(plan.selfEvaluation?.issuesAndImprovements, into: &html)
                    fields([("運営方針全体の定性評価", plan.selfEvaluation?.overall), ("今後の方針", plan.selfEvaluation?.futurePolicy)],
                           onlyFilled: true, into: &html)
                }
            }
            html.element(.footer) { $0.element(.p, [.class("meta")], text: "予算額の単位は千円です。") }
        }
    }

    // MARK: - Parts

    private func section(_ id: String, _ heading: String, into html: inout HTMLWriter, _ content: (inout HTMLWriter) -> Void) {
        html.element(.section, [.labelledBy(id)]) { html in
            html.element(.h2, [.id(id)], text: heading)
            content(&html)
        }
    }

    private func issue(_ entry: BudgetedIssue, into html: inout HTMLWriter) {
        let issue = entry.issue
        let id = "issue-\(issue.number)"
        html.element(.article, [.labelledBy(id)]) { html in
            html.element(.h3, [.id(id)], text: PlanLabels.heading(of: issue))
            paragraphs(issue.summary, whenEmpty: false, into: &html)
            let sdgs = issue.sdgs.isEmpty ? nil : issue.sdgs.map(String.init).joined(separator: "、")
            fields([("めざすべき将来像", issue.targetState), ("現状", issue.currentSituation), ("要因分析", issue.causeAnalysis),
                    ("課題", issue.problem), ("課題認識", issue.problemRecognition), ("関連するSDGs", sdgs)], onlyFilled: true, into: &html)
            if !issue.budgetLines.isEmpty { list(issue.budgetLines.map(PlanLabels.text(of:)), into: &html) }
            for strategy in entry.strategies { self.strategy(strategy, into: &html) }
            indicators(issue.outcomeIndicators, into: &html)
            let basis = entry.budget.basis == .statedBudget ? "（\(PlanLabels.basis(entry.budget.basis))）" : ""
            let subtotal = entry.budget.knownTotal.map { "\($0)\(basis)" } ?? PlanLabels.noBudget
            html.element(.p, [.class("subtotal")], text: "経営課題\(issue.publishedNumber) 小計：\(subtotal)")
        }
    }

    private func strategy(_ entry: BudgetedStrategy, into html: inout HTMLWriter) {
        let strategy = entry.strategy
        html.element(.section, [.class("strategy")]) { html in
            html.element(.h4, text: PlanLabels.heading(of: strategy))
            fields([("めざす状態", strategy.targetState)], onlyFilled: true, into: &html)
            paragraphs(strategy.description, whenEmpty: false, into: &html)
            indicators(strategy.outcomeIndicators, into: &html)
            if !strategy.initiatives.isEmpty { StrategyInitiativeTable(strategy: entry, layout: initiativeTables).write(into: &html) }
            fields([("中間振り返り", strategy.interimReview), ("自己評価", strategy.selfEvaluation)], onlyFilled: false, into: &html)
        }
    }

    private func indicators(_ indicators: [OutcomeIndicator], into html: inout HTMLWriter) {
        guard !indicators.isEmpty else { return }
        html.element(.p, text: "アウトカム指標")
        list(indicators.map(PlanLabels.text(of:)), into: &html)
    }

    private func reformItem(_ item: ReformItem, into html: inout HTMLWriter) {
        html.element(.article) { html in
            html.element(.h3, text: PlanLabels.heading(of: item))
            html.element(.p, text: "改革の柱：\(item.pillar?.text ?? PlanLabels.unfilled)")
            html.element(.h4, text: "取組内容")
            if item.actions.isEmpty { Self.unfilled(into: &html) } else { list(item.actions, into: &html) }
            fields([("目標", item.target), ("中間振り返り", item.interimReview), ("自己評価", item.selfEvaluation)],
                   onlyFilled: false, into: &html)
        }
    }

    // MARK: - Text

    /// The text as paragraphs, one per line; `未記入` when it is empty (or nothing, with `whenEmpty: false`).
    private func paragraphs(_ text: String?, whenEmpty: Bool = true, into html: inout HTMLWriter) {
        guard let text, !text.isEmpty else {
            if whenEmpty { Self.unfilled(into: &html) }
            return
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) { html.element(.p, text: String(line)) }
    }

    private func list(_ items: [String], into html: inout HTMLWriter) {
        html.element(.ul) { html in
            for item in items { html.element(.li, text: item) }
        }
    }

    private func fields(_ pairs: [(String, String?)], onlyFilled: Bool, into html: inout HTMLWriter) {
        let shown = onlyFilled ? pairs.filter { $0.1?.isEmpty == false } : pairs
        guard !shown.isEmpty else { return }
        html.element(.dl, [.class("fields")]) { html in
            for (name, value) in shown {
                html.element(.dt, text: name)
                // A field's value, or `未記入` when a draft leaves it empty.
                if let value, !value.isEmpty {
                    html.element(.dd, text: value)
                } else {
                    html.element(.dd, [.class("unfilled")], text: PlanLabels.unfilled)
                }
            }
        }
    }

    /// `未記入`: what a draft leaves empty.
    private static func unfilled(into html: inout HTMLWriter) {
        html.element(.p, [.class("unfilled")], text: PlanLabels.unfilled)
    }
}
