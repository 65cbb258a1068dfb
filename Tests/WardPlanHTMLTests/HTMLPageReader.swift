import Foundation
import WardPlan
import WardPlanExport
import WardPlanHTML

/// Exports plans as HTML to memory and reads the pages back: whole text, and a table's rows as cell texts.
enum HTMLPageReader {
    /// The files of the export of `plans` to memory (`index.html` and one page per plan), as text.
    static func site(_ plans: [OperatingPlan]) throws -> [String: String] {
        let output = MemoryOutput()
        var stream = PlanStream(plans)
        try HTMLExporter().export(&stream, to: .memory(output), options: NoOptions())
        return output.files.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// The page of the one plan.
    static func page(_ plan: OperatingPlan) throws -> String {
        try site([plan]).first { $0.key != "index.html" }?.value ?? ""
    }

    /// The rows of the part of `html` between `start` and `end` (`<tbody>` and `</tbody>`, say), each as its
    /// cells' texts with the markup taken out.
    static func rows(of html: String, from start: String, to end: String) -> [[String]] {
        guard let from = html.range(of: start)?.upperBound, let to = html[from...].range(of: end)?.lowerBound else { return [] }
        return html[from..<to].components(separatedBy: "</tr>").dropLast().map { row in
            (row.components(separatedBy: "<tr>").last ?? "").components(separatedBy: "</t").dropLast().map { cell in
                String(cell.split(separator: ">", maxSplits: 1).last ?? "").replacing(/<[^>]*>/, with: "")
            }
        }
    }
}
