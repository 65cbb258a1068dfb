/// Inputs written for the layout variations seen on the city's pages 2013–2025, one per variation: the
/// variation tests assert what each imports to, the line-accounting property runs over all of them.
enum LayoutVariations {
    /// The opening every input shares unless it is about the opening itself.
    static let opening = """
        令和5年度 住吉区運営方針
        区の目標(何をめざすのか)
        安心して暮らせるまち
        区の使命(どのような役割を担うのか)
        区民とともに地域の課題を解決する。
        区運営の基本的な考え方(区長の方針)
        防災を柱に進める。

        """

    static let headingsWithoutKu = """
        令和5年度 住吉区運営方針
        目標(何をめざすのか)
        だれもが住み続けたいまち
        使命(どのような役割を担うのか)
        区民の暮らしを支える。
        所属運営の基本的な考え方(区長の方針)
        1 地域のつながりを大切にする。
        2 子育てを支える。
        """

    static let headingsWithWardName = """
        平成28年度 東淀川区運営方針
        東淀川区の目標(何をめざすのか)
        ひとが集うまち
        【東淀川区の使命(どのような役割を担うのか)】
        区民と歩む。
        【区の運営方針の基本的な考え方(区の方針)】
        協働で進める。
        """

    static let headingUnclosed = """
        令和元年度 西区運営方針
        【区の目標(何をめざすのか】
        にぎわいのあるまち
        【区の使命(どのような役割を担うのか】
        まちの魅力を高める。
        【区運営の基本的な考え方(何に重点的に取り組むのかなど、選択と集中の方針を示す)】
        選択と集中を進める。
        """

    static let numberedSections = opening + """
        1 重点的に取り組む主な経営課題
        経営課題1 安全なまち
        主な戦略
        【1-1 防災力の向上】
        ・訓練を支援する。
        主な具体的取組(25年度予算額)
        【1-1-1 防災訓練】 〔25予算額 12,300 千円〕
        2 「市政改革プラン2.0(区政編)」に基づく取組等
        【取組項目1】 区民の声の反映 (改革の柱2-1)
        3 自己評価
        1年間の取組成果と今後取り組みたいこと
        訓練を実施できた。
        """

    static let issueShapes = opening + """
        経営課題1 安全なまち
        【戦略1-1】防災
        【具体的取組1-1-1】訓練(1,000千円)
        【経営課題2】子育て
        【戦略2-1】相談
        【具体的取組2-1-1】相談会(2,000千円)
        【経営課題3 地域のつながり】(7年度予算額65百万円)
        【戦略3-1】交流
        ≪経営課題4≫ 魅力発信
        【戦略4-1】広報
        【具体的取組4-1-1】広報紙(3,000千円)
        """

    static let subNumberedIssues = opening + """
        経営課題1-(1)地域防災
        【戦略1-1】訓練
        【具体的取組1-1-1】避難訓練(1,200千円)
        経営課題1-(2)地域防犯
        【戦略1-2】見守り
        【具体的取組1-2-1】青色防犯パトロール(800千円)
        経営課題2 子育て
        【戦略2-1】相談
        【具体的取組2-1-1】相談会(500千円)
        """

    static let unnumberedItems = opening + """
        【経営課題1】地域活動
        【主な戦略 地域活動の支援】
        ・多くの住民が参加する地域運営を実現する。
        【主な具体的取組(4年度予算額) 地域活動協議会への補助(77,800千円)】
        ・経費を補助する。
        【主な具体的取組(4年度予算額) 地域カルテの更新(1,250千円)】
        """

    static let bareStrategyLines = opening + """
        【経営課題1】防災
        主な戦略(課題解決の方策)
        1-1 地域防災力の向上
        ・地域ごとの訓練を支える。
        1-2 要援護者の支援
        主な具体的取組(2年度予算額)
        【具体的取組1-2-1】(2年度予算額):名簿の整備 《4,560千円》
        """

    static let strategyBullets = opening + """
        【経営課題1】防災
        主な戦略(課題解決の方策)
        ・夜間の避難訓練を実施する。
        ・避難ビルの表示を増やす。
        """

    static let layout2023 = """
        令和6年度 此花区運営方針
        目標(何をめざすのか)
        海とともに生きるまち
        使命(どのような役割を担うのか)
        安全と健康を支える。
        令和6年度 所属運営の基本的な考え方(区長の方針)
        ・防災と健康を柱にする。
        重点的に取り組む経営課題
        【経営課題1】災害に備えるまちづくり
        関連するSDGs 11住み続けられるまちづくりを
        関連するSDGs 13気候変動に具体的な対策を
        ・令和4年度決算額 6千2百万円
        ・令和5年度予算額 6千3百万円
        ・令和6年度予算額 6千4百万円
        課題認識
        ・夜間訓練の参加者が少ない。
        主な戦略(課題解決の方策)
        ・夜間訓練を地域ごとに実施する。
        アウトカム指標
        ・避難経路を確認できた区民の割合 80%以上
        アウトカム指標の達成状況(定量評価)
        <令和5年度実績と達成状況>
        ・84.2%:A
        自己評価(運営方針全体の定性評価)
        夜間訓練の参加者が増えた。
        今後の方針
        訓練の対象を広げる。
        """

