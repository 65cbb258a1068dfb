/// 具体的取組 — a concrete initiative under a 戦略, numbered `N-M-K`, with its budget.
public struct Initiative: Sendable, Codable, Equatable, Hashable {
    /// The initiative's id, `N-M-K`.
    public var id: ItemID
    /// The initiative's title.
    public var title: String
    /// 取組内容 — what the initiative does.
    public var description: String?
    /// 予算額 — the budget in thousands of yen; absent when the plan gives none.
    public var budget: ThousandYen?
    /// 業績目標 — the performance target.
    public var performanceTarget: String?
    /// 中間振り返り — the mid-year review, once written.
    public var interimReview: String?
    /// 自己評価 — the self-evaluation, once written.
    public var selfEvaluation: String?

    /// Creates an initiative; the target and review fields start empty, as in a draft.
    public init(
        id: ItemID,
        title: String,
        description: String? = nil,
        budget: ThousandYen? = nil,
        performanceTarget: String? = nil,
        interimReview: String? = nil,
        selfEvaluation: String? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.budget = budget
        self.performanceTarget = performanceTarget
        self.interimReview = interimReview
        self.selfEvaluation = selfEvaluation
    }
}
