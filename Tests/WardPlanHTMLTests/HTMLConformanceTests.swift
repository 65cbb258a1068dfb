import Testing
import WardPlanHTML
import WardPlanTesting

@Suite("HTML exporter conformance")
struct HTMLConformanceTests {
    @Test("passes every check of the exporter contract")
    func conforms() {
        let failures = ExporterConformance(HTMLExporter()).run()
        #expect(failures.isEmpty, "\(failures)")
    }
}
