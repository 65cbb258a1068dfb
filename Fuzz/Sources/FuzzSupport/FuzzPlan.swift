import Foundation
import WardPlan
import WardPlanExport
import WardPlanText

/// Plans made from fuzz bytes for the exporters, and the one rule every export is held to.
public enum FuzzPlan {
    /// The text importer's plan of `bytes`, or `nil` when it reads none (not the exporters' concern).
    public static func plan(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> OperatingPlan? {
        try? PublishedTextImporter().importPlan(from: Data(bytes: bytes, count: count), file: "fuzz.txt").plan
    }

    /// Exports `plan` into memory with `export`. An exporter may refuse a plan, but only with a
    /// ``WardPlan/WardPlanError``, and a refused export leaves nothing behind.
    public static func export(_ plan: OperatingPlan, _ export: (inout PlanStream, ExportDestination) throws -> Void) -> MemoryOutput? {
        let output = MemoryOutput()
        var stream = PlanStream([plan])
        do { try export(&stream, .memory(output)) } catch {
            precondition(error is WardPlanError, "an exporter failed with a foreign error: \(error)")
            precondition(output.fileNames.isEmpty, "a refused export left files behind: \(output.fileNames)")
            return nil
        }
        return output
    }
}
