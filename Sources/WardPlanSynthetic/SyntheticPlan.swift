import WardPlan

/// One synthetic plan, made from its own generator.
struct SyntheticPlan {
    let ward: Ward
    let fiscalYear: FiscalYear
    let status: PlanStatus
    let initiatives: Int
    var random: SplitMix64

    /// The 2023 layout states each issue's 予算額 and the previous year's 決算額.
    private var hasBudgetLines: Bool { fiscalYear.startYear >= 2023 }

    mutating func make() -> OperatingPlan {
        let issueCount = random.int(in: 3...6)
        let strategyCounts = (0..<issueCount).map { _ in random.int(in: 1...4) }
        let strategyTotal = strategyCounts.reduce(0, +)
        var issues: [ManagementIssue] = []
        var strategyIndex = 0
        var made = 0
        for (issueIndex, strategies) in strategyCounts.enumerated() {
            let number = issueIndex + 1
            var madeStrategies: [Strategy] = []
            for s in 1...strategies {
                // Initiatives spread evenly over all strategies; the first ones take the remainder.
                let count = initiatives / strategyTotal + (strategyIndex < initiatives % strategyTotal ? 1 : 0)
                strategyIndex += 1
                madeStrategies.append(strategy(issue: number, number: s, initiatives: count, first: made))
                made += count
            }
            issues.append(issue(number: number, strategies: madeStrategies))
        }
        let reformItems = (1...random.int(in: 1...3)).map { n in
            ReformItem(number: n, title: random.pick(SyntheticText.reformTitles),
                       pillar: ReformPillarRef(text: "3-3(\(n))", components: [3, 3, n]),
                       actions: ["\(random.pick(SyntheticText.subjects))\(random.pick(SyntheticText.actions))。"])
        }
        return OperatingPlan(
            ward: ward, fiscalYear: fiscalYear, status: status, title: "\(fiscalYear.japaneseLabel) \(ward.name)運営方針",
            head: "\(random.pick(["大阪", "浪速", "中之島", "天満"])) \(random.pick(["太郎", "花子", "一郎", "さくら"]))",
            goal: "\(ward.name)の目標: だれもが安心して暮らせるまち", mission: "区民の声を生かした区政の推進",
            policy: ["区民との協働を大切にする。", "地域の実情に即した施策を進める。"], issues: issues, reformItems: reformItems)
    }

    private mutating func issue(number: Int, strategies: [Strategy]) -> ManagementIssue {
        var lines: [IssueBudgetLine] = []
        // The issue's 予算額 for the year agrees with its 具体的取組, as published plans' do; last year's 決算額 differs.
        if hasBudgetLines, let stated = try? ThousandYen.sum(strategies.flatMap(\.initiatives).compactMap(\.budget)) {
            let previous = fiscalYear.previous
            let settled = ThousandYen(random.int(in: 10...9_000) * 10)
            lines = [
                IssueBudgetLine(kind: .settlement, fiscalYear: previous, amount: settled, text: "\(previous.japaneseLabel)決算額 \(settled)"),
                IssueBudgetLine(kind: .budget, fiscalYear: fiscalYear, amount: stated, text: "\(fiscalYear.japaneseLabel)予算額 \(stated)"),
            ]
        }
        return ManagementIssue(number: number, title: random.pick(SyntheticText.issueTitles),
                               summary: "\(random.pick(SyntheticText.subjects))\(random.pick(SyntheticText.actions))。",
                               sdgs: hasBudgetLines ? [random.int(in: 1...17)] : [], budgetLines: lines, strategies: strategies)
    }

    private mutating func strategy(issue: Int, number: Int, initiatives count: Int, first: Int) -> Strategy {
        let id = ItemID([issue, number])!
        let initiatives = (0..<count).map { k in initiative(id: ItemID([issue, number, k + 1])!, serial: first + k) }
        return Strategy(id: id, title: random.pick(SyntheticText.strategyTitles),
                        description: "\(random.pick(SyntheticText.subjects))\(random.pick(SyntheticText.actions))。",
                        initiatives: initiatives)
    }

    private mutating func initiative(id: ItemID, serial: Int) -> Initiative {
        let reviewed = random.chance(20)
        return Initiative(id: id, title: random.pick(SyntheticText.initiativeTitles), description: description(serial: serial),
                          budget: budget(), performanceTarget: random.chance(30) ? "参加者数 \(random.int(in: 50...900))人" : nil,
                          interimReview: reviewed ? random.pick(SyntheticText.reviews) : nil,
                          selfEvaluation: reviewed && random.chance(50) ? random.pick(SyntheticText.reviews) : nil)
    }

    /// 40–80 characters, unique within a plan and across plans: the ward, the year and the initiative's serial number
    /// are part of it.
    private mutating func description(serial: Int) -> String {
        let start = "\(ward.name)で\(fiscalYear.startYear)年度に\(random.pick(SyntheticText.subjects))\(random.pick(SyntheticText.actions))"
            + "ため、取組\(serial + 1)として"
        let end = "と協力して進める。"
        var partners = [random.pick(SyntheticText.subjects)]
        let length = random.int(in: 40...80)
        while start.count + partners.joined(separator: "・").count + end.count < length {
            partners.append(random.pick(SyntheticText.subjects))
        }
        return String((start + partners.joined(separator: "・")).prefix(80 - end.count)) + end
    }

    /// Most budgets are small, a few large; about one in ten initiatives has none.
    private mutating func budget() -> ThousandYen? {
        if random.chance(10) { return nil }
        let scale = [1, 1, 1, 1, 10, 10, 100][random.int(in: 0...6)]
        return ThousandYen(random.int(in: 10...999) * scale)
    }
}