    /// 2025 pages that number their strategies (`1-1 title`) and give each its 課題認識.
    static let numberedStrategiesWithRecognition = """
        令和7年度阿倍野区運営方針(案)
        目標(何をめざすのか)
        住み続けたいまち
        使命(どのような役割を担うのか)
        区民とともに進める。
        令和7年度 所属運営の基本的な考え方(区長の方針)
        1 つながりを大切にする。
        重点的に取り組む主な経営課題
        【経営課題1 人がつながるまち】(7年度予算額65百万円)
        主な戦略(課題解決の方策)
        1-1 つながりのあるまちづくりの推進
        課題認識
          • 町会への加入が減っている。
        1-2 防災力の向上
        課題認識
          • 夜間の訓練が少ない。
        【経営課題2 子どもが育つまち】(7年度予算額1億2百万円)
        主な戦略(課題解決の方策)
        2-1 学びの支援
        """

    /// 素案 pages that wrap their headings in brackets: `(概要)`, `(主な戦略)`.
    static let bracketedHeadings = "スマートフォン表示用の情報の終端です。\n" + opening + """
        重点的に取り組む主な経営課題(様式2より)
        【経営課題1】 防災のまちづくり
        (概要)
        ・防災意識を高める必要がある。
        (主な戦略)
        ・地域ごとの防災計画づくりを支える。
        ・実践的な訓練を行う。
        """

    static let westernTitle = """
        2019年度(平成31年度)淀川区運営方針(案)
        区の目標
        川とともに暮らすまち
        区の使命
        区民の安全を守る。
        """

    static let selfEvaluationNotice = """
        令和3年度 北区運営方針
        運営方針の進捗管理を実施しました。その結果について、「自己評価」欄に反映しています。(令和4年6月1日)
        区の目標
        にぎわうまち
        区の使命
        魅力を発信する。
        """

    static let interimNotice = """
        令和3年度 北区運営方針
        運営方針の進捗管理を実施しました。その結果について、「中間振り返り」欄に反映しています。
        区の目標
        にぎわうまち
        区の使命
        魅力を発信する。
        """

    static let budgetNotations = opening + """
        【経営課題1】予算の書き方
        【戦略1-1】いろいろな単位
        【具体的取組1-1-1】千円 《5,237千円》
        【具体的取組1-1-2】万円(320万円)
        【具体的取組1-1-3】百万円(65百万円)
        【具体的取組1-1-4】千と百の万円(5千4百万円)
        【具体的取組1-1-5】千万円(1千万円)
        【具体的取組1-1-6】億円(1億2百万円)
        【具体的取組1-1-7】円(1,000円)
        【具体的取組1-1-8】全角(１２，３００千円)
        【具体的取組1-1-9】括弧の外 2,400千円
        【具体的取組1-1-10】箇条書き
        ・予算額:3,100千円
        """

    static let badBudgets = opening + """
        【経営課題1】読めない予算
        【戦略1-1】戦略
        【具体的取組1-1-1】端数(1,500円)
        【具体的取組1-1-2】文字入り(12a千円)
        【経営課題2】項目の外
        (5,000千円)
        【戦略2-1】戦略
        【具体的取組2-1-1】取組(700千円)
        """

    /// A link back to the top between issues, a sentence that begins like the footer's heading.
    static let footerWordsInThePlan = opening + """
        【経営課題1】防災
        【戦略1-1】訓練
        【具体的取組1-1-1】避難訓練(1,000千円)
        このページの先頭へ
        【経営課題2】子育て
        よくある質問への回答が届いていないとの声がある。
        【戦略2-1】相談
        【具体的取組2-1-1】相談会(2,000千円)
        このページの作成者・問合せ先
        住吉区役所 総務課(3,000千円)
        """

    /// Titles with spaces in them; budgets written after a title in every way pages do.
    static let titlesAndTrailingBudgets = """
        令和3年度 北区運営方針
        区の目標(何をめざすのか)
        にぎわうまち
        【経営課題1】安全・安心 ～災害に強いまち～
        主な戦略1-1 災害に強い まちづくり
        【具体的取組1-1-1】地域防災訓練の実施2,400千円
        【具体的取組1-1-2】避難所運営 (拡充) 1,100千円
        【具体的取組1-1-3 備蓄の充実(3,000千円)(500千円)】
        【1-1-4 防災展】 予算 2,000千円
        主な具体的取組(3年度予算額)
        ・防災マップの作成 12,300 千円
        ・防災アプリの開発(3,150千円)
        """

