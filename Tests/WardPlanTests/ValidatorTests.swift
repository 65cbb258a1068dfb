import Testing
import WardPlan
import TestSupport

@Suite("Validation")
struct ValidatorTests {
    private func messages(_ plan: OperatingPlan) -> [(Diagnostic.Severity, String)] {
        PlanValidator().validate(plan).map { ($0.severity, $0.message.english) }
    }

    @Test("a complete plan of an Osaka City ward has no diagnostics")
    func cleanPlan() {
        var plan = Fixtures.smallPlan()
        plan.ward = Ward(name: "東住吉区", code: "271217")
        #expect(PlanValidator().validate(plan).isEmpty)
    }

    @Test("a ward that is not one of the 24 is a note; one that nearly is (東住吉, 大阪市東住吉区) a warning")
    func wardNames() {
        var plan = Fixtures.smallPlan()
        #expect(messages(plan).map(\.0) == [.note])
        #expect(messages(plan).first?.1 == "the ward \"テスト区\" is not one of Osaka City's 24 wards, so it has no 全国地方公共団体コード")
        for name in ["東住吉", "大阪市東住吉区", "東住吉 区"] {
            plan.ward = Ward(name: name)
            #expect(messages(plan).map(\.1) == ["the ward \"\(name)\" is not one of Osaka City's 24 wards (did you mean 東住吉区?)"])
            #expect(messages(plan).map(\.0) == [.warning])
        }
    }

