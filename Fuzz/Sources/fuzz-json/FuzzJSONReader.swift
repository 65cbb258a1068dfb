import Foundation
import WardPlan
import WardPlanJSON

/// Any bytes through the dataset reader (array, JSON Lines, one plan), going on after bad records as
/// `validate` does. Each plan read must survive the canonical round trip unchanged: the strict reader and
/// Foundation's decoder agree on it, and the encoder writes what the reader reads back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var reader = PlanDatasetReader(source: ByteSource(data: Data(bytes: bytes, count: count)), file: "fuzz.jsonl")
    for _ in 0..<1_000 {
        let plan: OperatingPlan?
        do { plan = try reader.next() } catch { continue }
        guard let plan else { break }
        _ = PlanValidator().validate(plan)
        guard let encoded = try? PlanJSON.encode(plan, pretty: false) else {
            preconditionFailure("a plan that was read cannot be written")
        }
        precondition((try? PlanJSON.decode(encoded)) == plan, "the canonical round trip changed the plan")
    }
    return 0
}
