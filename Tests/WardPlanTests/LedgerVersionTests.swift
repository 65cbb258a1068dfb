import Testing
import WardPlan
import TestSupport

/// Several versions of one ward's plan for a year (案, 確定, …) count once in every total.
@Suite("Ledger: one version per ward and year")
struct LedgerVersionTests {
    private func version(_ status: PlanStatus, year: Int = 2020, scale: Int = 1) -> OperatingPlan {
        var plan = Fixtures.smallPlan(ward: "東住吉区", year: year, scale: scale)
        plan.status = status
        return plan
    }

    private func ledger(_ plans: [(OperatingPlan, String)], policy: VersionPolicy = .latest) throws -> BudgetLedger {
        var ledger = BudgetLedger(policy: policy)
        for (plan, source) in plans { try ledger.add(plan, budget: try PlanBudget(plan), source: source) }
        return ledger
    }

    @Test("案 + 確定 + next year's 確定 give the totals of the 確定 alone, in either order; the 案 is named as set aside",
          arguments: [false, true])
    func latest(finalFirst: Bool) throws {
        let draft = (version(.draft, scale: 3), "an.txt")
        let final = (version(.final, scale: 2), "kakutei.txt")
        let next = (version(.final, year: 2021, scale: 4), "r3.txt")
        let counted = try ledger(finalFirst ? [final, draft, next] : [draft, final, next])
        let alone = try ledger([final, next])
        #expect(counted.total == alone.total)
        #expect(counted.total == ThousandYen(8_000 + 16_000))
        #expect(counted.byFiscalYear == alone.byFiscalYear)
        #expect(counted.byWard == alone.byWard)
        #expect(counted.byWardAndYear == alone.byWardAndYear)
        let change = try #require(try counted.yearOverYear().first?.change)
        #expect(change.delta == ThousandYen(8_000))
        #expect(change.ratio?.perMille == 2_000)
        #expect(counted.setAside.map(\.version.description) == ["東住吉区 令和2年度 案 (an.txt)"])
        #expect(counted.setAside.map(\.countedInstead.description) == ["東住吉区 令和2年度 確定 (kakutei.txt)"])
    }

    @Test("素案 → 案 → 確定 arriving in order: both earlier versions are set aside in favour of the 確定")
    func chain() throws {
        let counted = try ledger([(version(.outline), "a"), (version(.draft), "b"), (version(.final, scale: 5), "c")])
        #expect(counted.total == ThousandYen(20_000))
        #expect(counted.setAside.map(\.version.status) == [.outline, .draft])
        #expect(counted.setAside.allSatisfy { $0.countedInstead.source == "c" })
    }

    @Test("versions of two ward-years interleaved: each is set aside for its own ward-year's version, and a state seen in one ward-year is no conflict in another")
    func interleaved() throws {
        func plan(_ ward: String, _ status: PlanStatus, scale: Int = 1) -> (OperatingPlan, String) {
            var plan = Fixtures.smallPlan(ward: ward, year: 2020, scale: scale)
            plan.status = status
            return (plan, "\(ward)-\(status.rawValue)")
        }
        let counted = try ledger([
            plan("北区", .outline), plan("西区", .outline), plan("北区", .draft), plan("西区", .final, scale: 3),
            plan("北区", .final, scale: 2), plan("西区", .draft),
        ])
        #expect(counted.byWard == ["北区": ThousandYen(8_000), "西区": ThousandYen(12_000)])
        #expect(counted.setAside.map(\.version.source) == ["北区-outline", "西区-outline", "北区-draft", "西区-draft"])
        #expect(counted.setAside.map(\.countedInstead.source) == ["北区-final", "西区-final", "北区-final", "西区-final"])
        #expect(throws: WardPlanError.self) { try ledger([plan("北区", .outline), plan("北区", .final), plan("北区", .outline)]) }
    }

    @Test("all adds every version; error refuses a second version, naming both")
    func otherPolicies() throws {
        let all = try ledger([(version(.draft), "an"), (version(.final), "kakutei")], policy: .all)
        #expect(all.total == ThousandYen(8_000))
        #expect(all.setAside.isEmpty)
        let error = #expect(throws: WardPlanError.self) {
            try ledger([(version(.draft), "an"), (version(.final), "kakutei")], policy: .error)
        }
        #expect(error?.kind == .versionConflict)
        #expect(error?.message.english == "東住吉区 令和2年度 確定 (kakutei) and 東住吉区 令和2年度 案 (an) are two versions "
                    + "of one plan; give one, or choose how they count (latest or all)")
        #expect(error?.message.japanese == "東住吉区 令和2年度 確定 (kakutei)と東住吉区 令和2年度 案 (an)は同じ計画の二つの版です。"
                    + "一つだけ与えるか、数え方(latest か all)を選んでください")
    }

    @Test("the same ward, year and state twice is an error naming both inputs, whatever the policy", arguments: VersionPolicy.allCases)
    func sameVersionTwice(policy: VersionPolicy) throws {
        let error = #expect(throws: WardPlanError.self) {
            try ledger([(version(.draft), "a.txt"), (version(.draft), "b.txt")], policy: policy)
        }
        #expect(error?.kind == .versionConflict)
        #expect(error?.message.english == "東住吉区 令和2年度 案 (b.txt) is given twice: also as 東住吉区 令和2年度 案 (a.txt); "
                    + "give each version once")
    }

    @Test("a plan that is refused leaves the ledger as it was: no total, no version, no empty cell", arguments: VersionPolicy.allCases)
    func refusedPlanChangesNothing(policy: VersionPolicy) throws {
        var ledger = try ledger([(version(.draft), "a.txt"), (version(.final, year: 2021), "b.txt")], policy: policy)
        let before = ledger
        let again = version(.draft)
        #expect(throws: WardPlanError.self) { try ledger.add(again, budget: try PlanBudget(again), source: "c.txt") }
        #expect(ledger == before)
        #expect(ledger.countedVersions.count == 2)
        // A plan whose own total fits, but not beside the others'.
        var huge = version(.final, year: 2022)
        huge.issues[0].strategies[0].initiatives[0].budget = ThousandYen(Int.max - 3_000)
        let hugeBudget = try PlanBudget(huge)
        let overflow = #expect(throws: WardPlanError.self) { try ledger.add(huge, budget: hugeBudget, source: "d.txt") }
        #expect(overflow?.kind == .budgetOverflow)
        #expect(ledger == before)
        #expect(ledger.countedVersions.count == 2)
    }
}
