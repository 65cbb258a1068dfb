import Testing
import TestSupport
@testable import WardPlan
import WardPlanSynthetic

/// A ledger's totals by ward, year and 経営課題, and its roll-up of plans without a ``PlanBudget``.
@Suite("Ledger: issue totals")
struct LedgerIssueTotalsTests {
    /// An issue of a test plan: its number, its initiatives' budgets (`nil` for none) and its stated 予算額.
    private struct IssueSpec {
        let number: Int
        let budgets: [Int?]
        var stated: Int? = nil
    }

    private func issue(_ number: Int, _ budgets: Int?..., stated: Int? = nil) -> IssueSpec {
        IssueSpec(number: number, budgets: budgets, stated: stated)
    }

    private func plan(
        _ ward: String = "北区", year: Int = 2024, status: PlanStatus = .final, issues: [IssueSpec]
    ) -> OperatingPlan {
        var plan = Fixtures.smallPlan(ward: ward, year: year)
        plan.status = status
        plan.issues = issues.map { spec in
            let initiatives = spec.budgets.enumerated().map { offset, budget in
                Initiative(id: ItemID([spec.number, 1, offset + 1])!, title: "取組", budget: budget.map(ThousandYen.init))
            }
            var issue = ManagementIssue(number: spec.number, title: "課題\(spec.number)", strategies: [
                Strategy(id: ItemID([spec.number, 1])!, title: "戦略", initiatives: initiatives),
            ])
            issue.budgetLines = spec.stated.map {
                [IssueBudgetLine(kind: .budget, fiscalYear: FiscalYear(year), amount: ThousandYen($0), text: "予算額")]
            } ?? []
            return issue
        }
        return plan
    }

    private func cell(_ ward: String = "北区", _ year: Int = 2024) -> BudgetLedger.Cell {
        .init(ward: ward, fiscalYear: FiscalYear(year))
    }

    private func totals(_ ledger: BudgetLedger, _ cell: BudgetLedger.Cell) -> [[Int]] {
        ledger.issueTotals(of: cell).map { [$0.number, $0.total.amount, $0.isBudgeted ? 1 : 0] }
    }

    @Test("each issue's total: its initiatives' sum, else its stated 予算額, else 0 and unbudgeted; issues out of order or under one number are ordered and added")
    func issueBasis() throws {
        let source = plan(issues: [
            issue(3, nil, stated: 900),
            issue(1, 100, nil, 20, stated: 5),
            issue(2, nil),
            issue(1, 7),
        ])
        var ledger = BudgetLedger()
        #expect(try ledger.add(source))
        #expect(totals(ledger, cell()) == [[1, 127, 1], [2, 0, 0], [3, 900, 1]])
        #expect(ledger.total == ThousandYen(1_027))
        #expect(ledger.total(of: cell()) == ThousandYen(1_027))
        #expect(ledger.issueTotals(of: cell("西区")).isEmpty)
        var withBudget = BudgetLedger()
        try withBudget.add(source, budget: try PlanBudget(source))
        #expect(withBudget == ledger)
    }

    @Test("the latest version's issues replace the earlier one's; a version set aside changes none")
    func latestVersionsIssues() throws {
        var ledger = BudgetLedger()
        try ledger.add(plan(status: .draft, issues: [issue(1, 10), issue(2, 20), issue(3, 30)]))
        try ledger.add(plan("西区", status: .final, issues: [issue(1, 1)]))
        try ledger.add(plan(status: .final, issues: [issue(1, 11), issue(2, 22)]))
        let stored = ledger.storedIssueTotals
        #expect(try !ledger.add(plan(status: .outline, issues: [issue(9, 99)])))
        #expect(ledger.storedIssueTotals == stored)
        #expect(totals(ledger, cell()) == [[1, 11, 1], [2, 22, 1]])
        #expect(totals(ledger, cell("西区")) == [[1, 1, 1]])
        #expect(ledger.total == ThousandYen(34))
    }

