import Foundation
import Testing
import WardPlan
import WardPlanText

/// Each variation of the city's published layouts 2013–2025 (issue #8), on an input written for it
/// (``LayoutVariations``): fields byte for byte, budgets exactly.
@Suite("Layout variations 2013–2025")
struct LayoutVariationTests {
    private func importText(_ text: String) throws -> ImportedPlan {
        try PublishedTextImporter().importPlan(from: Data(text.utf8), file: "v.txt")
    }

    private func messages(_ imported: ImportedPlan, _ severity: Diagnostic.Severity) -> [String] {
        imported.diagnostics.filter { $0.severity == severity }.map { "\($0.location.line ?? 0): \($0.message.english)" }
    }

    @Test("目標/使命 without 区の, 所属運営の基本的な考え方, a numbered policy paragraph stays policy")
    func headingsWithoutKu() throws {
        let imported = try importText(LayoutVariations.headingsWithoutKu)
        #expect(imported.plan.goal == "だれもが住み続けたいまち")
        #expect(imported.plan.mission == "区民の暮らしを支える。")
        #expect(imported.plan.policy == ["1 地域のつながりを大切にする。", "2 子育てを支える。"])
        #expect(imported.plan.ward == Ward(name: "住吉区", code: "271209"))
        #expect(imported.diagnostics.filter { $0.severity > .note }.isEmpty)
    }

    @Test("the ward's name in place of 区, bracketed headings, 区の運営方針の基本的な考え方(区の方針)")
    func headingsWithWardName() throws {
        let plan = try importText(LayoutVariations.headingsWithWardName).plan
        #expect(plan.goal == "ひとが集うまち")
        #expect(plan.mission == "区民と歩む。")
        #expect(plan.policy == ["協働で進める。"])
        #expect(plan.ward.code == "271144")
        #expect(plan.fiscalYear == FiscalYear(2016))
    }

    @Test("a heading whose annotation is left open, a long annotation")
    func headingUnclosed() throws {
        let plan = try importText(LayoutVariations.headingUnclosed).plan
        #expect(plan.goal == "にぎわいのあるまち")
        #expect(plan.mission == "まちの魅力を高める。")
        #expect(plan.policy == ["選択と集中を進める。"])
        #expect(plan.fiscalYear == FiscalYear(2019))
    }

    @Test("numbered section lines, 主な戦略 then 【1-1 title】, 主な具体的取組(25年度予算額), a 様式3 heading naming another plan")
    func numberedSections() throws {
        let imported = try importText(LayoutVariations.numberedSections)
        let plan = imported.plan
        #expect(plan.policy == ["防災を柱に進める。"])
        #expect(plan.issues.map(\.title) == ["安全なまち"])
        #expect(plan.issues[0].strategies.map(\.title) == ["防災力の向上"])
        #expect(plan.issues[0].strategies[0].description == "訓練を支援する。")
        #expect(plan.issues[0].initiatives.map(\.title) == ["防災訓練"])
        #expect(plan.issues[0].initiatives.map(\.budget) == [ThousandYen(12_300)])
        #expect(plan.reformItems.map(\.title) == ["区民の声の反映"])
        #expect(plan.selfEvaluation?.achievements == "訓練を実施できた。")
        #expect(imported.diagnostics.filter { $0.severity > .note }.isEmpty)
    }

