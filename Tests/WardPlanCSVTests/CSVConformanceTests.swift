import Testing
import WardPlanCSV
import WardPlanTesting

@Suite("CSV exporter conformance")
struct CSVConformanceTests {
    @Test("passes every check of the exporter contract")
    func conforms() {
        let failures = ExporterConformance(CSVExporter()).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}

@Suite("CSV exporter conformance in CP932 with English headers")
struct CSVConformanceOptionsTests {
    @Test("passes with options set")
    func conformsWithOptions() {
        let failures = ExporterConformance(CSVExporter(), settings: ["encoding": "cp932", "header": "en", "table": "plans"]).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
