import Foundation
import Testing
import WardPlan
import WardPlanExport
@testable import WardPlanXLSX
import TestSupport

@Suite("データ sheet beyond Excel's row limit")
struct DataSheetOverflowTests {
    @Test("rows past the limit go on in データ2, データ3, each with its header, filter and frozen row")
    func overflow() throws {
        let output = try Fixtures.temporaryFolder().appendingPathComponent("big.xlsx")
        let plans = (0..<3).map { Fixtures.smallPlan(ward: "区\($0)", year: 2020) }
        var stream = PlanStream(plans)
        try WorkbookExport(path: output.path, layout: .data, rowsPerSheet: 5).run(&stream)
        let book = try XLSXReadBackTests.read(output)
        #expect(book.sheets == ["集計", "データ", "データ2", "データ3"])
        for name in ["データ", "データ2"] {
            #expect(book.detail[name]?.filter == "A1:T5")
            #expect(book.detail[name]?.freeze == "A2")
            #expect(book.detail[name]?.cell("A1")?.value == .text("全国地方公共団体コード"))
        }
        #expect(book.detail["データ3"]?.filter == "A1:T2")
        #expect(book.detail["データ3"]?.cell("N2")?.value == .text("取組2-1-1"))
    }
}