    /// 2023+ lines split or turned around: a budget line's heading and its amount on two lines, the amount
    /// before its heading, several SDGs on one line, 予算 without 額, and budget lines out of place.
    static let splitBudgetLines = """
        令和6年度 此花区運営方針
        目標(何をめざすのか)
        海のまち
        所属運営の基本的な考え方(区長の方針)
        ・令和6年度予算額 1億2百万円
        ・防災を柱にする。
        【経営課題1】防災
        関連するSDGs 11住み続けられるまちづくりを、13気候変動に具体的な対策を
        令和5年度予算額
        5千1百万円
        5千6百万円(令和6年度予算額)
        主な戦略(課題解決の方策)
        ・夜間訓練を行う。
        【経営課題2】健康
        関連するSDGs
        ・3 すべての人に健康と福祉を
        ・令和6年度予算 3千万円
        主な戦略(課題解決の方策)
        ・健診を広める。
        【経営課題3】交流
        ・令和5年度予算額 1千万円
        ・令和7年度予算額 2千万円
        主な戦略(課題解決の方策)
        ・交流の場を増やす。
        """

    /// Sentences that hold heading words, and indicator targets with a year.
    static let sentencesWithHeadingWords = """
        令和6年度 此花区運営方針
        目標(何をめざすのか)
        海のまち
        【経営課題1】防災
        課題認識
        ・区の基本的な考え方が区民に伝わっていない。
        - アウトカム指標の設定方法を見直した。
        主な戦略(課題解決の方策)
        ・夜間訓練を行う。
        アウトカム指標
        ・訓練参加者数 令和7年度までに1,200人以上
        ・表示の認知度 60%以上(令和7年度)
        自己評価(運営方針全体の定性評価)
        1年間の取組成果として夜間訓練の参加者が増えた。
        解決すべき課題は周知である。
        """

    /// A saved page as browsers and older tools write it: an XML declaration, a comment before the document, line
    /// breaks inside list items and cells, and the budget lines as a table under a header row.
    static let savedPage = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- saved from url=(0050)https://www.city.osaka.lg.jp/konohana/page/0000000.html -->
        <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml"><head><title>令和6年度此花区運営方針</title></head><body>
        <h1>令和6年度此花区運営方針</h1>
        <h2>目標(何をめざすのか)</h2><p>海のまち</p>
        <h2>使命(どのような役割を担うのか)</h2><p>安全を支える。</p>
        <h2>所属運営の基本的な考え方(区長の方針)</h2><p>防災を柱にする。</p>
        <h3>【経営課題1】防災</h3>
        <table>
        <tr><th>令和4年度決算額</th><th>令和5年度予算額</th><th>令和6年度予算額</th></tr>
        <tr><td>4千8百万円</td><td>5千1百万円</td><td>5千6百<br />万円</td></tr>
        </table>
        <h4>主な戦略(課題解決の方策)</h4>
        <ul><li>夜間の避難訓練を<br>地域ごとに実施する。</li><li><p>避難ビルの表示を増やす。</p></li></ul>
        </body></html>
        """

    /// The 様式2 fields as the city's form names them, for an issue and for a strategy.
    static let formTwoFields = opening + """
        【経営課題1】防災
        めざすべき将来像(最終的なめざす状態)
        災害に強いまち
        現状(課題設定の根拠となる現状・データ)
        訓練の参加率が低い。
        要因分析
        周知が足りない。
        課題
        周知を強める。
        【戦略1-1】訓練
        めざす状態
        全地域で訓練が行われている。
        """

    /// Every input above, by name.
    static let all: [(name: String, text: String)] = [
        ("headingsWithoutKu", headingsWithoutKu), ("headingsWithWardName", headingsWithWardName),
        ("headingUnclosed", headingUnclosed), ("numberedSections", numberedSections), ("issueShapes", issueShapes),
        ("subNumberedIssues", subNumberedIssues), ("unnumberedItems", unnumberedItems), ("bareStrategyLines", bareStrategyLines),
        ("strategyBullets", strategyBullets), ("layout2023", layout2023), ("westernTitle", westernTitle),
        ("numberedStrategiesWithRecognition", numberedStrategiesWithRecognition), ("bracketedHeadings", bracketedHeadings),
        ("footerWordsInThePlan", footerWordsInThePlan), ("titlesAndTrailingBudgets", titlesAndTrailingBudgets),
        ("splitBudgetLines", splitBudgetLines), ("sentencesWithHeadingWords", sentencesWithHeadingWords),
        ("formTwoFields", formTwoFields),
        ("selfEvaluationNotice", selfEvaluationNotice), ("interimNotice", interimNotice), ("budgetNotations", budgetNotations),
        ("badBudgets", badBudgets),
    ]
}
