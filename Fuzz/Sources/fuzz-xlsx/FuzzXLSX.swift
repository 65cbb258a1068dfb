import FuzzSupport
import WardPlan
import WardPlanExport
import WardPlanXLSX

/// A plan imported from any bytes, exported as a workbook into memory: every part of the archive must
/// be well-formed XML, or the export must have been refused with a WardPlan error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let plan = FuzzPlan.plan(bytes, count),
        let output = FuzzPlan.export(plan, { try XLSXExporter().export(&$0, to: $1, options: .init()) }),
        let workbook = output.singleFile
    else { return 0 }
    let files: [String: [UInt8]]
    do { files = try ZipArchive.files(in: workbook.bytes) } catch { preconditionFailure("the workbook is not a zip: \(error)") }
    for (name, part) in files where name.hasSuffix(".xml") || name.hasSuffix(".rels") {
        if let problem = XMLCheck.problem(in: part) { preconditionFailure("\(name) is not well-formed XML: \(problem)") }
    }
    return 0
}
