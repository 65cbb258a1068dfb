/// A 戦略 by its place in a draft: the index of its 経営課題, and its index there.
struct StrategyRef: Hashable, Sendable {
    let issue: Int
    let strategy: Int
}
