import WardPlan
import WardPlanExport

/// 様式3 — the items under the city reform plan: 取組項目, 改革の柱, 取組内容 (one action a line), 目標,
/// 中間振り返り, 自己評価.
struct FormThreeLayout {
    let plan: OperatingPlan

    static let headerRow = 2

    func grid() -> SheetGrid {
        var grid = SheetGrid(columnLimits: [18...30, 8...12, 30...56, 16...30, 16...26, 16...26])
        grid.put(FormTitle.text(plan, form: "様式3"), column: 0...grid.lastColumn, style: .title, field: "the title")
        grid.advance(2)
        for (column, heading) in ["取組項目", "改革の柱", "取組内容", "目標", "中間振り返り", "自己評価"].enumerated() {
            grid.put(heading, column: column...column, style: .heading)
        }
        grid.advance()
        for item in plan.reformItems {
            let name = "取組項目 \(item.number)"
            grid.put(PlanLabels.heading(of: item), column: 0...0, field: name)
            grid.put(item.pillar?.text, column: 1...1, field: "\(name) pillar")
            grid.put(item.actions.joined(separator: "\n"), column: 2...2, field: "\(name) actions")
            grid.put(item.target, column: 3...3, field: "\(name) 目標")
            grid.put(item.interimReview, column: 4...4, field: "\(name) 中間振り返り")
            grid.put(item.selfEvaluation, column: 5...5, field: "\(name) 自己評価")
            grid.advance()
        }
        return grid
    }
}
