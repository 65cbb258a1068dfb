import Foundation
import Testing
import WardPlan
import WardPlanJSON
import WardPlanText
import TestSupport

/// The real published plan, 令和2年度 東住吉区運営方針(案): every figure and every text, byte for byte.
@Suite("Sample: 東住吉区 令和2年度 (案)")
struct SampleImportTests {
    let imported: ImportedPlan

    init() throws {
        imported = try PublishedTextImporter(mode: .strict).importPlan(from: Fixtures.data(Fixtures.higashisumiyoshi))
    }

    var plan: OperatingPlan { imported.plan }

    @Test("front matter")
    func frontMatter() {
        #expect(plan.ward.name == "東住吉区")
        #expect(plan.fiscalYear == FiscalYear(2020))
        #expect(plan.status == .draft)
        #expect(plan.title == "令和2年度 東住吉区運営方針(案)")
        #expect(plan.head == "上田 正敏")
        #expect(plan.goal == "子どもが輝き、みんながしあわせなまち～ゆめ・だんらん・ひがしすみよし～")
        #expect(plan.mission == "区民一人ひとりの人権が尊重される社会の実現を基本に、「子育て層が住みたい、住み続けたいと思うまちづくり」「誰もが安心して心豊かに暮らせるまちづくり」「みんながつながるまちづくり」に取り組む。")
        #expect(plan.policy == [
            "子どもたちのゆめを広げる」「子育てのまち・教育のまちにする」「おしゃれスポットを増やす」「不安ゼロのまちにする」「みんな健康で元気になる」「緑豊かでキレイなまちにする」「困ったときはお互い様のまちにする」「リアルなつながりを増やす」という8つの視点に基づく施策を推進する。",
            "上記施策を推進するにあたっては、区民が自分のまちを考えるきっかけづくりを積極的に設けるとともに、まちのセールスマンとして東住吉の魅力等を紙や電子媒体で区内外に積極的にPRする。",
            "区職員一人ひとりが区民に対し分かりやすく丁寧な初期対応を心がけ、区民ニーズに添ったおもてなし向上に向けた取組を行う。",
        ])
        #expect(plan.selfEvaluation == nil)
        #expect(imported.diagnostics.isEmpty)
    }

    @Test("budgets: 135,783千円 in all, by issue 8,765 / 48,467 / 49,479 / 28,291 / 781")
    func budgets() throws {
        let budget = try PlanBudget(plan)
        #expect(budget.total == ThousandYen(135_783))
        #expect(budget.issues.map(\.total.amount) == [8765, 48467, 49479, 28291, 781])
        #expect(budget.initiativeCount == 8)
        #expect(budget.unbudgetedInitiativeCount == 0)
    }

    @Test("issues: numbers, titles and summaries")
    func issues() {
        #expect(plan.issues.map(\.number) == [1, 2, 3, 4, 5])
        #expect(plan.issues.map(\.title) == [
            "子育て層が住みたい、住み続けたいと思うまちづくりの推進", "誰もが安心して心豊かに暮らせるまちづくりの推進",
            "みんながつながるまちづくりの推進", "まちづくりの推進に向けた情報資産の共有化", "区民と共に創るまちづくりの推進",
        ])
        #expect(plan.issues.map(\.summary) == [
            "子育て層が安心して子育てができるように、子育て等に関する知りたい情報を知る環境を整え、子育ての関係機関等と連携を深め、東住吉区に住みたい、住み続けたい子育て層を増やす。",
            "誰もが健康的で安心して心豊かに暮らしていけるように、地域のあらゆる力を集めて、あたたかなつながりがあり、誰もが“しあわせに”暮らせる、住みよいまちにする。",
            "多様化・複雑化する地域課題の解決を図るべく、住民や地域団体、企業、NPO等様々な団体や幅広い年代の区民がまちに愛着と関心を持ち、つながりあうまちにする。",
            "各地域に必要な資源、さまざまな活動主体の情報をつかみ、紙や電子媒体で、区職員がまちのセールスマンとして積極的に情報発信する。また、地域内や他地域の情報を区民が主体的に知ることができる環境にする。",
            "区民の意見・要望・提言の聴取に努め、区の特長や地域実情に即した区政が運営される区民主体の自治を実現する。",
        ])
    }

    @Test("strategies: ids (skips kept), titles and descriptions")
    func strategies() {
        let strategies = plan.issues.flatMap(\.strategies)
        #expect(strategies.map(\.id.description) == ["1-1", "1-2", "2-1", "2-4", "3-1", "3-2", "4-1", "5-1"])
        #expect(strategies.map(\.title) == [
            "東住吉ゆめ応援プロジェクトの充実", "子育て・教育支援の充実", "東住吉区防災力の強化", "健康で心豊かに暮らせるまちづくりの推進",
            "東住吉つながりプログラムの充実", "地域活動協議会による自律的な地域運営の促進", "区政情報の広報戦略の展開", "区民の意見を反映した区政運営の実現",
        ])
        #expect(strategies.map(\.description) == [
            "区内の地域資源と連携しながら、子育て層にとって関心の高い分野に特化した施策を区独自に展開する。",
            "発達障がい等のある児童生徒の行動面への支援や基礎学力の向上など各学校の課題に応じた教育活動を支援する。",
            "区民(自助)、地域等(共助)、区役所等(公助)のそれぞれの強化・連携により、区防災力の向上を図る。",
            "地域で行われている福祉活動を専門的に支援する機能の強化を図る。また、地域のニーズを早期に発見し、的確な支援につなぐとともに、必要に応じて新たな事業や施策を提案していくくみを充実する。",
            "まちづくりに関する活動をサポートし、情報発信を強化することで、区民のまちづくり活動への関心を高め、参加を促す。",
            "地活協のめざすべき姿に向けて、地域の実情に即したきめ細やかな支援を行い、仕組みの定着を図ることで、より多くの住民参加による自律的な地域運営を実現する。",
            "「東住吉区子育て応援ナビ」のホームページを充実し、LINEやFacebookなどを使い、子育て層に情報を届ける。",
            "次期東住吉区将来ビジョン策定及び実現に区民の意見を反映する。",
        ])
    }

    @Test("initiatives: ids, titles, budgets, descriptions, each under the strategy its id names")
    func initiatives() {
        let entries = plan.initiativeEntries
        #expect(entries.map(\.initiative.id.description) == ["1-1-2", "1-2-2", "2-1-2", "2-4-1", "3-1-1", "3-2-1", "4-1-1", "5-1-1"])
        #expect(entries.allSatisfy { $0.initiative.id.parent == $0.strategy.id })
        #expect(entries.map(\.initiative.title) == [
            "中学生海外派遣の推進", "子どもの居場所にかかる支援の推進", "地域の防災力強化(共助)", "福祉相談のためのネットワークの強化",
            "区民相互の交流活動へのサポート", "地域の自主的なまちづくり活動への支援", "区の広報媒体及び内容の充実", "区民等の参画と協働による区政運営",
        ])
        #expect(entries.map { $0.initiative.budget?.amount } == [5237, 3528, 1240, 47227, 6673, 42806, 28291, 781])
        #expect(entries.map(\.initiative.description) == [
            "区内在住の中学生を対象に、区の代表としての海外留学体験を通じて、地域への愛着を高めるとともにグローバル感覚を養う機会を提供",
            "区内の子どもの居場所の運営団体等に対する支援の実施等",
            "地域の自主的、自律的な防災訓練の支援等の自主防災組織の機能強化を図る取組",
            "区内14地域それぞれの会館に設置した「地域相談窓口」に地域福祉サポーターを配置し、適切な支援につなげられるよう、相談対応を実施",
            "様々な地域団体や企業等の参画のもと地域ニーズに対応した手法で事業を実施し、区民相互の交流活動をサポートする。",
            "地域の実情やニーズに合わせた広報等の実施や地域の担い手の知識・技術の習得・向上の促進策をはじめとする地活協への支援。",
            "対象に応じた広報媒体（LINE、Facebook、広報板等）の活用、ホームページやSNSを活用した積極的な情報発信 等",
            "区政会議をはじめとした区民等の参画と協働による区政運営、大学や企業等と連携した取組の促進 等",
        ])
    }

    @Test("様式3 reform items: pillars structured, <ul> markup turned into actions")
    func reformItems() {
        #expect(plan.reformItems.map(\.number) == [1, 2, 3])
        #expect(plan.reformItems.map(\.title) == ["国民健康保険料の収納率向上", "改革を推進する職員づくり", "働きやすい職場環境づくり"])
        #expect(plan.reformItems.map { $0.pillar?.components } == [[3, 3, 4], [5, 1], [6, 1]])
        #expect(plan.reformItems.map { $0.pillar?.text } == ["3-3(4)", "5-1", "6-1"])
        #expect(plan.reformItems.map(\.actions) == [
            ["現年度滞納者を中心に納付督促及び財産調査を実施", "差押予告の送付、滞納処分の強化", "新規加入者への保険証交付時に口座振替勧奨"],
            ["「東住吉おもてなしプロジェクト」を継続実施し、各課を横断した全職員の意識向上の取組を推進", "職員の対応力向上に向けたスキルアップ研修の実施", "タウンウォッチング研修の継続実施"],
            ["ワーク・ライフ・バランス推進期間の設定及び超過勤務の縮減（ノー残業デーの追加など）", "ワーク・ライフ・バランス推進委員会を通じた育児・介護・病気の治療と仕事の両立にかかる各種制度の周知徹底及び啓発"],
        ])
        #expect(!plan.reformItems.flatMap(\.actions).contains { $0.contains("<") || $0.contains(">") })
    }

    @Test("the sample validates without errors, and its parts are located by line")
    func validatesAndLocates() {
        #expect(PlanValidator().validate(plan, sourceMap: imported.sourceMap).isEmpty)
        #expect(imported.sourceMap.location(of: .initiative(ItemID([1, 1, 2])!)).line == 30)
        #expect(imported.sourceMap.location(of: .goal).line == 9)
    }

    @Test("import → JSON → decode gives an equal plan, byte for byte")
    func jsonRoundTrip() throws {
        let decoded = try PlanJSON.decode(try PlanJSON.encode(plan))
        #expect(decoded == plan)
        #expect(try PlanJSON.encode(decoded) == PlanJSON.encode(plan))
    }
}

