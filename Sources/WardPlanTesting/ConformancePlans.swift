import WardPlan

/// The plans the conformance checker exports: three plans of two wards and two years, with budgeted and
/// unbudgeted initiatives, a plan with no issue at all, reform items, and text that needs escaping in
/// every format (`<&>"'`, commas, line breaks, a leading `=`).
public enum ConformancePlans {
    /// The standard set.
    public static let standard: [OperatingPlan] = [full, empty, nextYear]

    /// A plan with every kind of content.
    public static let full = OperatingPlan(
        ward: Ward(name: "東住吉区", code: "271250"), fiscalYear: FiscalYear(2020), status: .draft,
        title: "令和2年度 東住吉区運営方針(案)", head: "上田 正敏", goal: "安心して暮らせるまち", mission: "区民と共に",
        policy: ["第一の方針", "記号 <&>\"' と, カンマ\n改行"],
        issues: [
            ManagementIssue(number: 1, title: "子育て", summary: "=SUM(A1) 先頭の等号", strategies: [
                Strategy(id: ItemID([1, 1])!, title: "子育て支援", initiatives: [
                    Initiative(id: ItemID([1, 1, 2])!, title: "相談会", description: "月1回", budget: ThousandYen(5_237)),
                    Initiative(id: ItemID([1, 1, 3])!, title: "情報誌", description: nil, budget: nil),
                ]),
            ]),
            ManagementIssue(number: 2, title: "防災", strategies: [
                Strategy(id: ItemID([2, 1])!, title: "訓練", outcomeIndicators: [OutcomeIndicator(name: "参加率", target: "80%以上")],
                         initiatives: [Initiative(id: ItemID([2, 1, 1])!, title: "避難訓練", budget: ThousandYen(130_546))]),
            ]),
        ],
        reformItems: [ReformItem(number: 1, title: "区政会議", pillar: ReformPillarRef(text: "3-3(4)", components: [3, 3, 4]),
                                 actions: ["・意見を聴く", "・公開する"])]
    )

    /// A plan with no issue, no policy and no reform item.
    public static let empty = OperatingPlan(ward: Ward(name: "北区"), fiscalYear: FiscalYear(2020), status: .outline)

    /// The first ward's next year, final.
    public static let nextYear: OperatingPlan = {
        var plan = full
        plan.fiscalYear = FiscalYear(2021)
        plan.status = .final
        plan.title = nil
        return plan
    }()
}
