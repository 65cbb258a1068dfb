import Foundation
import WardPlan
import WardPlanExport

/// Exports plans as self-contained, accessible web pages (`lang="ja"`, inline CSS, no scripts).
///
/// To a file ending in `.html` (or standard output): the page of the one plan (an index of none when
/// there is no plan). To a folder (any other path) or memory: `index.html` and one page per plan,
/// streaming the plans one at a time.
public struct HTMLExporter: PlanExporter {
    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "html", summary: .htmlSummary,
                     fileExtension: "html", otherExtensions: ["htm"], output: .fileOrFolder)
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: NoOptions) throws {
        let onePage = switch destination {
        case .stream: true
        case .path: ["html", "htm"].contains(destination.pathExtension)
        case .memory: false
        }
        if onePage {
            let page = try singlePage(&plans, destination: destination)
            try destination.writeFile(named: "index.html") { writer in try writer.write(bytes: page) }
        } else {
            try destination.writeFolder(expectedNames: PageFileNames.isPageName) { folder in
                try writeSite(&plans, into: &folder, named: destination.description)
            }
        }
    }

    /// The page of the only plan, or the index of none; several plans need a folder.
    private func singlePage(_ plans: inout PlanStream, destination: ExportDestination) throws(WardPlanError) -> [UInt8] {
        guard let plan = try plans.next() else { return IndexPage().render() }
        guard try plans.peek() == nil else {
            throw WardPlanError(.unsupportedDestination, .severalPlansNeedFolder, path: destination.description)
        }
        try PageText.check(plan.plan, page: destination.description)
        return PlanPage(plan).render()
    }

    private func writeSite(_ plans: inout PlanStream, into folder: inout FolderWriter, named site: String) throws {
        var names = PageFileNames()
        var index = IndexPage()
        while let plan = try plans.next() {
            let fileName = names.name(for: plan.plan)
            try PageText.check(plan.plan, page: site + "/" + fileName)
            try folder.writeFile(named: fileName) { writer in try writer.write(bytes: PlanPage(plan, indexLink: "index.html").render()) }
            try index.add(plan, fileName: fileName)
        }
        try folder.writeFile(named: "index.html") { writer in try writer.write(bytes: index.render()) }
    }
}
