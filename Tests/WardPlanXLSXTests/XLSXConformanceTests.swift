import Testing
import WardPlanXLSX
import WardPlanTesting

@Suite("XLSX exporter conformance")
struct XLSXConformanceTests {
    @Test("passes every check of the exporter contract")
    func conforms() {
        let failures = ExporterConformance(XLSXExporter()).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}

@Suite("XLSX exporter conformance, data layout")
struct XLSXDataConformanceTests {
    @Test("passes in constant-memory data layout")
    func conformsAsData() {
        let failures = ExporterConformance(XLSXExporter(), settings: ["layout": "data"]).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
