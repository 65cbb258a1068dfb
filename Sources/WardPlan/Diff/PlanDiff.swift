/// 新旧対照 — what changed between two plans: two versions of one year (案 → 確定) or two years of one ward.
///
/// Items are matched by number or id, then renumbered ones by title (see ``ItemChange/Match``). Every text
/// field is compared character by character (``TextDiff``); budgets and totals exactly (``AmountChange``).
///
/// ```swift
/// let diff = PlanDiff(from: try BudgetedPlan(draft), to: try BudgetedPlan(final))
/// for issue in diff.issues where issue.kind != .unchanged { print(issue.level.japaneseTerm, issue.newID ?? "") }
/// ```
public struct PlanDiff: Sendable, Equatable, Encodable {
    /// One side of the comparison: which plan it is, and its total.
    public struct Side: Sendable, Equatable, Encodable {
        public let ward: String
        public let fiscalYear: Int
        public let fiscalYearLabel: String
        public let status: String
        public let statusLabel: String
        public let title: String?
        public let total: ThousandYen

        init(_ budgeted: BudgetedPlan) {
            ward = budgeted.plan.ward.name
            fiscalYear = budgeted.plan.fiscalYear.startYear
            fiscalYearLabel = budgeted.plan.fiscalYear.japaneseLabel
            status = budgeted.plan.status.rawValue
            statusLabel = budgeted.plan.status.japaneseName
            title = budgeted.plan.title
            total = budgeted.budget.total
        }

        /// `東住吉区 令和2年度 案`.
        public var label: String { "\(ward) \(fiscalYearLabel) \(statusLabel)" }
    }

    /// The old plan.
    public let old: Side
    /// The new plan.
    public let new: Side
    /// The plan's own fields that changed: ward, year and state (two years or two versions differ there),
    /// title, 区長, 区の目標, 区の使命, 区運営の基本的な考え方, 自己評価.
    public let fields: [FieldChange]
    /// The plan's total before and after, also when it did not change.
    public let total: AmountChange
    /// Changes of the 経営課題, with their 戦略 and 具体的取組 under them; items that did not change are left out.
    public let issues: [ItemChange]
    /// Changes of the 様式3 取組項目.
    public let reformItems: [ItemChange]

    /// Compares `old` with `new`.
    /// - Complexity: linear in the plans' size for items matched by id, and in their text for fields;
    ///   renumbered items are matched by comparing titles (at most 250,000 title pairs per list; past that,
    ///   unmatched items count as removed and added).
    public init(from old: BudgetedPlan, to new: BudgetedPlan) {
        self.old = Side(old)
        self.new = Side(new)
        let before = old.plan
        let after = new.plan
        fields = [
            FieldChange.between("ward", "区名", before.ward.name, after.ward.name),
            FieldChange.between("wardCode", "区コード", before.ward.code, after.ward.code),
            FieldChange.between("fiscalYear", "年度", before.fiscalYear.japaneseLabel, after.fiscalYear.japaneseLabel),
            FieldChange.between("status", "状態", before.status.japaneseName, after.status.japaneseName),
            FieldChange.between("title", "表題", before.title, after.title),
            FieldChange.between("head", "区長", before.head, after.head),
            FieldChange.between("goal", "区の目標", before.goal, after.goal),
            FieldChange.between("mission", "区の使命", before.mission, after.mission),
            FieldChange.between("policy", "区運営の基本的な考え方", Self.lines(before.policy), Self.lines(after.policy)),
            FieldChange.between("achievements", "自己評価(達成状況)", before.selfEvaluation?.achievements,
                                after.selfEvaluation?.achievements),
            FieldChange.between("issuesAndImprovements", "自己評価(課題と改善)", before.selfEvaluation?.issuesAndImprovements,
                                after.selfEvaluation?.issuesAndImprovements),
            FieldChange.between("overall", "自己評価(全体の定性評価)", before.selfEvaluation?.overall, after.selfEvaluation?.overall),
            FieldChange.between("futurePolicy", "今後の方針", before.selfEvaluation?.futurePolicy, after.selfEvaluation?.futurePolicy),
        ].compactMap { $0 }
        total = AmountChange.exactly(old.budget.total, new.budget.total)
        let oldIssues = Array(zip(before.issues, old.budget.issues))
        let newIssues = Array(zip(after.issues, new.budget.issues))
        issues = ItemMatcher.pairs(old: oldIssues, new: newIssues, key: \.0.number, title: \.0.title).compactMap { pair in
            ItemComparison.issue(old: pair.old, new: pair.new, match: pair.match)
        }
        reformItems = ItemMatcher.pairs(old: before.reformItems, new: after.reformItems, key: \.number, title: \.title).compactMap {
            ItemComparison.reformItem(old: $0.old, new: $0.new, match: $0.match)
        }
    }

    /// Whether anything at all differs.
    public var hasChanges: Bool { !fields.isEmpty || total.isChange || !issues.isEmpty || !reformItems.isEmpty }

    static func lines(_ paragraphs: [String]) -> String? { paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n") }
}
