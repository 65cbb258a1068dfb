/// 区運営方針 — one ward's operating plan for one fiscal year, in one publication state.
///
/// Text fields keep the published text exactly as it was written; normalisation is only
/// ever used to *match* text, never to store it.
public struct OperatingPlan: Sendable, Codable, Equatable, Hashable {
    /// 区 — the ward that publishes the plan.
    public var ward: Ward
    /// 年度 — the fiscal year the plan covers (April–March).
    public var fiscalYear: FiscalYear
    /// The publication state (素案, 案, final, …).
    public var status: PlanStatus
    /// The title as published, e.g. `令和2年度 東住吉区運営方針(案)`.
    public var title: String?
    /// 区長 — the ward mayor's name.
    public var head: String?
    /// 区の目標 — what the ward aims for.
    public var goal: String?
    /// 区の使命 — the role the ward takes on.
    public var mission: String?
    /// 区運営の基本的な考え方 (区の方針) — the policy, one entry per paragraph.
    public var policy: [String]
    /// 経営課題 — the key management issues (様式2).
    public var issues: [ManagementIssue]
    /// 市政改革計画 取組項目 — the items under the city reform plan (様式3).
    public var reformItems: [ReformItem]
    /// 自己評価 — the plan-level self-evaluation, once written.
    public var selfEvaluation: SelfEvaluation?

    /// Creates a plan; everything but ward, year and status may start empty.
    public init(
        ward: Ward,
        fiscalYear: FiscalYear,
        status: PlanStatus,
        title: String? = nil,
        head: String? = nil,
        goal: String? = nil,
        mission: String? = nil,
        policy: [String] = [],
        issues: [ManagementIssue] = [],
        reformItems: [ReformItem] = [],
        selfEvaluation: SelfEvaluation? = nil
    ) {
        self.ward = ward
        self.fiscalYear = fiscalYear
        self.status = status
        self.title = title
        self.head = head
        self.goal = goal
        self.mission = mission
        self.policy = policy
        self.issues = issues
        self.reformItems = reformItems
        self.selfEvaluation = selfEvaluation
    }

    /// Every 具体的取組 of the plan, in document order, with the issue and strategy it sits under.
    public var initiativeEntries: [InitiativeEntry] {
        issues.flatMap { issue in
            issue.strategies.flatMap { strategy in
                strategy.initiatives.map { InitiativeEntry(issue: issue, strategy: strategy, initiative: $0) }
            }
        }
    }
}

/// One 具体的取組 together with the 経営課題 and 戦略 it belongs to: a flat row of the plan.
public struct InitiativeEntry: Sendable, Equatable {
    /// The 経営課題 the initiative sits under.
    public var issue: ManagementIssue
    /// The 戦略 the initiative sits under.
    public var strategy: Strategy
    /// The 具体的取組 itself.
    public var initiative: Initiative
}
