/// 経営課題 — a key management issue of the plan (様式2 details one per page).
public struct ManagementIssue: Sendable, Codable, Equatable, Hashable {
    /// The issue's number (経営課題 N).
    public var number: Int
    /// The issue's title.
    public var title: String
    /// 概要 — the summary.
    public var summary: String?
    /// めざす状態 — the state the ward aims for.
    public var targetState: String?
    /// 現状・課題 — the current situation and its problems.
    public var currentSituation: String?
    /// 要因分析 — the analysis of causes.
    public var causeAnalysis: String?
    /// 戦略 — the strategies that address the issue.
    public var strategies: [Strategy]

    /// Creates an issue; the 様式2 fields start empty, as in a draft.
    public init(
        number: Int,
        title: String,
        summary: String? = nil,
        targetState: String? = nil,
        currentSituation: String? = nil,
        causeAnalysis: String? = nil,
        strategies: [Strategy] = []
    ) {
        self.number = number
        self.title = title
        self.summary = summary
        self.targetState = targetState
        self.currentSituation = currentSituation
        self.causeAnalysis = causeAnalysis
        self.strategies = strategies
    }

    /// Every 具体的取組 under the issue, strategy by strategy.
    public var initiatives: [Initiative] { strategies.flatMap(\.initiatives) }
}
