import Foundation
import WardPlan

/// The canonical JSON form of plans: camelCase English field names, sorted keys, text kept byte for byte.
public enum PlanJSON {
    /// An encoder for the canonical form; `pretty` adds indentation for people to read.
    public static func encoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes one plan.
    public static func encode(_ plan: OperatingPlan, pretty: Bool = true) throws -> Data {
        try encoder(pretty: pretty).encode(plan)
    }

    /// Decodes one plan from JSON text, naming `file` and `line` in the error when it is not a plan.
    public static func decode(_ data: Data, file: String? = nil, line: Int? = nil) throws(WardPlanError) -> OperatingPlan {
        try decodeLocated(Array(data), file: file, line: line ?? 1).plan
    }

    /// Decodes one plan that starts on `line` of `file`, with where each part stands: by the fast path
    /// (``FastPlanDecoder``) when it is sure of the record, else by the careful one, a strict syntax check
    /// (``JSONSyntax``) and the model's decoding, whose errors name the line, column and field at fault.
    static func decodeLocated(_ bytes: [UInt8], file: String?, line: Int) throws(WardPlanError) -> LocatedPlan {
        if let plan = FastPlanDecoder.decode(bytes, file: file, firstLine: line) { return plan }
        return try decodeCarefully(bytes, file: file, line: line)
    }

    /// The careful path: a strict syntax check that locates every fault, then the model's own decoding. Every
    /// record the fast path gives up on comes here, which finds and words its error.
    static func decodeCarefully(_ bytes: [UInt8], file: String?, line: Int) throws(WardPlanError) -> LocatedPlan {
        let scan = try JSONSyntax.check(bytes, file: file, firstLine: line, knownKeys: JSONKnownKeys.byContainer)
        func location(_ field: String?) -> SourceLocation {
            // Reading again, noting every value's place, only for the record that failed. A missing key is
            // placed at the object that lacks it.
            let positions = (try? JSONSyntax.check(bytes, file: file, firstLine: line, recordingAll: true).positions) ?? scan.positions
            let position = positions[field ?? ""] ?? field.flatMap { positions[JSONSyntax.parent(of: $0)] }
            return SourceLocation(file: file, line: position?.line ?? line, column: position?.column, field: field)
        }
        let plan: OperatingPlan
        do {
            plan = try JSONDecoder().decode(OperatingPlan.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw WardPlanError(.invalidInput, Self.explain(error), at: location(Self.path(of: error)))
        } catch {
            throw WardPlanError(.invalidInput, .notAPlan(String(describing: error)), at: location(nil))
        }
        return LocatedPlan(plan: plan, sourceMap: JSONSourceMap.make(for: plan, positions: scan.positions, file: file),
                           diagnostics: scan.unknownKeys)
    }

    private static func context(of error: DecodingError) -> DecodingError.Context? {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            context
        @unknown default:
            nil
        }
    }

    private static func path(of error: DecodingError) -> String? {
        var keys = context(of: error)?.codingPath ?? []
        if case .keyNotFound(let key, _) = error { keys.append(key) }
        guard !keys.isEmpty else { return nil }
        return keys.reduce("") { path, key in
            if let index = key.intValue { return path + "[\(index)]" }
            return path.isEmpty ? key.stringValue : path + "." + key.stringValue
        }
    }

    /// What a JSON value of `type` is called in plain words.
    private static func kind(of type: Any.Type) -> Message.JSONKind {
        switch type {
        case is String.Type: .text
        case is Int.Type: .wholeNumber
        case is Bool.Type: .boolean
        case is [Any].Type: .list
        default: String(describing: type).hasPrefix("Dictionary") ? .object : .other(String(describing: type))
        }
    }

    private static func explain(_ error: DecodingError) -> Message {
        switch error {
        case .keyNotFound(let key, _):
            return .missingField(key.stringValue)
        case .typeMismatch(let type, _):
            return .wrongKind(field: path(of: error), kind(of: type), null: false)
        case .valueNotFound(let type, _):
            return .wrongKind(field: path(of: error), kind(of: type), null: true)
        case .dataCorrupted(let context):
            if let failure = context.underlyingError as? DecodingFailure { return failure.message }
            return context.codingPath.isEmpty ? .notValidJSON : Message(context.debugDescription)
        @unknown default:
            return .notAPlan
        }
    }
}
