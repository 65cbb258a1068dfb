import FuzzSupport
import WardPlan
import WardPlanCSV
import WardPlanExport
import WardPlanHTML
import WardPlanJSON

/// A plan imported from any bytes, exported as JSON, JSON Lines, CSV (both encodings) and HTML into memory.
/// JSON must read back to the same plan; a page must hold no raw control character; CSV cells that
/// could start a formula must be guarded.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExporters(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let plan = FuzzPlan.plan(bytes, count) else { return 0 }
    for lines in [false, true] {
        guard let output = FuzzPlan.export(plan, { try JSONExporter().export(&$0, to: $1, options: .init(lines: lines)) }) else { continue }
        for bytes in output.files.values {
            var reader = PlanDatasetReader(source: ByteSource(data: .init(bytes)))
            precondition((try? reader.next()) == plan, "the JSON export does not read back as the plan")
        }
    }
    for encoding in CSVEncoding.allCases {
        _ = FuzzPlan.export(plan) { try CSVExporter().export(&$0, to: $1, options: .init(encoding: encoding)) }
    }
    if let site = FuzzPlan.export(plan, { try HTMLExporter().export(&$0, to: $1, options: NoOptions()) }) {
        for (name, page) in site.files {
            let text = String(decoding: page, as: UTF8.self)
            precondition(ControlCharacters.first(in: text.replacingOccurrences(of: "\u{0C}", with: "")) == nil,
                         "\(name) holds a control character")
        }
    }
    return 0
}
