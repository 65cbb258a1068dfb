extension OperatingPlan {
    /// One piece of a plan's text: where it stands and what it says.
    public struct TextField: Sendable, Equatable {
        /// The part of the plan that holds the text.
        public let element: PlanElement
        /// The field of that part, e.g. `title`, `中間振り返り`; empty for the part's only text.
        public let field: String
        /// The text, as stored.
        public let text: String

        /// The field for messages, e.g. `経営課題 2 title`, `区の目標 (goal)`.
        public var name: String { field.isEmpty ? element.name : "\(element.name) \(field)" }
    }

    /// Calls `body` with every text of the plan, in the order of the city's forms: the ward's name and
    /// 様式1, then each 経営課題 with its 戦略 and 具体的取組, 様式3, and the 自己評価.
    ///
    /// Exporters use it to check, before writing anything, that each text can be written in their format.
    public func forEachText<Failure: Error>(_ body: (TextField) throws(Failure) -> Void) throws(Failure) {
        func visit(_ element: PlanElement, _ field: String, _ text: String?) throws(Failure) {
            if let text { try body(TextField(element: element, field: field, text: text)) }
        }
        try visit(.plan, "区名", ward.name)
        try visit(.plan, "区コード", ward.code)
        try visit(.plan, "title", title)
        try visit(.head, "", head)
        try visit(.goal, "", goal)
        try visit(.mission, "", mission)
        for paragraph in policy { try visit(.policy, "", paragraph) }
        for issue in issues {
            let element = PlanElement.issue(issue.number)
            try visit(element, "番号", issue.label)
            try visit(element, "title", issue.title)
            try visit(element, "概要", issue.summary)
            try visit(element, "めざす状態", issue.targetState)
            try visit(element, "現状", issue.currentSituation)
            try visit(element, "要因分析", issue.causeAnalysis)
            try visit(element, "課題", issue.problem)
            try visit(element, "課題認識", issue.problemRecognition)
            for line in issue.budgetLines { try visit(element, line.kind.japaneseName, line.text) }
            try issue.outcomeIndicators.forEachText(of: element, visit)
            for strategy in issue.strategies { try strategy.forEachText(visit) }
        }
        for item in reformItems {
            let element = PlanElement.reformItem(item.number)
            try visit(element, "title", item.title)
            try visit(element, "改革の柱", item.pillar?.text)
            for action in item.actions { try visit(element, "取組内容", action) }
            try visit(element, "目標", item.target)
            try visit(element, "中間振り返り", item.interimReview)
            try visit(element, "自己評価", item.selfEvaluation)
        }
        try visit(.selfEvaluation, "達成状況", selfEvaluation?.achievements)
        try visit(.selfEvaluation, "課題と改善", selfEvaluation?.issuesAndImprovements)
        try visit(.selfEvaluation, "全体の定性評価", selfEvaluation?.overall)
        try visit(.selfEvaluation, "今後の方針", selfEvaluation?.futurePolicy)
    }
}

extension Strategy {
    fileprivate func forEachText<Failure: Error>(
        _ visit: (PlanElement, String, String?) throws(Failure) -> Void
    ) throws(Failure) {
        let element = PlanElement.strategy(id)
        try visit(element, "title", title)
        try visit(element, "めざす状態", targetState)
        try visit(element, "description", description)
        try outcomeIndicators.forEachText(of: element, visit)
        try visit(element, "中間振り返り", interimReview)
        try visit(element, "自己評価", selfEvaluation)
        // By index: each text is read where it stands, not with a copy of the whole initiative.
        for index in initiatives.indices {
            let element = PlanElement.initiative(initiatives[index].id)
            try visit(element, "title", initiatives[index].title)
            try visit(element, "description", initiatives[index].description)
            try visit(element, "業績目標", initiatives[index].performanceTarget)
            try visit(element, "中間振り返り", initiatives[index].interimReview)
            try visit(element, "自己評価", initiatives[index].selfEvaluation)
        }
    }
}

extension [OutcomeIndicator] {
    fileprivate func forEachText<Failure: Error>(
        of element: PlanElement, _ visit: (PlanElement, String, String?) throws(Failure) -> Void
    ) throws(Failure) {
        for indicator in self {
            try visit(element, "アウトカム指標", indicator.name)
            try visit(element, "アウトカム指標の目標", indicator.target)
            for measurement in indicator.measurements {
                try visit(element, "アウトカム指標の目標", measurement.target)
                try visit(element, "アウトカム指標の実績", measurement.actual)
                try visit(element, "アウトカム指標の達成状況", measurement.rating)
            }
        }
    }
}
