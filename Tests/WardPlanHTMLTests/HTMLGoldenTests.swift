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
    @Test("the sample's page matches its golden file", arguments: [
        Fixtures.higashisumiyoshi, Fixtures.kitahamahigashi, "samples/kawanami-h25-webpage.txt", "samples/higashiura-r6-webpage.txt",
    ])
    func sample(fixture: String) throws {
        let plan = try PublishedTextImporter().importPlan(from: Fixtures.data(fixture)).plan
        let sink = ByteSink(memoryNamed: "page")
        var stream = PlanStream([plan])
        try HTMLExporter().export(&stream, to: .stream(sink), options: NoOptions())
        let name = URL(fileURLWithPath: fixture).lastPathComponent.replacingOccurrences(of: ".txt", with: ".html")
        let expected = try GoldenFile.expected(name, actual: sink.bytes)
        #expect(expected == sink.bytes, "\(GoldenFile.firstDifference(expected, sink.bytes))")
    }
}

@Suite("HTML folder replacement")
struct HTMLFolderTests {
    @Test("a folder of the exporter's own pages is replaced whole; a folder with a page of someone else's is refused")
    func ownPagesOnly() throws {
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        var first = PlanStream([Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "西区")])
        try HTMLExporter().export(&first, to: .path(folder.path), options: NoOptions())
        var second = PlanStream([Fixtures.smallPlan(ward: "東区")])
        try HTMLExporter().export(&second, to: .path(folder.path), options: NoOptions())
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["2021-東区-final.html", "index.html"])
        try Data("mine".utf8).write(to: folder.appendingPathComponent("about.html"))
        var third = PlanStream([Fixtures.smallPlan(ward: "南区")])
        #expect { try HTMLExporter().export(&third, to: .path(folder.path), options: NoOptions()) } throws: { error in
            (error as? WardPlanError)?.message.english == "the folder holds files WardPlan did not write (about.html); name a new or empty folder"
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("about.html"), encoding: .utf8) == "mine")
    }
}
