import WardPlan

/// The Japanese wording every output shares — the CLI, HTML and XLSX say things the same way.
public enum PlanLabels {
    /// 未記入 — what a field a draft leaves empty shows.
    public static let unfilled = "未記入"
    /// 予算なし — what a missing budget shows (never 0).
    public static let noBudget = "予算なし"
    /// (単位:千円) — the unit note beside budget tables.
    public static let unitNote = "(単位:千円)"

    /// The plan's title as published, or one made from ward, year and state:
    /// `令和2年度 東住吉区運営方針（案）`.
    public static func title(of plan: OperatingPlan) -> String {
        plan.title ?? "\(plan.fiscalYear.japaneseLabel) \(plan.ward.name)運営方針（\(plan.status.japaneseName)）"
    }

    /// `令和2年度（2020年度）`.
    public static func fiscalYear(_ year: FiscalYear) -> String {
        "\(year.japaneseLabel)（\(year.gregorianLabel)）"
    }

    /// `経営課題1　title`.
    public static func heading(of issue: ManagementIssue) -> String {
        "経営課題\(issue.publishedNumber)　\(issue.title)"
    }

    /// `戦略1-2　title`.
    public static func heading(of strategy: Strategy) -> String {
        "\(PlanElement.strategy(strategy.id).japaneseTerm)　\(strategy.title)"
    }

    /// `1-2-3　title` — an initiative in a table that already says 具体的取組.
    public static func heading(of initiative: Initiative) -> String {
        "\(initiative.id)　\(initiative.title)"
    }

    /// `取組項目1　title`.
    public static func heading(of item: ReformItem) -> String {
        "\(PlanElement.reformItem(item.number).japaneseTerm)　\(item.title)"
    }

    /// An outcome indicator with its target and measurements:
    /// `区民の満足度（目標：80%以上）　令和3年度 目標 70% 実績 72%`.
    public static func text(of indicator: OutcomeIndicator) -> String {
        var parts = [indicator.target.map { "\(indicator.name)（目標：\($0)）" } ?? indicator.name]
        for measurement in indicator.measurements {
            let target = measurement.target.map { " 目標 \($0)" } ?? ""
            let actual = measurement.actual.map { " 実績 \($0)" } ?? ""
            let rating = measurement.rating.map { " 達成状況 \($0)" } ?? ""
            parts.append("\(measurement.fiscalYear.japaneseLabel)\(target)\(actual)\(rating)")
        }
        return parts.joined(separator: "　")
    }

    /// A 経営課題's budget or settlement line: `令和6年度 予算額 56,000千円`.
    public static func text(of line: IssueBudgetLine) -> String {
        "\(line.fiscalYear.japaneseLabel) \(line.kind.japaneseName) \(line.amount)"
    }

    /// Where an issue's total comes from, in words: `具体的取組の合計`, `経営課題の予算額`, `予算なし`.
    public static func basis(_ basis: IssueBudget.Basis) -> String {
        switch basis {
        case .initiatives: "具体的取組の合計"
        case .statedBudget: "経営課題の予算額"
        case .none: noBudget
        }
    }

    /// A share or ratio as a percentage with one decimal, `6.5%`; `—` when there is none (a zero total).
    public static func percent(_ ratio: BudgetRatio?) -> String {
        ratio?.percent() ?? "—"
    }

    /// A per-mille value already rounded (`65`) as a percentage with one decimal (`6.5%`); `—` for none.
    public static func percent(perMille: Int?) -> String {
        guard let perMille else { return "—" }
        return "\(perMille < 0 ? "-" : "")\(perMille.magnitude / 10).\(perMille.magnitude % 10)%"
    }

    /// The share of a plan total in itself: `100.0%`, or `—` when the total is zero.
    public static func fullShare(of total: ThousandYen) -> String {
        percent(BudgetRatio(total, of: total))
    }

    /// An amount with separators and no unit (`5,237`), or ``noBudget`` when there is none.
    public static func amount(_ amount: ThousandYen?) -> String {
        amount?.grouped ?? noBudget
    }
}
