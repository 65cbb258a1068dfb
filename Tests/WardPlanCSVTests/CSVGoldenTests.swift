import Foundation
import Testing
import WardPlan
import WardPlanCSV
import WardPlanExport
import WardPlanText
import TestSupport

/// The sample's tables byte for byte: a change to the CSV formatter or the tables fails here first.
@Suite("CSV golden files")
struct CSVGoldenTests {
    @Test("the sample's three tables and datapackage.json match their golden files", arguments: [
        "initiatives.csv", "plans.csv", "reform-items.csv", "datapackage.json",
    ])
    func sample(file: String) throws {
        let plan = try PublishedTextImporter().importPlan(from: Fixtures.data(Fixtures.higashisumiyoshi)).plan
        let output = MemoryOutput()
        var stream = PlanStream([plan])
        try CSVExporter().export(&stream, to: .memory(output), options: .init())
        let actual = try #require(output.contents(of: file))
        let expected = try GoldenFile.expected("higashisumiyoshi-r2." + file, actual: actual)
        #expect(expected == actual, "\(GoldenFile.firstDifference(expected, actual))")
    }
}