    @Test("with every version counted, issues of one number are added together")
    func allVersionsIssues() throws {
        var ledger = BudgetLedger(policy: .all)
        try ledger.add(plan(status: .draft, issues: [issue(1, 10), issue(3, nil)]))
        try ledger.add(plan("西区", status: .final, issues: [issue(1, 1)]))
        try ledger.add(plan(status: .final, issues: [issue(2, 20), issue(3, nil, stated: 30)]))
        #expect(totals(ledger, cell()) == [[1, 10, 1], [2, 20, 1], [3, 30, 1]])
        #expect(ledger.total(of: cell()) == ThousandYen(60))
    }

    @Test("versions arriving in any order, among other ward-years, leave each ward-year the issues of the versions counted",
          arguments: [VersionPolicy.latest, .all])
    func issuesFollowTheCountedVersions(policy: VersionPolicy) throws {
        var generator = SplitMix64(seed: 7)
        let wards = ["北区", "西区", "東区"]
        var plans: [OperatingPlan] = []
        for ward in wards {
            for year in 2020...2022 {
                for status in PlanStatus.allCases where generator.next() % 3 != 0 {
                    let issues = (1...Int(1 + generator.next() % 6)).map { number in
                        issue(number, Int(generator.next() % 1_000))
                    }
                    plans.append(plan(ward, year: year, status: status, issues: issues))
                }
            }
        }
        for _ in 0..<5 {
            plans.shuffle(using: &generator)
            var ledger = BudgetLedger(policy: policy)
            for plan in plans { try ledger.add(plan) }
            for ward in wards {
                for year in 2020...2022 {
                    let versions = plans.filter { $0.ward.name == ward && $0.fiscalYear.startYear == year }
                    // The latest version alone, or every one.
                    let counted = policy == .latest ? versions.max { $0.status < $1.status }.map { [$0] } ?? [] : versions
                    var expected: [Int: Int] = [:]
                    for plan in counted {
                        for issue in try PlanBudget(plan).issues { expected[issue.number, default: 0] += issue.total.amount }
                    }
                    let found = ledger.issueTotals(of: cell(ward, year))
                    #expect(Dictionary(found.map { ($0.number, $0.total.amount) }, uniquingKeysWith: +) == expected)
                    #expect(found.map(\.number) == expected.keys.sorted())
                }
            }
        }
    }

    @Test("ward-years whose versions, taking turns, bring more issues each time keep their latest version's issues")
    func versionsGrowingInTurns() throws {
        let wards = ["北区", "西区", "東区", "南区", "中央区"]
        var ledger = BudgetLedger()
        for (offset, status) in PlanStatus.allCases.enumerated() {
            for (index, ward) in wards.enumerated() {
                let issues = (1...offset + 1).map { issue($0, index * 100 + offset * 10 + $0) }
                #expect(try ledger.add(plan(ward, status: status, issues: issues)))
            }
            for (index, ward) in wards.enumerated() {
                #expect(totals(ledger, cell(ward)) == (1...offset + 1).map { [$0, index * 100 + offset * 10 + $0, 1] })
            }
        }
    }

    @Test("plans of no issue open and replace ward-years among others, which keep their issues", arguments: [VersionPolicy.latest, .all])
    func plansOfNoIssue(policy: VersionPolicy) throws {
        var ledger = BudgetLedger(policy: policy)
        try ledger.add(plan(status: .draft, issues: [issue(1, 10), issue(2, 20)]))
        try ledger.add(plan("西区", issues: []))
        try ledger.add(plan(status: .final, issues: []))
        try ledger.add(plan("東区", issues: [issue(1, 5)]))
        try ledger.add(plan("西区", status: .selfEvaluated, issues: []))
        #expect(totals(ledger, cell("西区")).isEmpty)
        #expect(totals(ledger, cell("東区")) == [[1, 5, 1]])
        #expect(totals(ledger, cell()) == (policy == .all ? [[1, 10, 1], [2, 20, 1]] : []))
        #expect(ledger.total(of: cell("西区")) == .zero)
        #expect(ledger.total == ThousandYen(policy == .all ? 35 : 5))
        var again = BudgetLedger(policy: policy)
        try again.add(plan("東区", issues: [issue(1, 5)]))
        #expect(again != ledger)
        try again.add(plan(status: .draft, issues: [issue(1, 10), issue(2, 20)]))
        try again.add(plan(status: .final, issues: []))
        try again.add(plan("西区", status: .selfEvaluated, issues: []))
        try again.add(plan("西区", issues: []))
        #expect(again.issueTotals(of: cell()) == ledger.issueTotals(of: cell()))
        #expect(again.byWardAndYear == ledger.byWardAndYear)
    }

