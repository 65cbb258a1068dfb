/// 市政改革計画 取組項目 — an item of the plan under the city reform plan (様式3).
public struct ReformItem: Sendable, Codable, Equatable, Hashable {
    /// The item's number (取組項目 N).
    public var number: Int
    /// The item's title.
    public var title: String
    /// 改革の柱 — the pillar of the reform plan the item serves, e.g. `3-3(4)`.
    public var pillar: ReformPillarRef?
    /// 取組内容 — the actions, one per bullet.
    public var actions: [String]
    /// 目標 — the target.
    public var target: String?
    /// 中間振り返り — the mid-year review, once written.
    public var interimReview: String?
    /// 自己評価 — the self-evaluation, once written.
    public var selfEvaluation: String?

    /// Creates a reform item; target and review fields start empty, as in a draft.
    public init(
        number: Int,
        title: String,
        pillar: ReformPillarRef? = nil,
        actions: [String] = [],
        target: String? = nil,
        interimReview: String? = nil,
        selfEvaluation: String? = nil
    ) {
        self.number = number
        self.title = title
        self.pillar = pillar
        self.actions = actions
        self.target = target
        self.interimReview = interimReview
        self.selfEvaluation = selfEvaluation
    }
}
