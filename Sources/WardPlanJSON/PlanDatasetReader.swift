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
    /// - Throws: ``WardPlan/WardPlanError`` naming the file, the line and column at fault and the field. After a
    ///   bad record of JSON Lines, the next call goes on with the following line; after a fault in a JSON
    ///   array, the array ends.
    public mutating func next() throws(WardPlanError) -> OperatingPlan? {
        try nextLocated()?.plan
    }

    /// The next plan with where its parts stand in the file and what the reading noticed (unknown keys),
    /// or `nil` at the end.
    public mutating func nextLocated() throws(WardPlanError) -> LocatedPlan? {
        let value: (bytes: [UInt8], line: Int)?
        do {
            let file = scanner.file
            if let plan = try scanner.nextOnOneLine({ line, number in FastPlanDecoder.decode(line, file: file, firstLine: number) }) {
                return plan
            }
            value = try scanner.next()
        } catch let error as WardPlanError {
            throw error
        } catch {
            throw WardPlanError(.unreadableInput, .cannotRead(error.localizedDescription), path: scanner.file)
        }
        guard let value else { return nil }
        return try PlanJSON.decodeLocated(value.bytes, file: scanner.file, line: value.line)
    }
}
