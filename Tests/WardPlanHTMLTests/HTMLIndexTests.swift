import Testing
import WardPlan
import TestSupport

/// The index of several plans: ward in the city's order, year, state; one total per fiscal year with one
/// version of each ward-year counted (the latest, as ``BudgetLedger`` counts), and each row of a ward-year
/// listed more than once saying whether it is counted.
@Suite("HTML index page")
struct HTMLIndexTests {
    private static func plan(_ ward: String, _ year: Int, _ status: PlanStatus = .final, scale: Int = 1) -> OperatingPlan {
        var plan = Fixtures.smallPlan(ward: ward, year: year, scale: scale)
        plan.status = status
        return plan
    }

    @Test("rows in the city's order of wards, then year, then state; totals per year, never across years")
    func order() throws {
        let plans = [
            Self.plan("あいう区", 2021), Self.plan("北区", 2021, .final, scale: 2), Self.plan("東住吉区", 2021),
            Self.plan("北区", 2021, .draft), Self.plan("都島区", 2020), Self.plan("北区", 2020), Self.plan("都島区", 2020),
        ]
        let index = try #require(try HTMLPageReader.site(plans)["index.html"])
        #expect(HTMLPageReader.rows(of: index, from: "<thead>", to: "</thead>") == [["区名", "年度", "状態", "予算額合計（千円）"]])
        #expect(HTMLPageReader.rows(of: index, from: "<tbody>", to: "</tbody>") == [
            ["都島区", "令和2年度（2020年度）", "確定合計に計上", "4,000"],
            ["都島区", "令和2年度（2020年度）", "確定合計に含めず", "4,000"],
            ["東住吉区", "令和3年度（2021年度）", "確定", "4,000"],
            ["北区", "令和2年度（2020年度）", "確定", "4,000"],
            ["北区", "令和3年度（2021年度）", "案合計に含めず", "4,000"],
            ["北区", "令和3年度（2021年度）", "確定合計に計上", "8,000"],
            ["あいう区", "令和3年度（2021年度）", "確定", "4,000"],
        ])
        #expect(HTMLPageReader.rows(of: index, from: "<tfoot>", to: "</tfoot>") == [
            ["令和2年度（2020年度）の合計（2区）", "8,000"], ["令和3年度（2021年度）の合計（3区）", "16,000"],
        ])
        #expect(index.contains("<th scope=\"row\"><a href=\"2021-%E5%8C%97%E5%8C%BA-draft.html\">北区</a></th>"))
        #expect(index.contains("最も進んだ版（素案→案→確定→中間振り返り→自己評価の順で後のもの）だけを計上"))
        #expect(index.contains("7件の区運営方針"))
    }

    @Test("a 確定 arriving before its 案 is still the one counted")
    func laterFirst() throws {
        let plans = [Self.plan("北区", 2021, .final, scale: 2), Self.plan("北区", 2021, .outline)]
        let index = try #require(try HTMLPageReader.site(plans)["index.html"])
        #expect(HTMLPageReader.rows(of: index, from: "<tbody>", to: "</tbody>").map { $0[2] } == ["素案合計に含めず", "確定合計に計上"])
        #expect(HTMLPageReader.rows(of: index, from: "<tfoot>", to: "</tfoot>") == [["令和3年度（2021年度）の合計（1区）", "8,000"]])
    }

    @Test("one version of each ward-year: no note, no marks")
    func single() throws {
        let index = try #require(try HTMLPageReader.site([Self.plan("北区", 2021), Self.plan("西区", 2021)])["index.html"])
        #expect(!index.contains("合計に") && !index.contains("最も進んだ版"))
        #expect(HTMLPageReader.rows(of: index, from: "<tfoot>", to: "</tfoot>") == [["令和3年度（2021年度）の合計（2区）", "8,000"]])
    }
}