    @Test("many versions set aside, and many replaced, take time in proportion to their number")
    func setAsideStaysLinear() throws {
        let wards = (0..<8_000).map { (index: Int) in "区\(index)" }
        let finals = wards.map { plan($0, issues: [issue(1, 1)]) }
        let drafts = wards.map { plan($0, status: .draft, issues: [issue(1, 1), issue(2, 2)]) }
        let selfEvaluated = wards.map { plan($0, status: .selfEvaluated, issues: [issue(1, 3)]) }
        let ratio = try Linearity.ratio(size: 2_000) { n in
            var ledger = BudgetLedger()
            for index in 0..<n { try ledger.add(finals[index]) }
            for index in 0..<n { #expect(try !ledger.add(drafts[index])) }
            for index in 0..<n { #expect(try ledger.add(selfEvaluated[index])) }
            #expect(ledger.setAside.count == 2 * n)
            #expect(ledger.total == ThousandYen(3 * n))
        }
        #expect(ratio < Linearity.limit)
    }

    @Test("a ledger of plans rolled up in it equals one given their roll-ups, for a generated dataset of many wards, years and versions")
    func rollUpWithoutBudgets() throws {
        let plans = Array(SyntheticDataset(wards: 30, years: 4, initiativesPerPlan: 12, seed: 5))
        var fast = BudgetLedger()
        var given = BudgetLedger()
        for plan in plans {
            let counted = try fast.add(plan, source: "synthetic")
            #expect(try given.add(plan, budget: try PlanBudget(plan), source: "synthetic") == counted)
        }
        #expect(fast == given)
        #expect(fast.setAside.count == plans.count - fast.byWardAndYear.count)
        #expect(fast.byWardAndYear.count == 120)
        let cells = fast.byWardAndYear.keys
        #expect(cells.allSatisfy { cell in
            fast.issueTotals(of: cell).reduce(0) { $0 + $1.total.amount } == fast.total(of: cell)?.amount
        })
    }

    @Test("a plan whose budgets do not add up is refused by name, and leaves the ledger as it was")
    func overflowLeavesLedger() throws {
        var ledger = BudgetLedger()
        try ledger.add(plan("西区", issues: [issue(1, 5)]))
        let before = ledger
        let huge = plan(issues: [issue(1, Int.max), issue(2, 1)])
        #expect(thrownError { try ledger.add(huge, source: "huge.json") } == EnglishError(
            .budgetOverflow,
            "the budgets of 北区 令和6年度 確定 (huge.json) cannot be added up: budget arithmetic overflows: "
                + "9,223,372,036,854,775,807千円 + 1千円"))
        // The plan's total fits, the sum of its two issues numbered 1 does not.
        let twice = plan(issues: [
            issue(1, Int.max), issue(2, -5), issue(1, 1),
        ])
        #expect(thrownError { try ledger.add(twice, budget: try PlanBudget(twice)) }?.kind == .budgetOverflow)
        #expect(thrownError { try ledger.add(twice) }?.kind == .budgetOverflow)
        // A version given twice is refused before its issues are looked at.
        #expect(thrownError { try ledger.add(plan("西区", issues: [issue(1, 1)])) }?.kind == .versionConflict)
        #expect(thrownError { try ledger.add(plan("西区", issues: [issue(1, Int.max), issue(2, -1), issue(1, 1)])) }?
            .kind == .versionConflict)
        var strict = BudgetLedger(policy: .error)
        try strict.add(plan(issues: [issue(1, 1)]))
        #expect(thrownError { try strict.add(plan(status: .draft, issues: [issue(1, 2)])) }?.kind == .versionConflict)
        #expect(strict.storedIssueTotals == 1)
        #expect(ledger.storedIssueTotals == 1)
        #expect(ledger == before)
        try ledger.add(plan(issues: [issue(1, 3)]))
        #expect(totals(ledger, cell()) == [[1, 3, 1]])
        #expect(totals(ledger, cell("西区")) == [[1, 5, 1]])
    }
}
