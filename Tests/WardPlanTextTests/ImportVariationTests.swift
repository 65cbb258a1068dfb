import Foundation
import Testing
import WardPlan
import WardPlanText

/// The web-page variations of DESIGN §2, each on a text written for the purpose.
@Suite("Import variations")
struct ImportVariationTests {
    private func importText(_ text: String, mode: PublishedTextImporter.Mode = .lenient) throws -> ImportedPlan {
        try PublishedTextImporter(mode: mode).importPlan(from: Data(text.utf8), file: "t.txt")
    }

    private let skeleton = """
        令和4年度 中之島区運営方針
        区の目標(何をめざすのか)
        目標文
        区の使命(どのような役割を担うのか)
        使命文

        """

    @Test("a cell ending with 。 is text; a heading's words before a 。 that a mark joins into one character are not")
    func sentenceEnds() throws {
        let head = "令和4年度 中之島区運営方針\n【経営課題1】安全なまち\n"
        let sentence = try importText(head + "基本的な考え方を示す。  \n")
        #expect(sentence.plan.issues[0].summary == "基本的な考え方を示す。")
        #expect(sentence.plan.policy.isEmpty)
        // A combining mark makes one character of the 。 and itself, which no sentence ends with: the cell is a heading.
        let joined = try importText(head + "基本的な考え方。\u{301}\n方針文\n")
        #expect(joined.plan.policy == ["方針文"])
    }

    @Test("page chrome is skipped: 先頭, ページ番号, dates, footers and what follows them")
    func pageChrome() throws {
        let text = """
            ページの先頭です
            メニューの終端です。
            令和4年度中之島区運営方針
            2022年3月1日
            ページ番号:123456
            令和4年3月1日更新
            区の目標(何をめざすのか)
            目標文
            このページの作成者・問合せ先
            区の使命
            使命ではない
            """
        let plan = try importText(text).plan
        #expect(plan.ward.name == "中之島区")
        #expect(plan.fiscalYear == FiscalYear(2022))
        #expect(plan.status == .final)
        #expect(plan.goal == "目標文")
        #expect(plan.mission == nil)
    }

    @Test("  • bullets, 【】 headings and titles inside the tag")
    func bulletsAndTaggedHeadings() throws {
        let text = """
            令和4年度 中之島区運営方針(案)
            【区の目標(何をめざすのか)】
              • だれもが暮らしやすいまち
            【区の使命】
              • 一つ目
              • 二つ目
            【区運営の基本的な考え方(区長の方針)】
              • 方針一
            【経営課題1 安全なまちづくり】
              • 概要の文。
            【戦略1-1 防災の強化】
              • 戦略の説明。
            【具体的取組1-1-1 訓練の実施(24,254千円)】
              • 取組の説明。
            """
        let imported = try importText(text, mode: .strict)
        let plan = imported.plan
        #expect(plan.status == .draft)
        #expect(plan.goal == "だれもが暮らしやすいまち")
        #expect(plan.mission == "一つ目\n二つ目")
        #expect(plan.policy == ["方針一"])
        #expect(plan.issues.first?.title == "安全なまちづくり")
        #expect(plan.issues.first?.summary == "概要の文。")
        #expect(plan.issues.first?.strategies.first?.title == "防災の強化")
        #expect(plan.issues.first?.strategies.first?.description == "戦略の説明。")
        let initiative = try #require(plan.initiativeEntries.first?.initiative)
        #expect(initiative.description == "取組の説明。")
        #expect(initiative.title == "訓練の実施")
        #expect(initiative.budget == ThousandYen(24254))
    }

    @Test("budget notations: (24,254千円), 〔25予算額 29,474 千円〕, 《１，２００千円》, and none")
    func budgetNotations() throws {
        let text = skeleton + """
            【経営課題1】課題
            【戦略1-1】戦略
            【具体的取組1-1-1】取組A(24,254千円)
            【具体的取組1-1-2】取組B 〔25予算額 29,474 千円〕 説明B
            【具体的取組1-1-3】取組C 《１，２００千円》 説明C
            【具体的取組1-1-4】取組D
            """
        let plan = try importText(text, mode: .strict).plan
        let initiatives = plan.initiativeEntries.map(\.initiative)
        #expect(initiatives.map(\.title) == ["取組A", "取組B", "取組C", "取組D"])
        #expect(initiatives.map { $0.budget?.amount } == [24254, 29474, 1200, nil])
        #expect(initiatives.map(\.description) == [nil, "説明B", "説明C", nil])
    }

