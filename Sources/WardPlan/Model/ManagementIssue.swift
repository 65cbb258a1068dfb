/// 経営課題 — a key management issue of the plan (様式2 details one per page).
public struct ManagementIssue: Sendable, Codable, Equatable, Hashable {
    /// The issue's number (経営課題 N): unique in the plan. A sub-numbered issue (経営課題1-(2)) is numbered
    /// by its position and keeps the published number in ``label``.
    public var number: Int
    /// The number as published when it is not a plain N (`1-(2)`); `nil` otherwise.
    public var label: String?
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
    /// 課題 — the problem the issue sets out to solve, as the 様式2 states it after 要因分析.
    public var problem: String?
    /// 課題認識 — how the ward sees the problem (the 2023+ layout).
    public var problemRecognition: String?
    /// 関連するSDGs — the numbers (1–17) of the Sustainable Development Goals the issue serves.
    public var sdgs: [Int]
    /// 予算額・決算額 — the budget and settlement lines the issue states, in published order.
    public var budgetLines: [IssueBudgetLine]
    /// アウトカム指標 — outcome indicators set for the issue as a whole (the 2023+ layout).
    public var outcomeIndicators: [OutcomeIndicator]
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
        problem: String? = nil,
        label: String? = nil,
        problemRecognition: String? = nil,
        sdgs: [Int] = [],
        budgetLines: [IssueBudgetLine] = [],
        outcomeIndicators: [OutcomeIndicator] = [],
        strategies: [Strategy] = []
    ) {
        self.number = number
        self.label = label
        self.title = title
        self.summary = summary
        self.targetState = targetState
        self.currentSituation = currentSituation
        self.causeAnalysis = causeAnalysis
        self.problem = problem
        self.problemRecognition = problemRecognition
        self.sdgs = sdgs
        self.budgetLines = budgetLines
        self.outcomeIndicators = outcomeIndicators
        self.strategies = strategies
    }

    /// The number the ids of its 戦略 begin with: the first number of ``label`` (`1-(2)` → 1), else ``number``.
    public var idPrefix: Int {
        guard let label else { return number }
        let digits = label.prefix { $0.isASCII && $0.isNumber }
        return Int(digits) ?? number
    }

    /// The number as published: ``label`` when there is one, else ``number``.
    public var publishedNumber: String { label ?? String(number) }

    private enum CodingKeys: String, CodingKey {
        case number, label, title, summary, targetState, currentSituation, causeAnalysis, problem, problemRecognition, sdgs, budgetLines
        case outcomeIndicators, strategies
    }

    /// Reads an issue; the fields added later (課題, SDGs, budget lines, issue-level indicators) may be absent, as
    /// in data written before them.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        label = try container.decodeIfPresent(String.self, forKey: .label)
        title = try container.decode(String.self, forKey: .title)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        targetState = try container.decodeIfPresent(String.self, forKey: .targetState)
        currentSituation = try container.decodeIfPresent(String.self, forKey: .currentSituation)
        causeAnalysis = try container.decodeIfPresent(String.self, forKey: .causeAnalysis)
        problem = try container.decodeIfPresent(String.self, forKey: .problem)
        problemRecognition = try container.decodeIfPresent(String.self, forKey: .problemRecognition)
        sdgs = try container.decodeIfPresent([Int].self, forKey: .sdgs) ?? []
        budgetLines = try container.decodeIfPresent([IssueBudgetLine].self, forKey: .budgetLines) ?? []
        outcomeIndicators = try container.decodeIfPresent([OutcomeIndicator].self, forKey: .outcomeIndicators) ?? []
        strategies = try container.decode([Strategy].self, forKey: .strategies)
    }

    /// Every 具体的取組 under the issue, strategy by strategy.
    public var initiatives: [Initiative] { strategies.flatMap(\.initiatives) }
}
