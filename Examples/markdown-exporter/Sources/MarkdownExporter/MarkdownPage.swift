import WardPlan
import WardPlanExport

/// One plan as Markdown. Plan text is escaped so that it stays text: Markdown's marks and HTML's `<` and
/// `&` are backslash-escaped or written as entities, and a table cell never breaks its row.
struct MarkdownPage {
    let plan: BudgetedPlan
    let options: MarkdownExporter.Options

    func render() -> String {
        var lines = [heading(0, PlanLabels.title(of: plan.plan)), ""]
        lines.append("\(plan.plan.ward.name) ・ \(PlanLabels.fiscalYear(plan.plan.fiscalYear)) ・ \(plan.plan.status.japaneseName)"
                     + (plan.plan.head.map { " ・ 区長 \(Self.text($0))" } ?? ""))
        lines.append("")
        for (label, text) in [("区の目標", plan.plan.goal), ("区の使命", plan.plan.mission)] {
            lines += [heading(1, label), "", Self.text(text ?? PlanLabels.unfilled), ""]
        }
        if !plan.plan.policy.isEmpty {
            lines += [heading(1, "区運営の基本的な考え方"), ""] + plan.plan.policy.map { "- " + Self.text($0) } + [""]
        }
        for issue in plan.issues { lines += self.issue(issue) }
        if options.budgets { lines += ["**予算額合計: \(plan.budget.total)**", ""] }
        return lines.joined(separator: "\n")
    }

    private func issue(_ issue: BudgetedIssue) -> [String] {
        var lines = [heading(1, "経営課題\(issue.issue.number) \(issue.issue.title)"), ""]
        if let summary = issue.issue.summary { lines += [Self.text(summary), ""] }
        for strategy in issue.issue.strategies {
            lines += [heading(2, "戦略\(strategy.id) \(strategy.title)"), ""]
            lines.append(options.budgets ? "| 番号 | 具体的取組 | 予算額(千円) |" : "| 番号 | 具体的取組 |")
            lines.append(options.budgets ? "| --- | --- | ---: |" : "| --- | --- |")
            for initiative in strategy.initiatives {
                let budget = initiative.budget?.grouped ?? PlanLabels.noBudget
                lines.append("| \(initiative.id) | \(Self.cell(initiative.title)) |" + (options.budgets ? " \(budget) |" : ""))
            }
            lines.append("")
        }
        if options.budgets { lines += ["経営課題\(issue.issue.number) 小計: \(issue.budget.total)", ""] }
        return lines
    }

    private func heading(_ depth: Int, _ text: String) -> String {
        String(repeating: "#", count: min(6, options.headingLevel + depth)) + " " + Self.text(text)
    }

    /// Plan text as Markdown text: marks escaped, `<` and `&` as entities.
    static func text(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "#", "|", "~": escaped += "\\" + String(character)
            case "<": escaped += "&lt;"
            case "&": escaped += "&amp;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Text for a table cell: escaped, its line breaks as `<br>`.
    static func cell(_ cell: String) -> String {
        text(cell).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "<br>")
    }
}
