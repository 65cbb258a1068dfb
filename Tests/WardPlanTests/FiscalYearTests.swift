import Testing
import WardPlan

@Suite("Fiscal years (年度)")
struct FiscalYearTests {
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
