import Foundation
import Testing
import WardPlan
import WardPlanExport
import WardPlanHTML
import WardPlanText
import TestSupport

/// The sample's page byte for byte: a change to the page, its labels or its escaping fails here first.
@Suite("HTML golden files")
struct HTMLGoldenTests {
    @Test("the sample's page matches its golden file", arguments: [Fixtures.higashisumiyoshi, Fixtures.kitahamahigashi])
    func sample(fixture: String) throws {
        let plan = try PublishedTextImporter().importPlan(from: Fixtures.data(fixture)).plan
        let sink = ByteSink(memoryNamed: "page")
        var stream = PlanStream([plan])
        try HTMLExporter().export(&stream, to: .stream(sink), options: NoOptions())
        let name = fixture.replacingOccurrences(of: ".txt", with: ".html")
        let expected = try GoldenFile.expected(name, actual: sink.bytes)
        #expect(expected == sink.bytes, "\(GoldenFile.firstDifference(expected, sink.bytes))")
    }
}
