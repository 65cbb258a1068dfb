import Testing
import WardPlan
import TestSupport

/// 新旧対照: items matched by id, renumbered ones by title, every change of text and money reported exactly.
@Suite("PlanDiff")
struct PlanDiffTests {
    private func diff(_ old: OperatingPlan, _ new: OperatingPlan) throws -> PlanDiff {
        PlanDiff(from: try BudgetedPlan(old), to: try BudgetedPlan(new))
    }

    private func initiative(_ id: [Int], _ title: String, _ budget: Int?) throws -> Initiative {
        Initiative(id: try #require(ItemID(id)), title: title, budget: budget.map(ThousandYen.init))
    }

    @Test("a plan against itself: no change")
    func same() throws {
        let result = try diff(Fixtures.smallPlan(), Fixtures.smallPlan())
        #expect(!result.hasChanges)
        #expect(result.issues.isEmpty && result.fields.isEmpty && !result.total.isChange)
        #expect(result.total.delta == .zero)
    }

    @Test("Japanese text compares character by character, with no word splitting; a combining mark stays with its letter")
    func japaneseText() {
        let diff = TextDiff(old: "子育て層が住みたいまち", new: "子育て世代が住み続けたいまち")
        #expect(diff.segments.map(\.kind) == [.kept, .removed, .inserted, .kept, .inserted, .kept])
        #expect(diff.segments.map(\.text) == ["子育て", "層", "世代", "が住み", "続け", "たいまち"])
        let marks = TextDiff(old: "か\u{3099}んばる", new: "かんばる")
        #expect(marks.segments.map(\.text) == ["か\u{3099}", "か", "んばる"])
        #expect(marks.segments.map(\.kind) == [.removed, .inserted, .kept])
        #expect(TextDiff(old: nil, new: "新しい").segments == [TextDiff.Segment(kind: .inserted, text: "新しい")])
        #expect(TextDiff(old: "同じ", new: "同じ").similarityPerMille == 1000)
    }

    @Test("an initiative added, one removed, one changed in text and budget: exact deltas, issue and plan totals")
    func initiatives() throws {
        let old = Fixtures.smallPlan()
        var new = old
        new.issues[0].strategies[0].initiatives[0].budget = ThousandYen(2_500)
        new.issues[0].strategies[0].initiatives[0].description = "取組を拡充する"
        new.issues[0].strategies[0].initiatives.remove(at: 1)
        new.issues[1].strategies[0].initiatives.append(try initiative([2, 1, 2], "新しい取組", 700))
        let result = try diff(old, new)
        #expect(result.total == AmountChange(previous: ThousandYen(4_000), current: ThousandYen(6_200), delta: ThousandYen(2_200),
                                             ratioPerMille: 1_550))
        let first = try #require(result.issues.first)
        #expect(first.kind == .changed)
        #expect(first.amount?.delta == ThousandYen(1_500))
        let changes = try #require(first.children.first?.children)
        #expect(changes.map(\.kind) == [.changed, .removed])
        #expect(changes[0].amount?.delta == ThousandYen(1_500))
        #expect(changes[0].amount?.ratioPerMille == 2_500)
        #expect(changes[0].fields.map(\.label) == ["取組内容"])
        #expect(changes[0].fields[0].diff.segments == [TextDiff.Segment(kind: .inserted, text: "取組を拡充する")])
        #expect(changes[1].oldID == "1-1-2" && changes[1].newID == nil)
        let added = try #require(result.issues.last?.children.first?.children.first)
        #expect(added.kind == .added)
        #expect(added.newID == "2-1-2")
        #expect(added.amount == AmountChange(previous: nil, current: ThousandYen(700), delta: ThousandYen(700), ratioPerMille: nil))
        #expect(added.fields.map(\.field) == ["title"])
    }

    @Test("a renumbered issue is matched by title and reported with its likeness; unlike titles stay removed and added")
    func renumbered() throws {
        let old = Fixtures.smallPlan()
        var new = old
        new.issues[1].number = 3
        new.issues[1].title = "課題2の推進"
        new.issues[1].strategies[0].id = try #require(ItemID([3, 1]))
        new.issues[1].strategies[0].initiatives[0].id = try #require(ItemID([3, 1, 1]))
        let result = try diff(old, new)
        let issue = try #require(result.issues.first)
        #expect(issue.kind == .renumbered)
        #expect(issue.oldID == "2" && issue.newID == "3")
        #expect(issue.match == .title(similarityPerMille: 666))
        #expect(issue.fields.map(\.field) == ["title"])
        #expect(issue.children.map(\.kind) == [.renumbered])
        #expect(!result.total.isChange)
        var unlike = new
        unlike.issues[1].title = "まったく別の取組"
        let apart = try diff(old, unlike)
        #expect(apart.issues.map(\.kind) == [.removed, .added])
    }

    @Test("the plan's own fields and 様式3 items: changed text, a reform item added")
    func planFields() throws {
        let old = Fixtures.smallPlan()
        var new = old
        new.goal = "目標を改める"
        new.policy.append("方針3")
        new.reformItems.append(ReformItem(number: 2, title: "新しい改革"))
        let result = try diff(old, new)
        #expect(result.fields.map(\.label) == ["区の目標", "区運営の基本的な考え方"])
        #expect(result.fields[1].diff.segments.last == TextDiff.Segment(kind: .inserted, text: "\n方針3"))
        #expect(result.reformItems.map(\.kind) == [.added])
    }

    @Test("budgets beyond 2^53 change exactly, never through Double")
    func exactBudgets() throws {
        var old = Fixtures.smallPlan()
        old.issues[0].strategies[0].initiatives[0].budget = ThousandYen(9_007_199_254_740_993)
        var new = old
        new.issues[0].strategies[0].initiatives[0].budget = ThousandYen(9_007_199_254_740_992)
        let change = try #require(try diff(old, new).issues.first?.children.first?.children.first?.amount)
        #expect(change.delta == ThousandYen(-1))
        #expect(change.ratioPerMille == 1_000)
    }

    @Test("ward, year and state count as changes; an indicator's target and results too; a compatibility ideograph is a change")
    func quietChanges() throws {
        let old = Fixtures.smallPlan()
        var moved = old
        moved.ward = Ward(name: "北区")
        moved.fiscalYear = FiscalYear(2022)
        moved.status = .draft
        let identity = try diff(old, moved)
        #expect(identity.hasChanges)
        #expect(identity.fields.map(\.label) == ["区名", "年度", "状態"])
        var measured = old
        measured.issues[0].strategies[0].outcomeIndicators = [OutcomeIndicator(name: "参加率", target: "90%")]
        var remeasured = measured
        remeasured.issues[0].strategies[0].outcomeIndicators[0].measurements = [.init(fiscalYear: FiscalYear(2021), actual: "85%")]
        let indicators = try diff(measured, remeasured)
        #expect(indicators.issues.first?.children.first?.fields.map(\.label) == ["アウトカム指標"])
        var ideograph = old
        ideograph.goal = "\u{FA19}社"
        var unified = old
        unified.goal = "\u{795E}社"
        let compatibility = try diff(ideograph, unified)
        #expect(compatibility.fields.map(\.label) == ["区の目標"])
        #expect(compatibility.fields.first?.diff.segments.map(\.text) == ["\u{FA19}", "\u{795E}", "社"])
    }

    @Test("long texts: two small insertions in 2,100 characters are found; past the limit the text is marked whole")
    func longTexts() {
        let base = String(repeating: "地域の防災力を高める。", count: 200)
        var changed = base
        changed.insert(contentsOf: "新たに", at: changed.index(changed.startIndex, offsetBy: 300))
        changed.insert(contentsOf: "拡充し", at: changed.index(changed.startIndex, offsetBy: 1_800))
        let precise = TextDiff(old: base, new: changed)
        #expect(!precise.isWhole)
        #expect(precise.segments.filter { $0.kind == .inserted }.map(\.text) == ["新たに", "拡充し"])
        let huge = String(repeating: "あ", count: TextDiff.comparisonLimit)
        let whole = TextDiff(old: "x" + huge + "x", new: "y" + huge + "y")
        #expect(whole.isWhole)
        #expect(whole.segments.map(\.kind) == [.removed, .inserted])
    }
}
