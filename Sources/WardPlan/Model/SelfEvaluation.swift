/// 自己評価 — the plan-level self-evaluation written after the fiscal year.
public struct SelfEvaluation: Sendable, Codable, Equatable, Hashable {
    /// 1年間の取組成果と今後取り組みたいこと — the year's results and what comes next.
    public var achievements: String?
    /// 解決すべき課題と今後の改善方向 — problems to solve and the direction of improvement.
    public var issuesAndImprovements: String?
    /// 自己評価(運営方針全体の定性評価) — the qualitative evaluation of the whole plan (the 2023+ layout).
    public var overall: String?
    /// 今後の方針 — the course for the years ahead (the 2023+ layout).
    public var futurePolicy: String?

    /// Creates a self-evaluation.
    public init(achievements: String? = nil, issuesAndImprovements: String? = nil, overall: String? = nil, futurePolicy: String? = nil) {
        self.achievements = achievements
        self.issuesAndImprovements = issuesAndImprovements
        self.overall = overall
        self.futurePolicy = futurePolicy
    }

    /// Whether no box has been filled in.
    public var isEmpty: Bool { achievements == nil && issuesAndImprovements == nil && overall == nil && futurePolicy == nil }
}
