import WardPlan
import WardPlanExport

/// 様式2 — one block per 経営課題: 概要, めざす状態, 現状・課題, 要因分析 (and, in the 2023+ layout, 課題認識,
/// SDGs, 予算額・決算額 lines and issue-level indicators); each 戦略 with its outcome indicators and reviews; its
/// 具体的取組 rows; a subtotal per issue and a total, as SUM formulas whose computed values are stored with them.
/// An issue whose budget is its own 予算額 line (no 具体的取組 carries one) has that amount on a row of its own,
/// so that the SUM still gives the subtotal. Each issue after the first starts a printed page.
struct FormTwoLayout {
    let budgeted: BudgetedPlan

    /// Columns: 番号 | 具体的取組 | 取組内容 | 業績目標 | 予算額(千円) | 中間振り返り | 自己評価.
    static let budgetColumn = 4

    func grid() -> SheetGrid {
        // The review columns are wide enough that a review of 300–400 characters takes a few lines, not half a page.
        var grid = SheetGrid(columnLimits: [14...20, 18...30, 24...44, 16...28, 10...14, 24...40, 24...40])
        grid.put(FormTitle.text(budgeted.plan, form: "様式2"), column: 0...5, style: .title, field: "the title")
        grid.put(PlanLabels.unitNote, column: 6...6, style: .note)
        grid.advance()
        var subtotalCells: [String] = []
        for (index, entry) in budgeted.issues.enumerated() {
            let issue = entry.issue
            grid.advance()
            // Each 経営課題 after the first begins a printed page, so that no page ends with a lone issue heading.
            if index > 0 { grid.breakPage() }
            let first = grid.row
            put(issue, into: &grid)
            if entry.budget.basis == .statedBudget, let stated = entry.budget.statedBudget {
                grid.put("\(planYear)予算額（経営課題）", column: 0...3, style: .heading)
                grid.put(.number(stated.amount), rows: grid.row...grid.row, columns: Self.budgetColumn...Self.budgetColumn, style: .amount)
                grid.advance()
            }
            grid.put("経営課題\(issue.publishedNumber) 小計", column: 0...3, style: .totalLabel)
            let column = Sheet.columnName(Self.budgetColumn)
            if entry.budget.knownTotal == nil {
                grid.put(PlanLabels.noBudget, column: Self.budgetColumn...Self.budgetColumn, style: .totalAmount)
            } else {
                grid.put(.formula("SUM(\(column)\(first + 1):\(column)\(grid.row))", value: entry.budget.total.amount),
                         rows: grid.row...grid.row, columns: Self.budgetColumn...Self.budgetColumn, style: .totalAmount)
            }
            subtotalCells.append("\(column)\(grid.row + 1)")
            grid.advance()
        }
        grid.advance()
        grid.put("合計", column: 0...3, style: .totalLabel)
        if budgeted.budget.knownTotal == nil {
            grid.put(PlanLabels.noBudget, column: Self.budgetColumn...Self.budgetColumn, style: .totalAmount)
        } else {
            grid.put(.formula("SUM(\(subtotalCells.joined(separator: ",")))", value: budgeted.budget.total.amount), rows: grid.row...grid.row,
                     columns: Self.budgetColumn...Self.budgetColumn, style: .totalAmount)
        }
        grid.advance()
        return grid
    }

    private var planYear: String { budgeted.plan.fiscalYear.japaneseLabel }

    private func put(_ issue: ManagementIssue, into grid: inout SheetGrid) {
        grid.put(PlanLabels.heading(of: issue), column: 0...grid.lastColumn, style: .section, field: "経営課題 \(issue.number)")
        grid.advance()
        let name = "経営課題 \(issue.number)"
        grid.labelled("概要", issue.summary, field: "\(name) summary")
        // The city's 様式2 names its fields so: 将来像, the data behind the issue, the causes, then the 課題.
        grid.labelled("めざすべき将来像\n(最終的なめざす状態)", issue.targetState, field: "\(name) めざすべき将来像")
        grid.labelled("現状\n(課題設定の根拠となる現状・データ)", issue.currentSituation, field: "\(name) 現状")
        grid.labelled("要因分析", issue.causeAnalysis, field: "\(name) 要因分析")
        grid.labelled("課題", issue.problem, field: "\(name) 課題")
        if let text = issue.problemRecognition { grid.labelled("課題認識", text, field: "\(name) 課題認識") }
        if !issue.sdgs.isEmpty { grid.labelled("関連するSDGs", issue.sdgs.map(String.init).joined(separator: "、"), field: "\(name) SDGs") }
        if !issue.budgetLines.isEmpty {
            grid.labelled("予算額・決算額", issue.budgetLines.map(PlanLabels.text(of:)).joined(separator: "\n"), field: "\(name) 予算額・決算額")
        }
        if !issue.outcomeIndicators.isEmpty {
            grid.labelled("アウトカム指標", issue.outcomeIndicators.map(PlanLabels.text(of:)).joined(separator: "\n"), field: "\(name) indicators")
        }
        for strategy in issue.strategies { put(strategy, into: &grid) }
    }

    private func put(_ strategy: Strategy, into grid: inout SheetGrid) {
        let name = "戦略 \(strategy.id)"
        grid.put(PlanLabels.heading(of: strategy), column: 0...grid.lastColumn, style: .heading, field: name)
        grid.advance()
        grid.labelled("めざす状態", strategy.targetState, field: "\(name) めざす状態")
        grid.labelled("戦略", strategy.description, field: "\(name) description")
        grid.labelled("アウトカム指標", strategy.outcomeIndicators.map(PlanLabels.text(of:)).joined(separator: "\n"), field: "\(name) indicators")
        grid.labelled("中間振り返り", strategy.interimReview, field: "\(name) 中間振り返り")
        grid.labelled("自己評価", strategy.selfEvaluation, field: "\(name) 自己評価")
        for (column, heading) in ["番号", "具体的取組", "取組内容", "業績目標", "予算額(千円)", "中間振り返り", "自己評価"].enumerated() {
            grid.put(heading, column: column...column, style: .heading)
        }
        grid.advance()
        for initiative in strategy.initiatives {
            let name = "具体的取組 \(initiative.id)"
            grid.put(initiative.id.description, column: 0...0, field: name)
            grid.put(initiative.title, column: 1...1, field: name)
            grid.put(initiative.description, column: 2...2, field: "\(name) description")
            grid.put(initiative.performanceTarget, column: 3...3, field: "\(name) 業績目標")
            let budgetCell = initiative.budget.map { SheetGrid.Content.number($0.amount) } ?? .blank
            grid.put(budgetCell, rows: grid.row...grid.row, columns: 4...4, style: .amount)
            grid.put(initiative.interimReview, column: 5...5, field: "\(name) 中間振り返り")
            grid.put(initiative.selfEvaluation, column: 6...6, field: "\(name) 自己評価")
            grid.advance()
        }
    }
}
