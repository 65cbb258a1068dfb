import Testing
import WardPlan
import TestSupport

@Suite("Budgets (予算額)")
struct BudgetTests {
    @Test("sums overflow into an error")
    func overflow() throws {
        let big = ThousandYen(Int.max - 1)
        #expect(throws: BudgetError.self) { try ThousandYen.sum([big, ThousandYen(2)]) }
        #expect(throws: BudgetError.self) { try ThousandYen(Int.min).subtracting(ThousandYen(1)) }
        #expect(throws: BudgetError.self) { try big.yen() }
        #expect(try ThousandYen(5237).yen() == 5_237_000)
        #expect(try ThousandYen.sum([ThousandYen(8765), ThousandYen(48467)]) == ThousandYen(57232))
    }

    @Test("amounts print as plans print them")
    func formatting() {
        #expect(ThousandYen(135_783).description == "135,783千円")
        #expect(ThousandYen(781).grouped == "781")
        #expect(ThousandYen(1_000).grouped == "1,000")
        #expect(ThousandYen(-1_234_567).grouped == "-1,234,567")
        for (amount, text) in [
            (0, "0"), (7, "7"), (-7, "-7"), (999, "999"), (-999, "-999"), (100_000, "100,000"), (-100_000, "-100,000"),
            (123_456_789_012, "123,456,789,012"), (-123_456_789_012, "-123,456,789,012"),
            (Int.max, "9,223,372,036,854,775,807"), (Int.min, "-9,223,372,036,854,775,808"),
        ] {
            #expect(ThousandYen(amount).grouped == text)
        }
    }

    @Test("roll-ups per strategy, issue and plan, with counts and shares")
    func planRollUp() throws {
        let budget = try PlanBudget(Fixtures.smallPlan())
        #expect(budget.total == ThousandYen(4000))
        #expect(budget.issues.map(\.total) == [ThousandYen(1000), ThousandYen(3000)])
        #expect(budget.issues[0].strategies[0].total == ThousandYen(1000))
        #expect(budget.initiativeCount == 3)
        #expect(budget.unbudgetedInitiativeCount == 1)
        #expect(budget.budgetedInitiativeCount == 2)
        #expect(budget.share(of: budget.issues[0])?.perMille == 250)
        #expect(budget.share(of: budget.issues[1])?.percent() == "75.0%")
    }

