import Testing
import WardPlan

@Suite("Fiscal years (年度)")
struct FiscalYearTests {
    @Test("和暦 labels parse to the 西暦 start year", arguments: [
        ("令和2年度", 2020), ("令和元年度", 2019), ("平成31年度", 2019), ("平成25年度", 2013), ("令和２年度", 2020),
        ("令和 3 年度", 2021), ("R2", 2020), ("H25年度", 2013), ("2020年度", 2020), ("昭和64年度", 1989), ("平成元年度", 1989),
    ])
    func parsesLabels(label: String, year: Int) {
        #expect(FiscalYear(label: label)?.startYear == year)
    }

    @Test("西暦 years print as 和暦 labels; FY2019 is 令和元年度")
    func printsLabels() {
        #expect(FiscalYear(2020).japaneseLabel == "令和2年度")
        #expect(FiscalYear(2019).japaneseLabel == "令和元年度")
        #expect(FiscalYear(2018).japaneseLabel == "平成30年度")
        #expect(FiscalYear(2013).japaneseLabel == "平成25年度")
        #expect(FiscalYear(1989).japaneseLabel == "平成元年度")
        #expect(FiscalYear(1920).japaneseLabel == "1920年度")
        #expect(FiscalYear(2020).shortLabel == "R2")
        #expect(FiscalYear(2013).shortLabel == "H25")
        #expect(FiscalYear(2020).gregorianLabel == "2020年度")
    }

    @Test("a bare 2年度 takes its era from the plan")
    func bareYearTakesContextEra() {
        #expect(FiscalYear(label: "2年度", contextEra: .reiwa)?.startYear == 2020)
        #expect(FiscalYear(label: "25年度", contextEra: .heisei)?.startYear == 2013)
        #expect(FiscalYear(label: "2年度") == nil)
    }

    @Test("labels that are not fiscal years are refused", arguments: ["", "令和", "令和X年度", "大正2年度", "年度", "令和0年度"])
    func refusesNonsense(label: String) {
        #expect(FiscalYear(label: label) == nil)
    }

    @Test("April to March")
    func aprilToMarch() {
        let year = FiscalYear(2020)
        #expect(year.contains(year: 2020, month: 4))
        #expect(year.contains(year: 2021, month: 3))
        #expect(!year.contains(year: 2020, month: 3))
        #expect(!year.contains(year: 2021, month: 4))
        #expect(FiscalYear(containingYear: 2021, month: 2) == year)
        #expect(year.months.first == (2020, 4) && year.months.last == (2021, 3))
        #expect(year.previous == FiscalYear(2019))
        #expect(year.previous.japaneseLabel == "令和元年度")
    }
}
