import Foundation

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
    /// - Throws: ``InputError`` naming the file, the line the plan starts on and the field at fault.
    public mutating func next() throws(InputError) -> OperatingPlan? {
        let value: (bytes: [UInt8], line: Int)?
        do {
            value = try scanner.next()
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError("cannot read: \(error.localizedDescription)", at: SourceLocation(file: scanner.file))
        }
        guard let value else { return nil }
        return try PlanJSON.decode(Data(value.bytes), file: scanner.file, line: value.line)
    }
}
