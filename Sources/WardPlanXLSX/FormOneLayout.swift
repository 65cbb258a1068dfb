import WardPlan
import WardPlanExport

/// 様式1 — the one-page summary: front matter, the table of issues, strategies and initiatives with
/// budgets and their total, the 様式3 items, and the two 自己評価 boxes.
struct FormOneLayout {
    let budgeted: BudgetedPlan
    private var plan: OperatingPlan { budgeted.plan }

    /// Columns: 経営課題 | 経営課題の概要 | 主な戦略 | 主な具体的取組 | 取組内容 | 予算額(千円).
    func grid() -> SheetGrid {
        var grid = SheetGrid(columnLimits: [14...24, 20...40, 20...36, 16...28, 24...48, 10...14])
        grid.put(FormTitle.text(plan, form: "様式1"), column: 0...4, style: .title, field: "the title")
        grid.put(PlanLabels.unitNote, column: 5...5, style: .note)
        grid.advance()
        grid.labelled(PlanElement.head, plan.head)
        grid.labelled(PlanElement.goal, plan.goal)
        grid.labelled(PlanElement.mission, plan.mission)
        grid.labelled(PlanElement.policy, plan.policy.joined(separator: "\n"))
        grid.advance()
        for (column, heading) in ["経営課題", "経営課題の概要", "主な戦略", "主な具体的取組", "取組内容", "予算額(千円)"].enumerated() {
            grid.put(heading, column: column...column, style: .heading)
        }
        grid.advance()
        let firstBudgetRow = grid.row
        for issue in plan.issues { put(issue, into: &grid) }
        grid.put("合計", column: 0...4, style: .totalLabel)
        let total = "SUM(F\(firstBudgetRow + 1):F\(max(firstBudgetRow, grid.row - 1) + 1))"
        if budgeted.budget.knownTotal == nil {
            grid.put(PlanLabels.noBudget, column: 5...5, style: .totalAmount)
        } else {
            grid.put(.formula(total, value: budgeted.budget.total.amount), rows: grid.row...grid.row, columns: 5...5, style: .totalAmount)
        }
        grid.advance(2)
        putReformItems(into: &grid)
        grid.advance()
        grid.put("自己評価", column: 0...5, style: .section)
        grid.advance()
        grid.labelled("1年間の取組成果と今後取り組みたいこと", plan.selfEvaluation?.achievements, field: "自己評価 (achievements)")
        grid.labelled("解決すべき課題と今後の改善方向", plan.selfEvaluation?.issuesAndImprovements, field: "自己評価 (improvements)")
        return grid
    }

    private func put(_ issue: ManagementIssue, into grid: inout SheetGrid) {
        let first = grid.row
        for strategy in issue.strategies {
            let strategyFirst = grid.row
            for initiative in strategy.initiatives {
                grid.put(PlanLabels.heading(of: initiative), column: 3...3, field: "具体的取組 \(initiative.id)")
                grid.put(initiative.description, column: 4...4, field: "具体的取組 \(initiative.id) description")
                if let budget = initiative.budget {
                    grid.put(.number(budget.amount), rows: grid.row...grid.row, columns: 5...5, style: .amount)
                } else {
                    grid.put(.blank, rows: grid.row...grid.row, columns: 5...5, style: .amount)
                }
                grid.advance()
            }
            if strategy.initiatives.isEmpty {
                for column in 3...5 { grid.put(.blank, rows: grid.row...grid.row, columns: column...column, style: .text) }
                grid.advance()
            }
            let text = [PlanLabels.heading(of: strategy), strategy.description].compactMap { $0 }.joined(separator: "\n")
            grid.put(.text(text), rows: strategyFirst...(grid.row - 1), columns: 2...2, style: .text, field: "戦略 \(strategy.id)")
        }
        if issue.strategies.isEmpty {
            for column in 2...5 { grid.put(.blank, rows: grid.row...grid.row, columns: column...column, style: .text) }
            grid.advance()
        }
        let rows = first...(grid.row - 1)
        grid.put(.text("\(PlanElement.issue(issue.number).japaneseTerm)\n\(issue.title)"), rows: rows, columns: 0...0, style: .text, field: "経営課題 \(issue.number)")
        grid.put(.text(issue.summary ?? ""), rows: rows, columns: 1...1, style: .text, field: "経営課題 \(issue.number) summary")
    }

    private func putReformItems(into grid: inout SheetGrid) {
        grid.put("市政改革計画に基づく取組等(様式3)", column: 0...5, style: .section)
        grid.advance()
        grid.put("主な取組項目", column: 0...1, style: .heading)
        grid.put("改革の柱", column: 2...2, style: .heading)
        grid.put("取組内容", column: 3...5, style: .heading)
        grid.advance()
        for item in plan.reformItems {
            grid.put(PlanLabels.heading(of: item), column: 0...1, field: "取組項目 \(item.number)")
            grid.put(item.pillar?.text, column: 2...2, field: "取組項目 \(item.number) pillar")
            grid.put(item.actions.joined(separator: "\n"), column: 3...5, field: "取組項目 \(item.number) actions")
            grid.advance()
        }
    }
}

/// The title line of a form sheet.
enum FormTitle {
    static func text(_ plan: OperatingPlan, form: String) -> String {
        "\(PlanLabels.title(of: plan))　\(form)"
    }
}
