/// 自己評価 — the plan-level self-evaluation written after the fiscal year.
public struct SelfEvaluation: Sendable, Codable, Equatable, Hashable {
    /// 1年間の取組成果と今後取り組みたいこと — the year's results and what comes next.
    public var achievements: String?
    /// 解決すべき課題と今後の改善方向 — problems to solve and the direction of improvement.
    public var issuesAndImprovements: String?

    /// Creates a self-evaluation.
    public init(achievements: String? = nil, issuesAndImprovements: String? = nil) {
        self.achievements = achievements
        self.issuesAndImprovements = issuesAndImprovements
    }

    /// Whether neither box has been filled in.
    public var isEmpty: Bool { achievements == nil && issuesAndImprovements == nil }
}
