import WardPlan
import WardPlanExport

/// The page of one plan: front matter, budget overview, 経営課題 → 戦略 → 具体的取組, 様式3 items, 自己評価.
struct PlanPage {
    let budgeted: BudgetedPlan
    /// A link back to the index, when the page is one of several.
    let indexLink: String?
    private let optionalColumns: [OptionalInitiativeColumn]

    init(_ budgeted: BudgetedPlan, indexLink: String? = nil) {
        self.budgeted = budgeted
        self.indexLink = indexLink
        optionalColumns = OptionalInitiativeColumn.filled(in: budgeted.plan)
    }

    private var plan: OperatingPlan { budgeted.plan }

    func render() -> [UInt8] {
        var header: [HTMLNode] = []
        if let indexLink { header.append(.el(.p, [], [.el(.a, [.href(indexLink)], text: "一覧に戻る")])) }
        header.append(.el(.h1, text: PlanLabels.title(of: plan)))
        if let head = plan.head { header.append(.el(.p, [.class("meta")], text: "区長：\(head)")) }
        let year = plan.fiscalYear
        header.append(.el(.p, [.class("meta")],
                          text: "\(PlanLabels.fiscalYear(year))・状態：\(plan.status.japaneseName)"))
        let main: [HTMLNode] = [
            section("goal", "区の目標", paragraphs(plan.goal)),
            section("mission", "区の使命", paragraphs(plan.mission)),
            section("policy", "区運営の基本的な考え方", plan.policy.isEmpty ? [Self.unfilledNode] : [list(plan.policy)]),
            section("budget", "予算の概要", BudgetOverview(plan: budgeted).nodes()),
            section("issues", "経営課題", budgeted.issues.map(issue) + [total()]),
            section("reform", "市政改革計画に基づく取組（様式3）",
                    plan.reformItems.isEmpty ? [.el(.p, text: "取組項目はありません。")] : plan.reformItems.map(reformItem)),
            section("evaluation", "自己評価", [
                .el(.h3, text: "1年間の取組成果と今後取り組みたいこと"),
                .group(paragraphs(plan.selfEvaluation?.achievements)),
                .el(.h3, text: "解決すべき課題と今後の改善方向"),
                .group(paragraphs(plan.selfEvaluation?.issuesAndImprovements)),
            ] + fields([("運営方針全体の定性評価", plan.selfEvaluation?.overall), ("今後の方針", plan.selfEvaluation?.futurePolicy)],
                       onlyFilled: true)),
        ]
        return HTMLDocument.page(title: PlanLabels.title(of: plan), body: [
            .el(.header, [], header), .el(.main, [], main),
            .el(.footer, [], [.el(.p, [.class("meta")], text: "予算額の単位は千円です。")]),
        ])
    }

    // MARK: - Parts

    private func section(_ id: String, _ heading: String, _ content: [HTMLNode]) -> HTMLNode {
        .el(.section, [.labelledBy(id)], [.el(.h2, [.id(id)], text: heading)] + content)
    }

    private func issue(_ entry: BudgetedIssue) -> HTMLNode {
        let issue = entry.issue
        let id = "issue-\(issue.number)"
        var nodes: [HTMLNode] = [.el(.h3, [.id(id)], text: PlanLabels.heading(of: issue))]
        nodes += paragraphs(issue.summary, whenEmpty: nil)
        let sdgs = issue.sdgs.isEmpty ? nil : issue.sdgs.map(String.init).joined(separator: "、")
        nodes += fields([("めざすべき将来像", issue.targetState), ("現状", issue.currentSituation), ("要因分析", issue.causeAnalysis),
                         ("課題", issue.problem), ("課題認識", issue.problemRecognition), ("関連するSDGs", sdgs)], onlyFilled: true)
        if !issue.budgetLines.isEmpty { nodes.append(list(issue.budgetLines.map(PlanLabels.text(of:)))) }
        nodes += entry.strategies.map(strategy)
        nodes += indicators(issue.outcomeIndicators)
        let basis = entry.budget.basis == .statedBudget ? "（\(PlanLabels.basis(entry.budget.basis))）" : ""
        let subtotal = entry.budget.knownTotal.map { "\($0)\(basis)" } ?? PlanLabels.noBudget
        nodes.append(.el(.p, [.class("subtotal")], text: "経営課題\(issue.publishedNumber) 小計：\(subtotal)"))
        return .el(.article, [.labelledBy(id)], nodes)
    }