    @Test("issue tags: bare, 【】, title inside with the issue's 予算額 after it, ≪≫")
    func issueShapes() throws {
        let imported = try importText(LayoutVariations.issueShapes)
        let plan = imported.plan
        #expect(plan.issues.map(\.number) == [1, 2, 3, 4])
        #expect(plan.issues.map(\.title) == ["安全なまち", "子育て", "地域のつながり", "魅力発信"])
        #expect(plan.issues[2].budgetLines == [
            IssueBudgetLine(kind: .budget, fiscalYear: FiscalYear(2025), amount: ThousandYen(65_000), text: "(7年度予算額65百万円)"),
        ])
        let budget = try PlanBudget(plan)
        #expect(budget.issues.map(\.total) == [ThousandYen(1_000), ThousandYen(2_000), .zero, ThousandYen(3_000)])
        #expect(budget.issues.map(\.basis) == [.initiatives, .initiatives, .none, .initiatives])
        #expect(imported.diagnostics.filter { $0.severity > .note }.isEmpty)
    }

    @Test("sub-numbered issues 1-(1), 1-(2): separate issues that keep their published label")
    func subNumberedIssues() throws {
        let imported = try importText(LayoutVariations.subNumberedIssues)
        let plan = imported.plan
        #expect(plan.issues.map(\.number) == [1, 2, 3])
        #expect(plan.issues.map(\.label) == ["1-(1)", "1-(2)", "2"])
        #expect(plan.issues.map(\.title) == ["地域防災", "地域防犯", "子育て"])
        #expect(try PlanBudget(plan).issues.map(\.total) == [ThousandYen(1_200), ThousandYen(800), ThousandYen(500)])
        #expect(imported.validation().filter { $0.severity > .note }.isEmpty)
    }

    @Test("unnumbered 【主な戦略 title】 and 【主な具体的取組(4年度予算額) title(77,800千円)】, numbered by position in a note")
    func unnumberedItems() throws {
        let imported = try importText(LayoutVariations.unnumberedItems)
        let issue = imported.plan.issues[0]
        #expect(issue.strategies.map(\.id.description) == ["1-1"])
        #expect(issue.strategies[0].title == "地域活動の支援")
        #expect(issue.strategies[0].description == "多くの住民が参加する地域運営を実現する。")
        #expect(issue.initiatives.map(\.id.description) == ["1-1-1", "1-1-2"])
        #expect(issue.initiatives.map(\.title) == ["地域活動協議会への補助", "地域カルテの更新"])
        #expect(issue.initiatives.map(\.budget) == [ThousandYen(77_800), ThousandYen(1_250)])
        #expect(messages(imported, .note).contains("9: the 戦略 here has no number; it is numbered 1-1 by its position"))
        #expect(messages(imported, .warning).isEmpty && messages(imported, .error).isEmpty)
    }

    @Test("bare 1-1 lines under 主な戦略(課題解決の方策); a column note and a : separator are not part of a title")
    func bareStrategyLines() throws {
        let imported = try importText(LayoutVariations.bareStrategyLines)
        let issue = imported.plan.issues[0]
        #expect(issue.strategies.map(\.id.description) == ["1-1", "1-2"])
        #expect(issue.strategies.map(\.title) == ["地域防災力の向上", "要援護者の支援"])
        #expect(issue.strategies[0].description == "地域ごとの訓練を支える。")
        #expect(issue.initiatives.map(\.title) == ["名簿の整備"])
        #expect(issue.initiatives.map(\.budget) == [ThousandYen(4_560)])
        #expect(messages(imported, .warning).isEmpty && messages(imported, .error).isEmpty)
    }

    @Test("unnumbered bullets under 主な戦略(課題解決の方策): each one a strategy")
    func strategyBullets() throws {
        let imported = try importText(LayoutVariations.strategyBullets)
        let issue = imported.plan.issues[0]
        #expect(issue.strategies.map(\.id.description) == ["1-1", "1-2"])
        #expect(issue.strategies.map(\.title) == ["夜間の避難訓練を実施する。", "避難ビルの表示を増やす。"])
        #expect(messages(imported, .note).count == 2)
    }

    @Test("the 2023+ layout: SDGs, 決算額/予算額 lines in 千/百万円, 課題認識, indicator and its result, plan-level evaluation")
    func layout2023() throws {
        let imported = try importText(LayoutVariations.layout2023)
        let plan = imported.plan
        let issue = try #require(plan.issues.first)
        #expect(issue.sdgs == [11, 13])
        #expect(issue.budgetLines.map(\.kind) == [.settlement, .budget, .budget])
        #expect(issue.budgetLines.map(\.fiscalYear) == [FiscalYear(2022), FiscalYear(2023), FiscalYear(2024)])
        #expect(issue.budgetLines.map(\.amount) == [ThousandYen(62_000), ThousandYen(63_000), ThousandYen(64_000)])
        #expect(issue.budgetLines.map(\.text) == ["令和4年度決算額 6千2百万円", "令和5年度予算額 6千3百万円", "令和6年度予算額 6千4百万円"])
        #expect(issue.problemRecognition == "夜間訓練の参加者が少ない。")
        #expect(issue.strategies.map(\.title) == ["夜間訓練を地域ごとに実施する。"])
        #expect(issue.strategies[0].outcomeIndicators.isEmpty)
        #expect(issue.outcomeIndicators == [OutcomeIndicator(
            name: "避難経路を確認できた区民の割合", target: "80%以上",
            measurements: [.init(fiscalYear: FiscalYear(2023), actual: "84.2%", rating: "A")])])
        #expect(plan.selfEvaluation?.overall == "夜間訓練の参加者が増えた。")
        #expect(plan.selfEvaluation?.futurePolicy == "訓練の対象を広げる。")
        #expect(plan.ward.code == "271047")
        let budget = try PlanBudget(plan)
        #expect(budget.total == ThousandYen(64_000))
        #expect(budget.previousYearTotal == ThousandYen(63_000))
        #expect(imported.validation().filter { $0.severity > .note }.isEmpty)
    }

    @Test("numbered strategies (1-1 title), each with its 課題認識, under an issue whose tag carries its 予算額")
    func numberedStrategiesWithRecognition() throws {
        let imported = try importText(LayoutVariations.numberedStrategiesWithRecognition)
        let plan = imported.plan
        #expect(plan.status == .draft)
        #expect(plan.ward.code == "271195")
        #expect(plan.policy == ["1 つながりを大切にする。"])
        #expect(plan.issues.map(\.title) == ["人がつながるまち", "子どもが育つまち"])
        #expect(plan.issues[0].strategies.map(\.id.description) == ["1-1", "1-2"])
        #expect(plan.issues[0].strategies.map(\.title) == ["つながりのあるまちづくりの推進", "防災力の向上"])
        #expect(plan.issues[0].problemRecognition == "町会への加入が減っている。\n夜間の訓練が少ない。")
        #expect(plan.issues[1].strategies.map(\.id.description) == ["2-1"])
        let budget = try PlanBudget(plan)
        #expect(budget.issues.map(\.total) == [ThousandYen(65_000), ThousandYen(102_000)])
        #expect(budget.total == ThousandYen(167_000))
        #expect(imported.validation().filter { $0.severity > .note }.isEmpty, "\(imported.validation())")
    }

    @Test("headings wrapped in brackets: (概要), (主な戦略)")
    func bracketedHeadings() throws {
        let issue = try #require(try importText(LayoutVariations.bracketedHeadings).plan.issues.first)
        #expect(issue.summary == "防災意識を高める必要がある。")
        #expect(issue.strategies.map(\.title) == ["地域ごとの防災計画づくりを支える。", "実践的な訓練を行う。"])
    }

    @Test("a title with the western year first: 2019年度(平成31年度)淀川区")
    func westernTitle() throws {
        let plan = try importText(LayoutVariations.westernTitle).plan
        #expect(plan.ward == Ward(name: "淀川区", code: "271233"))
        #expect(plan.fiscalYear == FiscalYear(2019))
        #expect(plan.status == .draft)
        let city = try importText("令和5年度 大阪市住吉区運営方針(素案)\n区の目標\nまち\n").plan
        #expect(city.ward == Ward(name: "住吉区", code: "271209"))
        #expect(city.status == .outline)
    }

    @Test("a progress notice sets the state: 自己評価 → selfEvaluated, 中間振り返り → interimReviewed")
    func notices() throws {
        #expect(try importText(LayoutVariations.selfEvaluationNotice).plan.status == .selfEvaluated)
        #expect(try importText(LayoutVariations.interimNotice).plan.status == .interimReviewed)
        #expect(try importText(LayoutVariations.opening).plan.status == .final)
    }

    @Test("budget notations: 千円, 万円, 百万円, kanji-mixed, 億, 円, full-width, outside brackets, on a bullet line")
    func budgetNotations() throws {
        let imported = try importText(LayoutVariations.budgetNotations)
        let initiatives = imported.plan.issues[0].initiatives
        #expect(initiatives.map(\.budget) == [
            5_237, 3_200, 65_000, 54_000, 10_000, 102_000, 1, 12_300, 2_400, 3_100,
        ].map(ThousandYen.init))
        #expect(initiatives[8].title == "括弧の外")
        #expect(imported.diagnostics.isEmpty)
    }

    @Test("a budget that is not whole 千円 or cannot be read is an error naming it; one outside any item a warning")
    func badBudgets() throws {
        let imported = try importText(LayoutVariations.badBudgets)
        #expect(messages(imported, .error) == [
            "10: cannot read \"(1,500円)\" as an amount of 千円; the budget is left out",
            "11: cannot read \"(12a千円)\" as an amount of 千円; the budget is left out",
        ])
        #expect(messages(imported, .warning) == ["13: the budget (5,000千円) is outside any 具体的取組 and is ignored"])
        #expect(try PlanBudget(imported.plan).total == ThousandYen(700))
    }

    @Test("the line shapes the tokenizer meets on real pages: BudgetNotation reads amounts alone and at a line's end")
    func amountShapes() {
        #expect(BudgetNotation.isBareAmount("予算額 5千6百万円"))
        #expect(!BudgetNotation.isBareAmount("参加費は500円"))
        #expect(BudgetNotation.trailingAmount(in: "防災訓練 2,400千円")?.written == "2,400千円")
        #expect(BudgetNotation.trailingAmount(in: "参加費500円") == nil)
    }

    // MARK: - Shapes found by trying the importer on real-looking pages

    @Test("a link back to the top and a sentence beginning 'よくある質問' do not end the plan; plan-like text after the footer is named")
    func footerWordsInThePlan() throws {
        let imported = try importText(LayoutVariations.footerWordsInThePlan)
        #expect(try PlanBudget(imported.plan).issues.map(\.total) == [ThousandYen(1_000), ThousandYen(2_000)])
        #expect(imported.plan.issues[1].summary == "よくある質問への回答が届いていないとの声がある。")
        #expect(messages(imported, .warning) == [
            "17: after the page's footer, this line looks like part of the plan (an item or a budget) and is not read",
        ])
    }

    @Test("web titles keep their spaces; a budget after a title is counted however it is written, a second one named")
    func titlesAndTrailingBudgets() throws {
        let imported = try importText(LayoutVariations.titlesAndTrailingBudgets)
        let issue = try #require(imported.plan.issues.first)
        #expect(issue.title == "安全・安心 ～災害に強いまち～")
        #expect(issue.strategies[0].title == "災害に強い まちづくり")
        #expect(issue.initiatives.map(\.title) == ["地域防災訓練の実施", "避難所運営 (拡充)", "備蓄の充実", "防災展", "防災マップの作成",
                                                  "防災アプリの開発"])
        #expect(issue.initiatives.map(\.budget) == [2_400, 1_100, 3_000, 2_000, 12_300, 3_150].map(ThousandYen.init))
        #expect(messages(imported, .error) == ["8: a second budget (500千円) for 具体的取組 1-1-3; only 3,000千円 is counted"])
    }

    @Test("budget lines split over two lines, turned around, with 予算 alone; several SDGs on a line; lines out of place named")
    func splitBudgetLines() throws {
        let imported = try importText(LayoutVariations.splitBudgetLines)
        let plan = imported.plan
        #expect(plan.issues.map(\.sdgs) == [[11, 13], [3], []])
        #expect(plan.issues[0].budgetLines.map(\.text) == ["令和5年度予算額 5千1百万円", "5千6百万円(令和6年度予算額)"])
        #expect(plan.issues[1].budgetLines.map(\.amount) == [ThousandYen(30_000)])
        let budget = try PlanBudget(plan)
        #expect(budget.issues.map(\.total) == [ThousandYen(56_000), ThousandYen(30_000), .zero])
        #expect(messages(imported, .warning) == ["5: the budget line \"令和6年度予算額 1億2百万円\" is outside any 経営課題 and is not counted"])
        let validation = imported.validation().filter { $0.severity == .warning }.map(\.message.english)
        #expect(validation.contains("経営課題 3 states 予算額 for 令和5年度, 令和7年度 but none for 令和6年度, the plan's year, "
                                    + "and no 具体的取組 carries a budget: it counts as no budget"))
    }

    @Test("sentences holding heading words stay text; indicator targets may carry their year")
    func sentencesWithHeadingWords() throws {
        let imported = try importText(LayoutVariations.sentencesWithHeadingWords)
        let plan = imported.plan
        let issue = try #require(plan.issues.first)
        #expect(issue.problemRecognition == "区の基本的な考え方が区民に伝わっていない。\nアウトカム指標の設定方法を見直した。")
        #expect(issue.strategies.map(\.title) == ["夜間訓練を行う。"])
        #expect(issue.outcomeIndicators.map(\.target) == ["令和7年度までに1,200人以上", "60%以上(令和7年度)"])
        #expect(plan.selfEvaluation?.overall == "1年間の取組成果として夜間訓練の参加者が増えた。\n解決すべき課題は周知である。")
        #expect(messages(imported, .warning).isEmpty)
    }

    @Test("a saved page with an XML declaration and a comment first; breaks inside items and cells; a budget table")
    func savedPage() throws {
        let imported = try importText(LayoutVariations.savedPage)
        let plan = imported.plan
        #expect(plan.ward.code == "271047")
        let issue = try #require(plan.issues.first)
        #expect(issue.budgetLines.map(\.amount) == [48_000, 51_000, 56_000].map(ThousandYen.init))
        #expect(issue.budgetLines.map(\.text) == ["令和4年度決算額 4千8百万円", "令和5年度予算額 5千1百万円", "令和6年度予算額 5千6百\n万円"])
        #expect(issue.strategies.map(\.title) == ["夜間の避難訓練を\n地域ごとに実施する。", "避難ビルの表示を増やす。"])
        #expect(imported.validation().filter { $0.severity > .note }.isEmpty, "\(imported.validation())")
    }

    @Test("the 様式2 fields as the city's form names them: 将来像, 現状, 要因分析, 課題; a strategy's めざす状態")
    func formTwoFields() throws {
        let issue = try #require(try importText(LayoutVariations.formTwoFields).plan.issues.first)
        #expect(issue.targetState == "災害に強いまち")
        #expect(issue.currentSituation == "訓練の参加率が低い。")
        #expect(issue.causeAnalysis == "周知が足りない。")
        #expect(issue.problem == "周知を強める。")
        #expect(issue.strategies.first?.targetState == "全地域で訓練が行われている。")
        #expect(issue.strategies.first?.description == nil)
    }
}
