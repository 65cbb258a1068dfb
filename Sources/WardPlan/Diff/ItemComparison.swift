/// The comparison of one matched (or unmatched) item of each level, with the items under it.
enum ItemComparison {
    static func issue(
        old: (ManagementIssue, IssueBudget)?, new: (ManagementIssue, IssueBudget)?, match: ItemChange.Match?
    ) -> ItemChange? {
        let fields: [(String, String, (ManagementIssue) -> String?)] = [
            ("label", "番号", \.label), ("title", "名称", \.title), ("summary", "概要", \.summary),
            ("targetState", "めざすべき将来像", \.targetState), ("currentSituation", "現状", \.currentSituation),
            ("causeAnalysis", "要因分析", \.causeAnalysis), ("problem", "課題", \.problem),
            ("problemRecognition", "課題認識", \.problemRecognition),
            ("sdgs", "関連するSDGs", { $0.sdgs.isEmpty ? nil : $0.sdgs.map(String.init).joined(separator: ", ") }),
            ("budgetLines", "予算額・決算額", { PlanDiff.lines($0.budgetLines.map(Self.text(of:))) }),
            ("outcomeIndicators", "アウトカム指標", { PlanDiff.lines($0.outcomeIndicators.map(Self.text(of:))) }),
        ]
        let children = ItemMatcher.pairs(old: old?.0.strategies ?? [], new: new?.0.strategies ?? [],
                                         key: \.id, title: \.title).compactMap { strategy(old: $0.old, new: $0.new, match: $0.match) }
        return change(.issue, old: old?.0, new: new?.0, match: match, id: { String($0.number) }, title: \.title,
                      fields: fields, amount: (old?.1.total, new?.1.total), children: children)
    }

    static func strategy(old: Strategy?, new: Strategy?, match: ItemChange.Match?) -> ItemChange? {
        let fields: [(String, String, (Strategy) -> String?)] = [
            ("title", "名称", \.title), ("targetState", "めざす状態", \.targetState), ("description", "内容", \.description),
            ("outcomeIndicators", "アウトカム指標", { PlanDiff.lines($0.outcomeIndicators.map(Self.text(of:))) }),
            ("interimReview", "中間振り返り", \.interimReview), ("selfEvaluation", "自己評価", \.selfEvaluation),
        ]
        let children = ItemMatcher.pairs(old: old?.initiatives ?? [], new: new?.initiatives ?? [], key: \.id, title: \.title)
            .compactMap { initiative(old: $0.old, new: $0.new, match: $0.match) }
        return change(.strategy, old: old, new: new, match: match, id: \.id.description, title: \.title,
                      fields: fields, amount: nil, children: children)
    }

    static func initiative(old: Initiative?, new: Initiative?, match: ItemChange.Match?) -> ItemChange? {
        let fields: [(String, String, (Initiative) -> String?)] = [
            ("title", "名称", \.title), ("description", "取組内容", \.description),
            ("performanceTarget", "業績目標", \.performanceTarget), ("interimReview", "中間振り返り", \.interimReview),
            ("selfEvaluation", "自己評価", \.selfEvaluation),
        ]
        return change(.initiative, old: old, new: new, match: match, id: \.id.description, title: \.title,
                      fields: fields, amount: (old?.budget, new?.budget), children: [])
    }

    static func reformItem(old: ReformItem?, new: ReformItem?, match: ItemChange.Match?) -> ItemChange? {
        let fields: [(String, String, (ReformItem) -> String?)] = [
            ("title", "名称", \.title), ("pillar", "改革の柱", { $0.pillar?.text }),
            ("actions", "取組内容", { PlanDiff.lines($0.actions) }), ("target", "目標", \.target),
            ("interimReview", "中間振り返り", \.interimReview), ("selfEvaluation", "自己評価", \.selfEvaluation),
        ]
        return change(.reformItem, old: old, new: new, match: match, id: { String($0.number) }, title: \.title,
                      fields: fields, amount: nil, children: [])
    }

    /// The change of one item, or `nil` when it and everything under it are the same.
    private static func change<Item>(
        _ level: ItemChange.Level, old: Item?, new: Item?, match: ItemChange.Match?, id: (Item) -> String,
        title: (Item) -> String, fields: [(String, String, (Item) -> String?)], amount: (ThousandYen?, ThousandYen?)?,
        children: [ItemChange]
    ) -> ItemChange? {
        let fieldChanges = fields.compactMap { field, label, value in
            FieldChange.between(field, label, old.flatMap(value), new.flatMap(value))
        }
        let amountChange = amount.flatMap { AmountChange.between($0.0, $0.1) }
        let oldID = old.map(id)
        let newID = new.map(id)
        let kind: ItemChange.Kind
        switch (old, new) {
        case (nil, _): kind = .added
        case (_, nil): kind = .removed
        default:
            if oldID != newID {
                kind = .renumbered
            } else if !fieldChanges.isEmpty || amountChange != nil {
                kind = .changed
            } else if !children.isEmpty {
                kind = .unchanged
            } else {
                return nil
            }
        }
        return ItemChange(level: level, kind: kind, oldID: oldID, newID: newID, title: (new ?? old).map(title) ?? "",
                          match: match, fields: fieldChanges, amount: amountChange, children: children)
    }

    /// An indicator as one comparable text: its name, target, and each year's target and result.
    private static func text(of indicator: OutcomeIndicator) -> String {
        var lines = [indicator.name + (indicator.target.map { "（目標: \($0)）" } ?? "")]
        for measurement in indicator.measurements {
            let rating = measurement.rating.map { " / 達成状況 \($0)" } ?? ""
            lines.append("  \(measurement.fiscalYear.japaneseLabel): 目標 \(measurement.target ?? "—") / 実績 \(measurement.actual ?? "—")\(rating)")
        }
        return lines.joined(separator: "\n")
    }

    /// A budget line as the diff compares it: kind, year and exact amount, then the published text.
    private static func text(of line: IssueBudgetLine) -> String {
        "\(line.fiscalYear.japaneseLabel) \(line.kind.japaneseName) \(line.amount)（\(line.text)）"
    }
}
