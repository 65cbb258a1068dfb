/// Which item of the plan under construction text belongs to, by position in its arrays.
enum ItemRef: Hashable {
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
    case targetState, currentSituation, causeAnalysis, problem, problemRecognition
    case performanceTarget, interimReview, selfEvaluation, reformTarget
}

/// Where the next text goes.
enum AssemblyTarget: Equatable {
    /// Before the plan's first section: page introduction, named in a note.
    case preamble
    /// Nowhere: text here is reported as not placed.
    case unplaced
    case goal, mission, policy, achievements, issuesAndImprovements, overallEvaluation, futurePolicy
    case item(ItemRef, ItemField)
    /// A list of items without tags under `主な戦略` or `主な具体的取組`: each line is one, numbered by position.
    case list(ItemTag.Kind)
    /// 関連するSDGs of the open issue: each line names a goal by its number.
    case sdgs
    /// アウトカム指標 of an issue or a strategy: each line is one indicator.
    case indicators(ItemRef)
    /// アウトカム指標の達成状況: a year line, then one result per indicator.
    case indicatorResults(ItemRef)
}
