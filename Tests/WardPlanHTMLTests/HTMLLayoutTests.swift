import Foundation
import Testing
import WardPlan
import WardPlanExport
import WardPlanHTML
import WardPlanText
import TestSupport

/// The pages as headless Chromium lays them out on a phone (390 px) and on a desktop (1280 px), measured in
/// the rendered page: nothing scrolls sideways, no table cell is squeezed, budget columns stay narrow, the
/// chart's labels stay legible.
@Suite("HTML layout in Chromium", .serialized)
struct HTMLLayoutTests {
    /// The pages of the text fixtures, with a 確定 of the sample beside its 案, exported to a folder.
    private static func site() throws -> URL {
        let importer = PublishedTextImporter()
        var plans = try [Fixtures.higashisumiyoshi, Fixtures.kitahamahigashi, "samples/kawanami-h25-webpage.txt",
                         "samples/higashiura-r6-webpage.txt", "samples/minamisato-r4-webpage.txt"]
            .map { try importer.importPlan(from: Fixtures.data($0)).plan }
        var final = plans[0]
        final.status = .final
        final.title = nil
        plans.append(final)
        let folder = try Fixtures.temporaryFolder().appendingPathComponent("site")
        var stream = PlanStream(plans)
        try HTMLExporter().export(&stream, to: .path(folder.path), options: NoOptions())
        return folder
    }

    static let pages = ["index.html", "2020-東住吉区-draft.html", "2021-北浜東区-outline.html", "2013-川浪区-selfEvaluated.html",
                        "2024-東浦区-selfEvaluated.html", "2022-南里区-final.html"]

    @Test("at 390 px: no sideways scrolling, every cell at least 3 em wide, budget columns under a third, chart labels at least 12 px",
          arguments: pages)
    func phone(page: String) throws {
        let layout = try RenderedLayout.measure(try Self.site().appendingPathComponent(page), width: 390)
        #expect(layout.viewport == 390)
        #expect(layout.scrollWidth <= 390)
        #expect(!layout.cells.isEmpty && !layout.budgetColumns.isEmpty)
        for wrapper in layout.wrappers {
            #expect(wrapper.scrollWidth <= wrapper.clientWidth, "a table scrolls sideways: \(wrapper)")
        }
        for cell in layout.cells {
            #expect(cell.width >= 3 * cell.fontSize, "\(cell.text): \(cell.width) px at \(cell.fontSize) px a character")
        }
        for column in layout.budgetColumns {
            #expect(column.width * 3 < column.tableWidth, "\(column.heading): \(column.width) of \(column.tableWidth) px")
        }
        if page == "index.html" {
            let names = layout.cells.filter(\.wardName)
            #expect(names.map(\.text) == ["東住吉区", "東住吉区", "北浜東区", "南里区", "川浪区", "東浦区"])
            #expect(names.allSatisfy { $0.lines == 1 }, "\(names)")
        } else {
            #expect(!layout.labels.isEmpty)
            // 東浦区's 経営課題 carry their budgets on lines of their own, without 具体的取組 tables.
            if page != "2024-東浦区-selfEvaluated.html" {
                #expect(layout.cells.contains { $0.layout == "block" }, "the 具体的取組 tables are laid out as cards")
            }
        }
        for label in layout.labels {
            #expect(label.size >= 12, "\(label.text): \(label.size) px")
        }
    }

    @Test("at 1280 px: tables stay tables, nothing scrolls sideways, chart labels at least 12 px",
          arguments: ["index.html", "2020-東住吉区-draft.html"])
    func desktop(page: String) throws {
        let layout = try RenderedLayout.measure(try Self.site().appendingPathComponent(page), width: 1280)
        #expect(layout.viewport == 1280)
        #expect(layout.scrollWidth <= 1280)
        #expect(layout.cells.allSatisfy { $0.layout == "table" })
        #expect(layout.cells.allSatisfy { $0.width >= 3 * $0.fontSize })
        #expect(layout.budgetColumns.allSatisfy { $0.width * 3 < $0.tableWidth })
        #expect(layout.labels.allSatisfy { $0.size >= 12 })
    }
}