    @Test("具体的取組 out of order, and named again further on, are each one initiative, in the order first named")
    func initiativesOutOfOrder() throws {
        let text = skeleton + """
            【経営課題1】課題
            【戦略1-1】戦略A
            【具体的取組1-1-2】取組B(200千円)
            【具体的取組1-1-4】取組D(400千円)
            【具体的取組1-1-1】取組A(100千円)
            【具体的取組1-1-4】
              • 取組Dの説明。
            【具体的取組1-1-5】取組E(500千円)
            【戦略1-2】戦略B
            【具体的取組1-2-1】取組F(10千円)
            【具体的取組1-2-2】取組G(20千円)
            【具体的取組1-2-1】
              • 取組Fの説明。
            【具体的取組1-1-2】
              • 取組Bの説明。
            【戦略1-3】戦略C
            【具体的取組1-3-1】取組H(1千円)
            【具体的取組1-3-2】取組I(2千円)
            【具体的取組1-3-3】取組J(3千円)
            【具体的取組1-3-4】取組K(4千円)
            【具体的取組1-3-3】
              • 取組Jの説明。
            【具体的取組1-3-1】
              • 取組Hの説明。
            【具体的取組1-3-4】
              • 取組Kの説明。
            """
        let plan = try importText(text).plan
        let initiatives = plan.initiativeEntries.map(\.initiative)
        #expect(initiatives.map(\.id.description)
            == ["1-1-2", "1-1-4", "1-1-1", "1-1-5", "1-2-1", "1-2-2", "1-3-1", "1-3-2", "1-3-3", "1-3-4"])
        #expect(initiatives.map(\.title) == ["取組B", "取組D", "取組A", "取組E", "取組F", "取組G", "取組H", "取組I", "取組J", "取組K"])
        #expect(initiatives.map { $0.budget?.amount } == [200, 400, 100, 500, 10, 20, 1, 2, 3, 4])
        #expect(initiatives.map(\.description) == [
            "取組Bの説明。", "取組Dの説明。", nil, nil, "取組Fの説明。", nil, "取組Hの説明。", nil, "取組Jの説明。", "取組Kの説明。",
        ])
    }

    @Test("full- and half-width digits and parentheses mixed; text kept as written")
    func mixedWidths() throws {
        let text = """
            令和４年度　中之島区運営方針（素案）
            （区長：大阪　花子）
            区の目標（何をめざすのか）
            目標（全角）
            区の使命
            使命
            【経営課題１】全角の課題　概要です
            【戦略１－１】全角の戦略
            【具体的取組１－１－１】全角の取組 《１２，３４５千円》
            """
        let plan = try importText(text, mode: .strict).plan
        #expect(plan.fiscalYear == FiscalYear(2022))
        #expect(plan.status == .outline)
        #expect(plan.head == "大阪　花子")
        #expect(plan.goal == "目標（全角）")
        #expect(plan.issues.first?.title == "全角の課題")
        #expect(plan.issues.first?.summary == "概要です")
        #expect(plan.initiativeEntries.first?.initiative.id == ItemID([1, 1, 1]))
        #expect(plan.initiativeEntries.first?.initiative.budget == ThousandYen(12345))
    }

    @Test("compatibility ideographs match headings but stay in the text")
    func compatibilityIdeographs() throws {
        let text = """
            令和4年度 中之島区運営\u{2F45}針
            区の目標
            \u{2F45}向を示す
            区運営の基本的な考え\u{2F45}
            \u{2F45}針の文
            """
        let plan = try importText(text).plan
        #expect(plan.ward.name == "中之島区")
        #expect(plan.title == "令和4年度 中之島区運営\u{2F45}針")
        #expect(plan.goal == "\u{2F45}向を示す")
        #expect(plan.policy == ["\u{2F45}針の文"])
        #expect(Array(plan.policy[0].unicodeScalars).first == "\u{2F45}")
    }

    @Test("leftover <ul>/<li> markup becomes bullet items, entities decoded, no markup passed through")
    func markup() throws {
        let text = skeleton + """
            「令和4年度以降の市政改革計画」に基づく取組等(様式3)
            主な取組項目\t取組内容
            【取組項目1】 改革の項目 (改革の柱5-1)\t<ul style="list-style-type: none"><li>一つ目 &amp; 二つ目</li><li>三つ目</li></ul>
            【取組項目2】 次の項目 (改革の柱3-3(4))\t<ul> ・A ・B</ul>
            """
        let plan = try importText(text).plan
        #expect(plan.reformItems.map(\.actions) == [["一つ目 & 二つ目", "三つ目"], ["A", "B"]])
        #expect(plan.reformItems.map { $0.pillar?.components } == [[5, 1], [3, 3, 4]])
    }

    @Test("a document cut short: what was read is kept, with warnings")
    func cutShort() throws {
        let text = skeleton + """
            【経営課題1】課題
            【戦略1-1】戦略
            【具体的取組1-1-1】取組 《5,2
            """
        let imported = try importText(text)
        #expect(imported.plan.initiativeEntries.first?.initiative.title == "取組")
        #expect(imported.diagnostics.map(\.location.line) == [8])
        #expect(imported.diagnostics.first?.message.english == "「《」 is not closed on this line: the text may be cut short")
        #expect(imported.diagnostics.first?.location.column == 16)
        #expect { try importText(text, mode: .strict) } throws: { error in
            (error as? WardPlanError)?.diagnostics.count == imported.diagnostics.count
        }
    }

    @Test("様式1 then 様式2: an item seen again is filled in, not duplicated")
    func repeatedItemsMerge() throws {
        // A 様式 document (its 区長 line says so) puts an item's title and text on one line.
        let text = skeleton + """
            (区長:山田 太郎)
            【経営課題1】課題 概要
            【戦略1-1】戦略 説明
            【具体的取組1-1-1】取組 《100千円》
            経営課題1 課題
            めざす状態
            こうなっている
            【戦略1-1】戦略
            業績目標
            参加者100人
            【具体的取組1-1-1】取組
            業績目標
            満足度80%
            """
        let plan = try importText(text, mode: .strict).plan
        #expect(plan.issues.count == 1)
        #expect(plan.issues[0].targetState == "こうなっている")
        #expect(plan.issues[0].strategies.count == 1)
        #expect(plan.initiativeEntries.count == 1)
        #expect(plan.initiativeEntries[0].initiative.performanceTarget == "満足度80%")
        #expect(plan.initiativeEntries[0].initiative.budget == ThousandYen(100))
    }

    @Test("an initiative listed under the wrong strategy is kept there and flagged by validation")
    func prefixMismatchFromText() throws {
        let text = skeleton + """
            【経営課題1】課題
            【戦略1-2】戦略
            【具体的取組1-3-1】取組
            """
        let imported = try importText(text)
        let diagnostics = PlanValidator().validate(imported.plan, sourceMap: imported.sourceMap)
        let mismatch = try #require(diagnostics.first { $0.message.english.contains("1-3-1 sits under 戦略 1-2") })
        #expect(mismatch.severity == .error)
        #expect(mismatch.location.line == 8)
        #expect(mismatch.location.file == "t.txt")
    }

    @Test("a budget too large to hold is an error at its line and column, and is left out")
    func hugeBudget() throws {
        let text = skeleton + """
            【経営課題1】課題
            【戦略1-1】戦略
            【具体的取組1-1-1】取組 《9,999,999,999,999,999,999千円》
            """
        let imported = try importText(text)
        let error = try #require(imported.diagnostics.first)
        #expect(error.severity == .error)
        #expect(error.location.line == 8 && error.location.column == 16)
        #expect(error.message.english.contains("too large"))
        #expect(imported.plan.initiativeEntries.first?.initiative.budget == nil)
    }

    @Test("text that fits no field is reported, not silently dropped")
    func unplacedText() throws {
        let text = skeleton + """
            重点的に取り組む主な経営課題
            宙に浮いた文
            """
        let imported = try importText(text)
        #expect(imported.diagnostics.map(\.location.line) == [7])
        #expect(imported.diagnostics.first?.message.english.contains("宙に浮いた文") == true)
    }
}

