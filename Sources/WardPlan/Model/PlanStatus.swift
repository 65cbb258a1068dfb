/// The publication state of a plan: 素案 → 案 → final → with 中間振り返り → with 自己評価.
public enum PlanStatus: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// 素案 — the first outline, published in November.
    case outline
    /// 案 — the draft, published in February.
    case draft
    /// The final plan, published in April.
    case final
    /// The plan updated with its 中間振り返り (mid-year review), October.
    case interimReviewed
    /// The plan updated with its 自己評価 (self-evaluation), June of the next year.
    case selfEvaluated

    /// The Japanese name of the state as plans print it.
    public var japaneseName: String {
        switch self {
        case .outline: "素案"
        case .draft: "案"
        case .final: "確定"
        case .interimReviewed: "中間振り返り"
        case .selfEvaluated: "自己評価"
        }
    }

    /// Decodes a state by its name, refusing an unknown one with the names it can take.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let status = PlanStatus(rawValue: name) else {
            let names = Self.allCases.map { "\"\($0.rawValue)\" (\($0.japaneseName))" }.joined(separator: ", ")
            throw DecodingFailure.corrupted(.notAState(name, states: names), at: container.codingPath)
        }
        self = status
    }

    private var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: PlanStatus, rhs: PlanStatus) -> Bool { lhs.order < rhs.order }
}