    @Test("an id whose prefix disagrees with its parent is an error")
    func prefixMismatch() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].id = try #require(ItemID(canonical: "1-2"))
        plan.issues[0].strategies[0].initiatives[0].id = try #require(ItemID(canonical: "1-3-1"))
        let found = messages(plan)
        #expect(found.contains { $0.0 == .error && $0.1 == "具体的取組 1-3-1 sits under 戦略 1-2, so its id should begin with 1-2" })
        plan.issues[1].strategies[0].id = try #require(ItemID(canonical: "1-9"))
        #expect(messages(plan).contains { $0.0 == .error && $0.1.hasPrefix("戦略 1-9 sits under 経営課題 2") })
    }

    @Test("duplicate ids and numbers are errors")
    func duplicates() {
        var plan = Fixtures.smallPlan()
        plan.issues[0].strategies[0].initiatives[1].id = plan.issues[0].strategies[0].initiatives[0].id
        plan.reformItems.append(plan.reformItems[0])
        plan.issues.append(plan.issues[1])
        let found = messages(plan)
        #expect(found.contains { $0.0 == .error && $0.1 == "具体的取組 1-1-1 appears more than once" })
        #expect(found.contains { $0.0 == .error && $0.1 == "取組項目 1 appears more than once" })
        #expect(found.contains { $0.0 == .error && $0.1 == "経営課題 2 appears more than once" })
    }

    @Test("a missing goal or mission is an error; a missing head or policy a warning")
    func missingFrontMatter() {
        var plan = Fixtures.smallPlan()
        plan.goal = nil
        plan.mission = "  "
        plan.head = nil
        plan.policy = []
        let found = messages(plan)
        #expect(found.contains { $0.0 == .error && $0.1 == "the plan has no 区の目標 (goal)" })
        #expect(found.contains { $0.0 == .error && $0.1 == "the plan has no 区の使命 (mission)" })
        #expect(found.contains { $0.0 == .warning && $0.1 == "the plan names no 区長 (head)" })
        #expect(found.contains { $0.0 == .warning && $0.1 == "the plan has no 区運営の基本的な考え方 (policy)" })
    }

    @Test("a title of white space alone (ideographic, no-break, line separator) is no title; one that starts with it is")
    func blankTitles() {
        let titles = ["\u{3000}\u{3000}", "\u{00A0}", " \u{2028}\t", "\u{3000}地域福祉", "\u{3001}", "、", "ア"]
        for (index, title) in titles.enumerated() {
            var plan = Fixtures.smallPlan()
            plan.issues[0].strategies[0].initiatives[0].title = title
            let untitled = messages(plan).contains { $0.0 == .warning && $0.1 == "具体的取組 1-1-1 has no title" }
            #expect(untitled == (index < 3), "title \(title.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("a negative budget is an error")
    func negativeBudget() {
        var plan = Fixtures.smallPlan()
        plan.issues[1].strategies[0].initiatives[0].budget = ThousandYen(-5)
        #expect(messages(plan).contains { $0.0 == .error && $0.1 == "具体的取組 2-1-1 has a negative budget (-5千円)" })
    }

    @Test("an issue with no strategy is an error; a strategy with no initiative a warning")
    func emptyBranches() {
        var plan = Fixtures.smallPlan()
        plan.issues[1].strategies = []
        plan.issues[0].strategies[0].initiatives = []
        let found = messages(plan)
        #expect(found.contains { $0.0 == .error && $0.1 == "経営課題 2 has no 戦略 (strategy)" })
        #expect(found.contains { $0.0 == .warning && $0.1 == "戦略 1-1 has no 具体的取組 (initiative)" })
    }

    @Test("an issue's own 予算額 for the year that its 具体的取組 do not add up to is a warning; the 具体的取組 count")
    func statedBudgetDisagrees() throws {
        var plan = Fixtures.smallPlan()
        let total = try IssueBudget(plan.issues[0], fiscalYear: plan.fiscalYear).total
        plan.issues[0].budgetLines = [
            IssueBudgetLine(kind: .budget, fiscalYear: plan.fiscalYear, amount: ThousandYen(total.amount + 1), text: "予算額"),
        ]
        let found = messages(plan).filter { $0.0 == .warning }.map(\.1)
        #expect(found == ["経営課題 1 states a \(plan.fiscalYear.japaneseLabel)予算額 of \(ThousandYen(total.amount + 1)), but its 具体的取組 "
                          + "add up to \(total); the sum of the 具体的取組 is counted"])
        #expect(try PlanBudget(plan).issues[0].total == total)
        plan.issues[0].budgetLines[0].amount = total
        #expect(messages(plan).filter { $0.0 == .warning }.isEmpty)
        plan.issues[0].sdgs = [18]
        #expect(messages(plan).contains { $0.0 == .error && $0.1 == "経営課題 1 names SDG 18; the goals are numbered 1 to 17" })
    }

    @Test("what a layout does not carry is not asked for: a head on web pages, 具体的取組 in the 2023+ layout")
    func expectations() {
        var plan = Fixtures.smallPlan()
        plan.head = nil
        for index in plan.issues.indices { for s in plan.issues[index].strategies.indices { plan.issues[index].strategies[s].initiatives = [] } }
        let all = PlanValidator().validate(plan).filter { $0.severity == .warning }.map(\.message.english)
        #expect(all.contains("the plan names no 区長 (head)"))
        #expect(all.contains { $0.hasSuffix("has no 具体的取組 (initiative)") })
        let webPage = PlanValidator(expecting: .init(head: false, initiatives: false)).validate(plan).filter { $0.severity == .warning }
        #expect(webPage.isEmpty)
    }

    @Test("skipped numbers are normal")
    func skipsAreFine() throws {
        var plan = Fixtures.smallPlan()
        plan.issues[1].strategies[0].id = try #require(ItemID(canonical: "2-4"))
        plan.issues[1].strategies[0].initiatives[0].id = try #require(ItemID(canonical: "2-4-3"))
        #expect(PlanValidator().validate(plan).filter { $0.severity > .note }.isEmpty)
    }

    @Test("diagnostics carry the location from the source map and print as path:line:column")
    func locations() throws {
        var plan = Fixtures.smallPlan()
        plan.goal = nil
        var map = SourceMap(file: "plan.txt")
        map.record(.goal, line: 7, column: 1)
        let diagnostic = try #require(PlanValidator().validate(plan, sourceMap: map).first)
        #expect(diagnostic.location == SourceLocation(file: "plan.txt", line: 7, column: 1, field: "区の目標 (goal)"))
        #expect(diagnostic.description == "plan.txt:7:1: error: the plan has no 区の目標 (goal) [区の目標 (goal)]")
    }

    @Test("an issue numbered below 1 is an error")
    func numberBelowOne() {
        var plan = Fixtures.smallPlan()
        plan.issues[0].number = -1
        #expect(PlanValidator().validate(plan).contains { $0.severity == .error && $0.message.english == "経営課題 -1 is not a number plans use (1, 2, 3, …)" })
    }
}