@Suite("Import errors")
struct ImportErrorTests {
    private func failure(_ bytes: [UInt8]) -> WardPlanError? {
        do {
            _ = try PublishedTextImporter().importPlan(from: Data(bytes), file: "bad.txt")
            return nil
        } catch { return error }
    }

    @Test("empty input")
    func empty() {
        #expect(failure([])?.message.english == "the file is empty")
    }

    @Test("binary input")
    func binary() {
        let error = failure([0x89, 0x50, 0x4E, 0x47, 0x0A, 0x00, 0x01])
        #expect(error?.message.english.contains("binary") == true)
        #expect(error?.location.line == 2)
    }

    @Test("invalid UTF-8 names the line and column")
    func invalidUTF8() {
        let error = failure(Array("令和2年度\n区の".utf8) + [0xE3, 0x28])
        #expect(error?.message.english.contains("not valid UTF-8") == true)
        #expect(error?.location.line == 2)
        #expect(error?.location.column == 3)
    }

    @Test("text with no title naming a ward")
    func noTitle() {
        #expect(failure(Array("区の目標\nなにか\n".utf8))?.message.english.contains("no title line") == true)
    }

    @Test("a fatal error still lists the problems met before it")
    func fatalErrorKeepsDiagnostics() {
        let error = failure(Array("重点的に取り組む主な経営課題\n宙に浮いた文\n".utf8))
        #expect(error?.message.english.contains("no title line") == true)
        #expect(error?.diagnostics.map(\.location.line) == [2])
    }

    @Test("a title without a fiscal year anywhere")
    func noYear() {
        #expect(failure(Array("中之島区運営方針\n区の目標\nなにか\n".utf8))?.message.english.contains("no fiscal year") == true)
    }

    @Test("a title without a year takes one mentioned in a heading")
    func yearFromHeading() throws {
        let text = "中之島区運営方針\n令和5年度 区運営の基本的な考え方\n方針\n"
        let plan = try PublishedTextImporter().importPlan(from: Data(text.utf8)).plan
        #expect(plan.fiscalYear == FiscalYear(2023))
        #expect(plan.policy == ["方針"])
    }
}
