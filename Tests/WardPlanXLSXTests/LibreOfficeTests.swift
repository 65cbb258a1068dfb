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
        // 様式2 prints one 経営課題 a page: each of its pages starts with an issue's heading and ends with its
        // subtotal (the last with the total), so no page starts or ends with a lone issue heading.
        let pages = result.text.split(separator: "\u{0C}").map { page in
            page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.contains(/^\d+\/\d+$/) }
        }
        let formTwo = pages.filter { $0.first?.contains("様式2") == true }
        #expect(formTwo.count == 5)
        for (index, page) in formTwo.enumerated() {
            let issueLines = page.filter { $0.contains(#/^経営課題\d+ /#) && !$0.contains("小計") }
            #expect(issueLines.count == 1 && page.dropFirst().first?.hasPrefix("経営課題\(index + 1) ") == true, "\(page.prefix(3))")
            #expect(page.last?.hasPrefix(index == 4 ? "合計" : "経営課題\(index + 1) 小計") == true, "\(page.suffix(2))")
        }
    }
}