    @Test("a plan whose budgets overflow when added fails to roll up")
    func planOverflow() {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].initiatives[1].budget = ThousandYen(Int.max)
        #expect(throws: BudgetError.self) { try PlanBudget(plan) }
    }

    @Test("ratios round half away from zero, exactly, even for huge amounts")
    func ratios() throws {
        #expect(BudgetRatio(ThousandYen(8765), of: ThousandYen(135_783))?.perMille == 65)
        #expect(BudgetRatio(ThousandYen(781), of: ThousandYen(135_783))?.percent() == "0.6%")
        #expect(BudgetRatio(ThousandYen(1), of: ThousandYen(8))?.perMille == 125)
        #expect(BudgetRatio(ThousandYen(1), of: ThousandYen(16))?.perMille == 63)
        #expect(BudgetRatio(ThousandYen(-1), of: ThousandYen(16))?.perMille == -63)
        #expect(BudgetRatio(ThousandYen(Int.max), of: ThousandYen(Int.max))?.perMille == 1000)
        #expect(BudgetRatio(ThousandYen(1), of: .zero) == nil)
        let yearOverYear = try #require(BudgetRatio(ThousandYen(9_300_000_000_000_000), of: ThousandYen(1)))
        #expect(yearOverYear.perMille == nil)
        #expect(yearOverYear.scaledExactly(by: 1000) == Int128(9_300_000_000_000_000) * 1000)
        #expect(yearOverYear.percent() == "930000000000000000.0%")
        #expect(BudgetRatio(ThousandYen(Int.max), of: ThousandYen(-1))?.percent(decimals: 0) == "-922337203685477580700%")
        #expect(BudgetRatio(ThousandYen(2), of: ThousandYen(3))?.percent(decimals: 2) == "66.67%")
    }

    @Test("year over year: delta and ratio between two plans of a ward")
    func yearOverYear() throws {
        let change = try BudgetChange(from: BudgetedPlan(Fixtures.smallPlan(year: 2020)), to: BudgetedPlan(Fixtures.smallPlan(year: 2021, scale: 2)))
        #expect(change.previous == ThousandYen(4000))
        #expect(change.current == ThousandYen(8000))
        #expect(change.delta == ThousandYen(4000))
        #expect(change.ratio?.perMille == 2000)
        #expect(change.relativeChange?.percent() == "100.0%")
        #expect(try BudgetChange(from: .zero, to: ThousandYen(5)).ratio == nil)
    }

    @Test("totals across plans by ward, by fiscal year and by both")
    func ledger() throws {
        var ledger = BudgetLedger()
        let plans = [
            Fixtures.smallPlan(ward: "北区", year: 2020), Fixtures.smallPlan(ward: "北区", year: 2021, scale: 3),
            Fixtures.smallPlan(ward: "西区", year: 2021),
        ]
        for plan in plans { try ledger.add(plan, budget: try PlanBudget(plan)) }
        #expect(ledger.total == ThousandYen(4000 + 12000 + 4000))
        #expect(ledger.byWard["北区"] == ThousandYen(16000))
        #expect(ledger.byFiscalYear[FiscalYear(2021)] == ThousandYen(16000))
        #expect(ledger.byWardAndYear[.init(ward: "西区", fiscalYear: FiscalYear(2021))] == ThousandYen(4000))
        #expect(ledger.total(of: .init(ward: "北区", fiscalYear: FiscalYear(2021))) == ThousandYen(12000))
        #expect(ledger.total(of: .init(ward: "西区", fiscalYear: FiscalYear(2020))) == nil)
        #expect(ledger.byWardAndYear.count == 3)
        let changes = try ledger.yearOverYear()
        #expect(changes.count == 1)
        #expect(changes.first?.ward == "北区")
        #expect(changes.first?.change.delta == ThousandYen(8000))
        #expect(changes.first?.change.ratio?.perMille == 3000)
    }

    @Test("a ward named in composed and in decomposed form is one ward, as Swift compares names; the name kept is the first")
    func ledgerWardNamesCompareCanonically() throws {
        let composed = "ガ区"  // U+30AC
        let decomposed = "カ\u{3099}区"  // U+30AB and the combining voiced mark
        #expect(composed == decomposed && Array(composed.utf8) != Array(decomposed.utf8))
        var ledger = BudgetLedger()
        for plan in [Fixtures.smallPlan(ward: composed, year: 2020), Fixtures.smallPlan(ward: decomposed, year: 2021, scale: 3)] {
            try ledger.add(plan, budget: try PlanBudget(plan))
        }
        #expect(ledger.byWard.count == 1)
        #expect(ledger.byWard.keys.first.map { Array($0.utf8) } == Array(composed.utf8))
        #expect(ledger.byWard[decomposed] == ThousandYen(16000))
        #expect(ledger.byWardAndYear[.init(ward: decomposed, fiscalYear: FiscalYear(2020))] == ThousandYen(4000))
        #expect(ledger.byWardAndYear.count == 2)
    }

    @Test("a ward's plans in any order, apart or one after another, give the same ledger")
    func ledgerOrder() throws {
        let plans = [
            Fixtures.smallPlan(ward: "北区", year: 2020), Fixtures.smallPlan(ward: "北区", year: 2021, scale: 3),
            Fixtures.smallPlan(ward: "西区", year: 2020, scale: 2), Fixtures.smallPlan(ward: "北区", year: 2022),
        ]
        var inOrder = BudgetLedger()
        for plan in plans { try inOrder.add(plan, budget: try PlanBudget(plan)) }
        var interleaved = BudgetLedger()
        for index in [0, 2, 1, 3] { try interleaved.add(plans[index], budget: try PlanBudget(plans[index])) }
        #expect(inOrder == interleaved)
        #expect(interleaved.byWard == ["北区": ThousandYen(4000 + 12000 + 4000), "西区": ThousandYen(8000)])
        #expect(interleaved.total(of: .init(ward: "北区", fiscalYear: FiscalYear(2022))) == ThousandYen(4000))
        // Names one after another that are not the same ward: a prefix, a longer name, the same length apart in the
        // last bytes or in the first; and the first name again.
        var similar = BudgetLedger()
        for (ward, year) in [("東住吉区", 2020), ("東住吉", 2020), ("東住吉区区", 2020), ("東住吉匹", 2020), ("西住吉区", 2020),
                             ("東住吉区", 2021)] {
            let plan = Fixtures.smallPlan(ward: ward, year: year)
            try similar.add(plan, budget: try PlanBudget(plan))
        }
        #expect(similar.byWard.count == 5)
        #expect(similar.byWard["東住吉区"] == ThousandYen(8000))
        #expect(similar.byWard["東住吉匹"] == ThousandYen(4000))
    }

    @Test("an issue's roll-up within its plan's equals the issue's own, and its strategies are its own")
    func issueRollUpStandsAlone() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[1].strategies.append(Strategy(id: ItemID([2, 2])!, title: "戦略2-2", initiatives: [
            Initiative(id: ItemID([2, 2, 1])!, title: "取組2-2-1", budget: ThousandYen(700)),
        ]))
        let budget = try PlanBudget(plan)
        #expect(budget.issues[1].strategies.map(\.total) == [ThousandYen(3000), ThousandYen(700)])
        #expect(budget.issues[1].total == ThousandYen(3700))
        for (index, issue) in plan.issues.enumerated() {
            let alone = try IssueBudget(issue, fiscalYear: plan.fiscalYear)
            #expect(budget.issues[index] == alone)
            #expect(budget.issues[index].strategies.map(\.id) == issue.strategies.map(\.id))
            #expect(budget.issues[index].initiativeCount == issue.strategies.reduce(0) { $0 + $1.initiatives.count })
        }
        #expect(budget.issues[0] != budget.issues[1])
        let budgeted = try BudgetedPlan(plan)
        #expect(budgeted.issues[1].strategies.map(\.budget.id) == plan.issues[1].strategies.map(\.id))
    }
}
