import WardPlan
import WardPlanExport

/// The readable table form of a ``BudgetReport``: amounts like `135,783千円`, shares in %.
public enum BudgetReportText {
    /// Wide enough for most titles, narrow enough that a row fits an 80-column terminal.
    private static let titleWidth = 30

    /// The report as a table for a terminal, counting East Asian Ambiguous characters as the terminal draws them.
    public static func render(_ report: BudgetReport, ambiguous: DisplayWidth.Ambiguous = .narrow) -> String {
        var lines: [String] = []
        for plan in report.plans {
            lines += render(plan, ambiguous: ambiguous)
            lines.append("")
        }
        for version in report.setAside {
            let label = PlanStatus(rawValue: version.countedStatus)?.japaneseName ?? version.countedStatus
            lines.append("別の版 (set aside, not in the totals): \(version.ward) FY\(version.fiscalYear) \(version.statusLabel)"
                         + (version.file.map { " (\($0))" } ?? "") + " — \(label)" + (version.countedFile.map { " (\($0))" } ?? "")
                         + " is counted")
        }
        if report.plans.count > 1 {
            lines.append("全体 (all plans): \(amount(report.totalThousandYen))")
            for group in report.byWard { lines.append("  \(group.ward ?? "")  \(amount(group.totalThousandYen))") }
            for group in report.byFiscalYear {
                lines.append("  \(group.fiscalYearLabel ?? "") (FY\(group.fiscalYear ?? 0))  \(amount(group.totalThousandYen))")
            }
            for change in report.yearOverYear {
                let ratio = change.ratioPerMille.map { " (前年度比 \(PlanLabels.percent(perMille: $0)))" } ?? ""
                let delta = ThousandYen(change.deltaThousandYen)
                lines.append("  \(change.ward) FY\(change.fromFiscalYear)→FY\(change.toFiscalYear): \(delta.amount >= 0 ? "+" : "")\(delta)\(ratio)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func render(_ plan: BudgetReport.Plan, ambiguous: DisplayWidth.Ambiguous) -> [String] {
        let row = { (number: String, title: String, amount: String, share: String, basis: String, count: String) in
            Self.row(number, title, amount, share, basis, count, ambiguous: ambiguous)
        }
        let head = plan.head.map { "  区長 \($0)" } ?? ""
        let setAside = plan.counted ? "" : "  [別の版: not in the totals]"
        var lines = ["\(plan.ward) \(plan.fiscalYearLabel) (FY\(plan.fiscalYear)) \(plan.statusLabel)\(head)\(setAside)"]
        lines.append(row("No", "経営課題 (issue)", "予算額", "割合", "根拠", "取組"))
        for issue in plan.issues {
            let share = PlanLabels.percent(perMille: issue.sharePerMille)
            lines.append(row(issue.label ?? String(issue.number), issue.title, amount(issue.totalThousandYen), share, basis(issue.basis),
                             String(issue.initiativeCount)))
        }
        let total = row("", "合計 (total)", amount(plan.totalThousandYen), PlanLabels.fullShare(of: ThousandYen(plan.totalThousandYen)),
                        "", String(plan.initiativeCount))
        lines.append(total)
        if plan.unbudgetedInitiativeCount > 0 {
            lines.append("  \(PlanLabels.noBudget) (no budget): \(plan.unbudgetedInitiativeCount) 具体的取組")
        }
        if plan.issues.contains(where: { $0.basis != IssueBudget.Basis.initiatives.rawValue }) {
            lines.append("  根拠: 取組計 = 具体的取組の合計, 課題予算 = 経営課題の予算額, なし = 予算なし")
        }
        if let change = plan.previousYear {
            let ratio = change.ratioPerMille.map { " (前年度比 \(PlanLabels.percent(perMille: $0)))" } ?? ""
            let delta = ThousandYen(change.deltaThousandYen)
            lines.append("  前年度 FY\(change.fiscalYear) 予算額 \(amount(change.previousThousandYen)) → "
                         + "\(delta.amount >= 0 ? "+" : "")\(delta)\(ratio)")
        }
        let errors = plan.problems.count { $0.severity == Diagnostic.Severity.error.rawValue }
        if errors > 0 {
            lines.append("  注意: \(errors) error(s); what they name (an unreadable budget, say) is not in these totals")
        }
        return lines
    }

    private static func row(_ number: String, _ title: String, _ amount: String, _ share: String, _ basis: String,
                            _ count: String, ambiguous: DisplayWidth.Ambiguous) -> String {
        var line: [UInt8] = []
        line.reserveCapacity(128)
        let cells = [
            (number, 5, true), (DisplayWidth.truncate(title, to: titleWidth, ambiguous: ambiguous), titleWidth, false),
            (amount, 14, true), (share, 6, true), (basis, 8, false), (count, 4, true),
        ]
        for (text, width, alignRight) in cells {
            line.append(contentsOf: "  ".utf8)
            DisplayWidth.append(text, paddedTo: width, alignRight: alignRight, ambiguous: ambiguous, to: &line)
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// The basis of an issue's total, in the table's words.
    private static func basis(_ rawValue: String) -> String {
        switch IssueBudget.Basis(rawValue: rawValue) {
        case .initiatives?: "取組計"
        case .statedBudget?: "課題予算"
        case .none?, nil: "なし"
        }
    }

    private static func amount(_ thousandYen: Int) -> String { ThousandYen(thousandYen).description }
}
