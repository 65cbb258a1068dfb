import Foundation
import Testing
import WardPlan
import WardPlanJSON
import WardPlanText
import TestSupport

/// The constructed pages of `../shared/samples/` in the 2013, 2022 and 2024 layouts (copied to
/// `Tests/Fixtures/samples/`): the figures its README gives, exactly, and a validation with no warning.
@Suite("Samples: 2013, 2022 and 2024 layouts")
struct LayoutSampleTests {
    private func imported(_ name: String) throws -> ImportedPlan {
        try PublishedTextImporter(mode: .strict).importPlan(from: Fixtures.data("samples/" + name), file: name)
    }

    private func problems(_ imported: ImportedPlan) -> [String] {
        imported.validation().filter { $0.severity > .note }.map(\.description)
    }

    @Test("川浪区 平成25年度: 2013 layout, 37,740千円, self-evaluated by the page's notice")
    func kawanami2013() throws {
        let imported = try imported("kawanami-h25-webpage.txt")
        let plan = imported.plan
        #expect(plan.ward == Ward(name: "川浪区"))
        #expect(plan.fiscalYear == FiscalYear(2013))
        #expect(plan.status == .selfEvaluated)
        #expect(plan.head == nil)
        #expect(plan.goal == "川と緑に抱かれ、世代をこえて笑顔が行き交うまち")
        #expect(plan.mission == "区民の自主的な活動を支え、協働で地域の課題に取り組む。\n区民の声を丁寧に聴き、区の施策に反映する。")
        #expect(plan.policy == ["防災と子育て支援を柱に、限られた資源を重点的に配分する。"])
        #expect(plan.issues.map(\.title) == ["災害に強いまちづくり", "子育てしやすいまちづくり"])
        #expect(plan.issues.flatMap(\.strategies).map(\.id.description) == ["1-1", "1-2", "2-1"])
        #expect(plan.issues.flatMap(\.strategies).map(\.title) == ["地域防災力の向上", "要援護者の支援体制づくり", "子育て交流の場づくり"])
        let initiatives = plan.issues.flatMap(\.initiatives)
        #expect(initiatives.map(\.id.description) == ["1-1-1", "1-1-2", "1-2-1", "2-1-1", "2-1-3"])
        #expect(initiatives.map(\.title) == ["地域防災訓練の支援", "防災リーダーの育成", "要援護者名簿の整備", "親子ひろばの開設", "子育て相談窓口の拡充"])
        #expect(initiatives.map(\.budget) == [ThousandYen(12_300), nil, ThousandYen(4_560), ThousandYen(880), ThousandYen(20_000)])
        #expect(initiatives[0].description == "全地域で年1回以上の実践的な訓練を実施する。")
        let budget = try PlanBudget(plan)
        #expect(budget.total == ThousandYen(37_740))
        #expect(budget.issues.map(\.total) == [ThousandYen(16_860), ThousandYen(20_880)])
        #expect(plan.reformItems.map(\.title) == ["区民の声の施策への反映"])
        #expect(plan.reformItems.first?.pillar?.components == [2, 1])
        #expect(plan.selfEvaluation?.achievements == "防災訓練は全地域で実施できた。次年度は若い世代の参加を増やす。")
        #expect(plan.selfEvaluation?.issuesAndImprovements == "子育て相談の周知が不足しているため、広報を強化する。")
        #expect(problems(imported) == [])
    }

    @Test("南里区 令和4年度: unnumbered 【主な戦略】 and 【主な具体的取組(4年度予算額)】 numbered by position, 56,750千円")
    func minamisato2022() throws {
        let imported = try imported("minamisato-r4-webpage.txt")
        let plan = imported.plan
        #expect(plan.ward == Ward(name: "南里区"))
        #expect(plan.fiscalYear == FiscalYear(2022))
        #expect(plan.status == .final)
        #expect(plan.policy == ["「地域活動」「子育て」の2分野を経営課題に位置づけ、重点的に取り組む。"])
        #expect(plan.issues.flatMap(\.strategies).map(\.id.description) == ["1-1", "2-1"])
        #expect(plan.issues.flatMap(\.strategies).map(\.title) == ["地域活動協議会の運営支援", "身近な子育て相談の充実"])
        let initiatives = plan.issues.flatMap(\.initiatives)
        #expect(initiatives.map(\.id.description) == ["1-1-1", "2-1-1", "2-1-2"])
        #expect(initiatives.map(\.title) == ["地域活動協議会への補助", "子育て相談会の開催", "子育て情報誌の発行"])
        #expect(initiatives.map(\.budget) == [ThousandYen(52_400), ThousandYen(3_150), ThousandYen(1_200)])
        #expect(initiatives[0].description == "地域活動協議会の運営と事業に要する経費を補助する。\n地域カルテを更新し、課題を地域と共有する。")
        let budget = try PlanBudget(plan)
        #expect(budget.total == ThousandYen(56_750))
        #expect(budget.issues.map(\.total) == [ThousandYen(52_400), ThousandYen(4_350)])
        let notes = imported.diagnostics.filter { $0.severity == .note }.map(\.message.english)
        #expect(notes.contains("the 具体的取組 here has no number; it is numbered 2-1-2 by its position"))
        #expect(problems(imported) == [])
    }

