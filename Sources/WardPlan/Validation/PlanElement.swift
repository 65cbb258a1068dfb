/// A part of a plan that a diagnostic can point at.
public enum PlanElement: Sendable, Hashable {
    /// The plan as a whole (its title line).
    case plan
    /// 区長.
    case head
    /// 区の目標.
    case goal
    /// 区の使命.
    case mission
    /// 区運営の基本的な考え方.
    case policy
    /// 経営課題 N.
    case issue(Int)
    /// 戦略 N-M.
    case strategy(ItemID)
    /// 具体的取組 N-M-K.
    case initiative(ItemID)
    /// The budget of 具体的取組 N-M-K.
    case budget(ItemID)
    /// 取組項目 N.
    case reformItem(Int)
    /// 自己評価.
    case selfEvaluation

    /// The Japanese term that names the element in the city's forms, e.g. `区の目標`, `経営課題1`.
    public var japaneseTerm: String {
        switch self {
        case .plan: "区運営方針"
        case .head: "区長"
        case .goal: "区の目標"
        case .mission: "区の使命"
        case .policy: "区運営の基本的な考え方"
        case .issue(let number): "経営課題\(number)"
        case .strategy(let id): "戦略\(id)"
        case .initiative(let id): "具体的取組\(id)"
        case .budget(let id): "具体的取組\(id) 予算額"
        case .reformItem(let number): "取組項目\(number)"
        case .selfEvaluation: "自己評価"
        }
    }

    /// The element's name for messages, e.g. `具体的取組 1-1-2`.
    public var name: String {
        switch self {
        case .plan: "plan"
        case .head: "区長 (head)"
        case .goal: "区の目標 (goal)"
        case .mission: "区の使命 (mission)"
        case .policy: "区運営の基本的な考え方 (policy)"
        case .issue(let number): "経営課題 \(number)"
        case .strategy(let id): "戦略 \(id)"
        case .initiative(let id): "具体的取組 \(id)"
        case .budget(let id): "具体的取組 \(id) budget"
        case .reformItem(let number): "取組項目 \(number)"
        case .selfEvaluation: "自己評価 (self-evaluation)"
        }
    }
}
