/// 戦略 — a strategy under a 経営課題, numbered `N-M`.
public struct Strategy: Sendable, Codable, Equatable, Hashable {
    /// The strategy's id, `N-M`.
    public var id: ItemID
    /// The strategy's title.
    public var title: String
    /// めざす状態 — the state the strategy aims for.
    public var targetState: String?
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
        targetState: String? = nil,
        description: String? = nil,
        outcomeIndicators: [OutcomeIndicator] = [],
        interimReview: String? = nil,
        selfEvaluation: String? = nil,
        initiatives: [Initiative] = []
    ) {
        self.id = id
        self.title = title
        self.targetState = targetState
        self.description = description
        self.outcomeIndicators = outcomeIndicators
        self.interimReview = interimReview
        self.selfEvaluation = selfEvaluation
        self.initiatives = initiatives
    }

    private enum CodingKeys: String, CodingKey {
        case id, title, targetState, description, outcomeIndicators, interimReview, selfEvaluation, initiatives
    }

    /// Reads a strategy; its めざす状態, added later, may be absent, as in data written before it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ItemID.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        targetState = try container.decodeIfPresent(String.self, forKey: .targetState)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        outcomeIndicators = try container.decode([OutcomeIndicator].self, forKey: .outcomeIndicators)
        interimReview = try container.decodeIfPresent(String.self, forKey: .interimReview)
        selfEvaluation = try container.decodeIfPresent(String.self, forKey: .selfEvaluation)
        initiatives = try container.decode([Initiative].self, forKey: .initiatives)
    }
}
