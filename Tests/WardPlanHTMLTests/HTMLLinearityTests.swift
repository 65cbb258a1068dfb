import Testing
import WardPlan
import WardPlanExport
import WardPlanHTML
import TestSupport

/// A page of many 経営課題 takes time in proportion to its size (it once took 157 s for 20,000).
@Suite("HTML stays linear")
struct HTMLLinearityTests {
    @Test("a page of many issues")
    func manyIssues() throws {
        let ratio = try Linearity.ratio(size: 500) { count in
            let output = MemoryOutput()
            var stream = PlanStream([Fixtures.manyIssuesPlan(count)])
            try HTMLExporter().export(&stream, to: .memory(output), options: NoOptions())
            let page = String(decoding: output.files.first { $0.key != "index.html" }?.value ?? [], as: UTF8.self)
            #expect(page.contains("課題\(count)"))
        }
        #expect(ratio < Linearity.limit)
    }
}
