import Foundation
import WardPlan

/// Exports plans as self-contained, accessible web pages (`lang="ja"`, inline CSS, no scripts).
///
/// One plan: `--output FILE.html` (or `-` for standard output). Several plans: `--output DIR` writes
/// `index.html` and one page per plan, streaming the plans one at a time.
public struct HTMLExporter: PlanExporter {
    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "html", summary: "accessible web pages: FILE.html for one plan, a folder with index.html for several",
                     fileExtension: "html")
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: NoExportOptions) throws {
        switch destination {
        case .standardOutput:
            let page = try singlePage(&plans, destination: "standard output")
            try ByteWriter.withStandardOutput { writer in try writer.write(page) }
        case .path(let url) where ["html", "htm"].contains(url.pathExtension.lowercased()):
            let page = try singlePage(&plans, destination: url.path)
            try AtomicFile.write(Data(page.utf8), to: url)
        case .path(let folder):
            try AtomicFolder.write(to: folder) { staging in try writeSite(&plans, into: staging) }
        }
    }

    /// The page of the only plan; an error when there are several.
    private func singlePage(_ plans: inout PlanStream, destination: String) throws -> String {
        guard let plan = try plans.next() else { throw ExportError("there is no plan to export", destination: destination) }
        guard try plans.next() == nil else {
            throw ExportError("several plans need a folder as output (index.html and one page each), not one file",
                              destination: destination)
        }
        return try page(for: plan, indexLink: nil, destination: destination).render()
    }

    private func page(for plan: OperatingPlan, indexLink: String?, destination: String) throws(ExportError) -> PlanPage {
        do { return try PlanPage(plan: plan, indexLink: indexLink) } catch {
            throw ExportError.unsummable(plan, error, destination: destination)
        }
    }

    private func writeSite(_ plans: inout PlanStream, into folder: URL) throws {
        var names = PageFileNames()
        var index = IndexPage()
        while let plan = try plans.next() {
            let fileName = names.name(for: plan)
            let page = try page(for: plan, indexLink: "index.html", destination: fileName)
            try AtomicFile.write(Data(page.render().utf8), to: folder.appendingPathComponent(fileName))
            index.add(plan, total: page.budget.total, fileName: fileName)
        }
        try AtomicFile.write(Data(index.render().utf8), to: folder.appendingPathComponent("index.html"))
    }
}