    private func strategy(_ entry: BudgetedStrategy) -> HTMLNode {
        let strategy = entry.strategy
        var nodes: [HTMLNode] = [.el(.h4, text: PlanLabels.heading(of: strategy))]
        nodes += fields([("めざす状態", strategy.targetState)], onlyFilled: true)
        nodes += paragraphs(strategy.description, whenEmpty: nil)
        nodes += indicators(strategy.outcomeIndicators)
        if !strategy.initiatives.isEmpty {
            nodes.append(StrategyInitiativeTable(strategy: entry, columns: optionalColumns).node())
        }
        nodes += fields([("中間振り返り", strategy.interimReview), ("自己評価", strategy.selfEvaluation)], onlyFilled: false)
        return .el(.section, [.class("strategy")], nodes)
    }

    private func indicators(_ indicators: [OutcomeIndicator]) -> [HTMLNode] {
        guard !indicators.isEmpty else { return [] }
        return [.el(.p, text: "アウトカム指標"), list(indicators.map(PlanLabels.text(of:)))]
    }

    private func total() -> HTMLNode {
        .el(.p, [.class("total")], text: "予算額合計：\(budgeted.budget.knownTotal.map(\.description) ?? PlanLabels.noBudget)")
    }

    private func reformItem(_ item: ReformItem) -> HTMLNode {
        var nodes: [HTMLNode] = [.el(.h3, text: PlanLabels.heading(of: item))]
        nodes.append(.el(.p, text: "改革の柱：\(item.pillar?.text ?? PlanLabels.unfilled)"))
        nodes.append(.el(.h4, text: "取組内容"))
        nodes.append(item.actions.isEmpty ? Self.unfilledNode : list(item.actions))
        nodes += fields([("目標", item.target), ("中間振り返り", item.interimReview), ("自己評価", item.selfEvaluation)],
                        onlyFilled: false)
        return .el(.article, [], nodes)
    }

    // MARK: - Text

    /// The text as paragraphs, one per line; `未記入` when it is empty (or nothing, with `whenEmpty: nil`).
    private func paragraphs(_ text: String?, whenEmpty: HTMLNode? = Self.unfilledNode) -> [HTMLNode] {
        guard let text, !text.isEmpty else { return whenEmpty.map { [$0] } ?? [] }
        return text.split(separator: "\n", omittingEmptySubsequences: true).map { .el(.p, text: String($0)) }
    }

    private func list(_ items: [String]) -> HTMLNode {
        .el(.ul, [], items.map { .el(.li, text: $0) })
    }

    private func fields(_ pairs: [(String, String?)], onlyFilled: Bool) -> [HTMLNode] {
        let shown = onlyFilled ? pairs.filter { $0.1?.isEmpty == false } : pairs
        guard !shown.isEmpty else { return [] }
        return [.el(.dl, [.class("fields")], shown.flatMap { name, value in [.el(.dt, text: name), Self.definition(value)] })]
    }

    /// A field's value, or `未記入` when a draft leaves it empty.
    private static func definition(_ value: String?) -> HTMLNode {
        guard let value, !value.isEmpty else { return .el(.dd, [.class("unfilled")], text: PlanLabels.unfilled) }
        return .el(.dd, text: value)
    }

    private static var unfilledNode: HTMLNode { .el(.p, [.class("unfilled")], text: PlanLabels.unfilled) }
}