@Suite("Sample: 北浜東区 令和3年度 (素案), web-page layout")
struct WebPageSampleTests {
    @Test("figures: 2 issues, 3 initiatives (1 without budget), 10,500千円")
    func figures() throws {
        let imported = try PublishedTextImporter(mode: .strict).importPlan(from: Fixtures.data(Fixtures.kitahamahigashi))
        let plan = imported.plan
        #expect(plan.ward.name == "北浜東区")
        #expect(plan.fiscalYear == FiscalYear(2021))
        #expect(plan.status == .outline)
        #expect(plan.reformItems.isEmpty)
        let budget = try PlanBudget(plan)
        #expect(budget.total == ThousandYen(10_500))
        #expect(budget.issues.map(\.total.amount) == [2400, 8100])
        #expect(budget.initiativeCount == 3)
        #expect(budget.unbudgetedInitiativeCount == 1)
        #expect(plan.goal == "だれもが安心して暮らし、子どもが学び育つまち")
        #expect(plan.mission == "区民の生命と財産を災害から守る総合拠点としての役割を果たす。\n子どもたちの学びと育ちを地域とともに支える。")
        #expect(plan.policy.count == 2)
        #expect(plan.issues.map(\.title) == ["安全で安心して暮らせるまちづくり", "子どもの学びを支えるまちづくり"])
        #expect(plan.issues.map(\.summary) == [
            "災害時に区民が自助・共助により安全に避難できるまちにする。", "放課後の学習機会を増やし、家庭の状況にかかわらず子どもが学べる環境をつくる。",
        ])
        #expect(plan.initiativeEntries.map(\.initiative.title) == ["地域防災訓練の実施", "放課後学習教室の運営", "図書の貸出の拡充"])
        #expect(plan.initiativeEntries.last?.initiative.description == "地域の会館で子ども向け図書の貸出を行う。")
        #expect(plan.issues[0].strategies[0].title == "災害に強いまちづくり")
        // Only the page's introduction, which is not part of the plan, is named (in a note).
        #expect(imported.diagnostics.map(\.severity) == [.note])
    }
}
