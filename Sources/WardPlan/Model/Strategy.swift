/// 戦略 — a strategy under a 経営課題, numbered `N-M`.
public struct Strategy: Sendable, Codable, Equatable, Hashable {
    /// The strategy's id, `N-M`.
    public var id: ItemID
    /// The strategy's title.
    public var title: String
    /// What the strategy does.
    public var description: String?
    /// 戦略のアウトカム指標 — outcome indicators with their targets and results.
    public var outcomeIndicators: [OutcomeIndicator]
    /// 中間振り返り — the mid-year review, once written.
    public var interimReview: String?
    /// 自己評価 — the self-evaluation, once written.
    public var selfEvaluation: String?
    /// 具体的取組 — the concrete initiatives of the strategy.
    public var initiatives: [Initiative]

    /// Creates a strategy; review fields start empty, as in a draft.
    public init(
        id: ItemID,
        title: String,
        description: String? = nil,
        outcomeIndicators: [OutcomeIndicator] = [],
        interimReview: String? = nil,
        selfEvaluation: String? = nil,
        initiatives: [Initiative] = []
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.outcomeIndicators = outcomeIndicators
        self.interimReview = interimReview
        self.selfEvaluation = selfEvaluation
        self.initiatives = initiatives
    }
}
