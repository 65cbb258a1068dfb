import Foundation
import Testing
import WardPlan
import WardPlanText
import TestSupport

/// The workbook opened by another real reader: LibreOffice converts it to PDF (scripts/xlsx-to-png.sh).
@Suite("XLSX opened by LibreOffice")
struct LibreOfficeTests {
    @Test("LibreOffice headless converts the sample's workbook to PDF, whose first page turns into a PNG with the Japanese text")
    func convertsToPDF() throws {
        let workbook = try XLSXReadBackTests.export([try XLSXReadBackTests.sample], name: "sample.xlsx")
        let png = workbook.deletingLastPathComponent().appendingPathComponent("page1.png")
        let result = try CommandRunner.run(URL(fileURLWithPath: "/bin/bash"),
                                           [Fixtures.root.appendingPathComponent("scripts/xlsx-to-png.sh").path, workbook.path, png.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.text.contains("令和2年度 東住吉区運営方針(案)"))
        #expect(result.text.contains("135,783"))
        #expect(result.text.contains("中学生海外派遣の推進"))
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(bytes.count > 20_000)
    }
}
