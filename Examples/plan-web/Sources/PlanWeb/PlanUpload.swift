import Foundation
import WardPlan
import WardPlanJSON
import WardPlanText

/// What an uploaded body holds: a plan (from published text or canonical JSON) with the problems met, or
/// why it is not a plan.
enum PlanUpload {
    /// Reads `bytes` as JSON when they start with `{`, else as published text.
    static func read(_ bytes: [UInt8]) throws(WardPlanError) -> (plan: OperatingPlan, diagnostics: [Diagnostic]) {
        let first = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
        if first == UInt8(ascii: "{") {
            var reader = PlanDatasetReader(source: ByteSource(data: Data(bytes)), file: "upload")
            guard let located = try reader.nextLocated() else { throw WardPlanError(.invalidInput, Message(english: "the body holds no plan", japanese: "本文に計画がありません")) }
            guard try reader.next() == nil else { throw WardPlanError(.invalidInput, Message(english: "the body holds several plans; upload one", japanese: "本文に計画が複数あります。一つだけ送ってください")) }
            return (located.plan, located.diagnostics + PlanValidator().validate(located.plan, sourceMap: located.sourceMap))
        }
        let imported = try PublishedTextImporter().importPlan(from: Data(bytes), file: "upload")
        return (imported.plan, imported.validation())
    }
}
