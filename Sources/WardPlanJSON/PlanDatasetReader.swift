import Foundation
import WardPlan

/// Reads plans one at a time from JSON: a single plan, an array of plans, or JSON Lines.
///
/// Only the plan being read is held in memory, so a dataset of any size can be summarised or exported.
public struct PlanDatasetReader {
    private var scanner: JSONValueScanner

    /// Reads from `source`; `file` names it in errors.
    public init(source: ByteSource, file: String? = nil) {
        scanner = JSONValueScanner(source: source, file: file)
    }

    /// The next plan, or `nil` at the end.
    /// - Throws: ``WardPlan/WardPlanError`` naming the file, the line the plan starts on and the field at fault.
    public mutating func next() throws(WardPlanError) -> OperatingPlan? {
        let value: (bytes: [UInt8], line: Int)?
        do {
            value = try scanner.next()
        } catch let error as WardPlanError {
            throw error
        } catch {
            throw WardPlanError(.unreadableInput, "cannot read: \(error.localizedDescription)", path: scanner.file)
        }
        guard let value else { return nil }
        return try PlanJSON.decode(Data(value.bytes), file: scanner.file, line: value.line)
    }
}