    @Test("東浦区 令和6年度: the 2023+ layout — SDGs, 百万円 budget lines, 課題認識, issue-level indicators, 今後の方針")
    func higashiura2024() throws {
        let imported = try imported("higashiura-r6-webpage.txt")
        let plan = imported.plan
        #expect(plan.ward == Ward(name: "東浦区"))
        #expect(plan.fiscalYear == FiscalYear(2024))
        #expect(plan.status == .selfEvaluated)
        #expect(plan.goal == "海と港の歴史を未来へつなぎ、だれもが安心して暮らせるまち")
        #expect(plan.mission == "地域の多様な担い手をつなぎ、区民の安全と健康を支える施策を地域の実情に応じて進める。")
        #expect(plan.policy == ["「防災」「健康」の2つを柱に、区民とともに施策を進める。", "窓口のデジタル化を進め、区民の手間を減らす。"])
        #expect(plan.issues.map(\.sdgs) == [[11, 13], [3]])
        #expect(plan.issues.flatMap(\.initiatives).isEmpty)
        #expect(plan.issues.flatMap(\.strategies).map(\.id.description) == ["1-1", "1-2", "2-1"])
        #expect(plan.issues[0].strategies[0].title == "夜間を想定した避難訓練を地域ごとに実施し、避難経路の確認を進める。")
        #expect(plan.issues[0].problemRecognition == "津波避難ビルの指定は進んだが、夜間の避難訓練に参加する区民が少ない。")
        let lines = plan.issues.map { $0.budgetLines.map { "\($0.kind) \($0.fiscalYear.startYear) \($0.amount.amount)" } }
        #expect(lines == [
            ["settlement 2022 48000", "budget 2023 51000", "budget 2024 56000"],
            ["settlement 2022 9000", "budget 2023 12000", "budget 2024 10000"],
        ])
        #expect(plan.issues[1].budgetLines[2].text == "令和6年度予算額 1千万円")
        let indicators = plan.issues.map(\.outcomeIndicators)
        #expect(indicators.map { $0.map(\.target) } == [["80%以上"], ["30%以上"]])
        #expect(indicators[1][0].name == "区の特定健診受診率")
        let results = indicators.map { $0.flatMap(\.measurements).map { "\($0.fiscalYear.startYear) \($0.actual ?? "") \($0.rating ?? "")" } }
        #expect(results == [["2024 84.2% A"], ["2024 27.5% B"]])
        #expect(plan.selfEvaluation?.overall == "防災では夜間訓練の参加者が増えた。健康づくりは受診率が目標に届かず、通知の方法を見直す。")
        #expect(plan.selfEvaluation?.futurePolicy == "受診勧奨の対象を年代別に分け、来年度の計画に反映する。")
        let budget = try PlanBudget(plan)
        #expect(budget.total == ThousandYen(66_000))
        #expect(budget.issues.map(\.basis) == [.statedBudget, .statedBudget])
        #expect(budget.previousYearTotal == ThousandYen(63_000))
        #expect(budget.changeFromPreviousYear?.delta == ThousandYen(3_000))
        #expect(problems(imported) == [])
    }

    @Test("JSON carries all of it back: budget lines, SDGs, 課題認識, indicators with ratings, labels, 今後の方針", arguments: [
        "kawanami-h25-webpage.txt", "minamisato-r4-webpage.txt", "higashiura-r6-webpage.txt",
    ])
    func jsonRoundTrip(name: String) throws {
        let plan = try imported(name).plan
        #expect(try PlanJSON.decode(try PlanJSON.encode(plan)) == plan)
        let subNumbered = try PublishedTextImporter().importPlan(from: Data(LayoutVariations.subNumberedIssues.utf8)).plan
        #expect(try PlanJSON.decode(try PlanJSON.encode(subNumbered)) == subNumbered)
    }
}
