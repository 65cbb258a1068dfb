/// Which item of the plan under construction text belongs to, by position in its arrays.
enum ItemRef: Equatable {
    case issue(Int)
    case strategy(Int, Int)
    case initiative(Int, Int, Int)
    case reformItem(Int)

    /// The index of the 経営課題 the item sits in, if it is one of the 様式2 items.
    var issueIndex: Int? {
        switch self {
        case .issue(let issue), .strategy(let issue, _), .initiative(let issue, _, _): issue
        case .reformItem: nil
        }
    }

    /// The 戦略 the item is or sits under.
    var strategyRef: ItemRef? {
        switch self {
        case .strategy: self
        case .initiative(let issue, let strategy, _): .strategy(issue, strategy)
        case .issue, .reformItem: nil
        }
    }
}

/// The field of an item that text goes to.
enum ItemField: Equatable {
    /// The title, from the next text (split at the first space when on the tag's own line), then the body.
    case titleThenBody(tagLine: Int)
    /// The item's main text: an issue's 概要, a strategy's or initiative's description, a reform item's actions.
    case body
    case targetState, currentSituation, causeAnalysis, outcomeIndicators
    case performanceTarget, interimReview, selfEvaluation, reformTarget
}

/// Where the next text goes.
enum AssemblyTarget: Equatable {
    /// Before the plan's first section: text is skipped without comment.
    case preamble
    /// Nowhere: text here is reported as not placed.
    case unplaced
    case goal, mission, policy, achievements, issuesAndImprovements
    case item(ItemRef, ItemField)
}
