import WardPlan

/// Writes a plan as published text in the layout of the real 2020 sample
/// (`Tests/Fixtures/higashisumiyoshi-r2-draft.txt`): headings on their own lines, the 様式2 table with tab-separated
/// cells and 【】 ids, budgets as 《5,237千円》, 様式3 cells with leftover `<ul …> ・…` markup. WardPlan has no text
/// exporter, so the import suite makes its input with this from the synthetic plans.
enum PublishedTextRenderer {
    static func render(_ plan: OperatingPlan) -> String {
        let year = plan.fiscalYear.japaneseLabel
        let shortYear = plan.fiscalYear.eraYear.map { "\($0)年度" } ?? plan.fiscalYear.gregorianLabel
        let state = switch plan.status {
        case .outline: "(素案)"
        case .draft: "(案)"
        case .final: ""
        case .interimReviewed: "(中間振り返り)"
        case .selfEvaluated: "(自己評価)"
        }
        var text = "\n\n\(year) \(plan.ward.name)運営方針\(state)\n\n"
        if let head = plan.head { text += "(区長:\(head))\n\n" }
        text += "◆計画\n\n"
        if let goal = plan.goal { text += "区の目標(何をめざすのか)\n\n\(goal)\n\n" }
        if let mission = plan.mission { text += "区の使命(どのような役割を担うのか)\n\n\(mission)\n\n" }
        if !plan.policy.isEmpty {
            text += "\(year) 区運営の基本的な考え方(区の方針)\n\n"
            for paragraph in plan.policy { text += "・\(paragraph)\n\n" }
        }
        text += "重点的に取り組む主な経営課題(様式2)\n\n"
        for issue in plan.issues {
            text += "経営課題の概要\t主な戦略\n"
            text += "【経営課題\(issue.number)】\(issue.title)"
            if let summary = issue.summary { text += " \(summary)" }
            text += "\t"
            text += issue.strategies.map { strategy in
                "【戦略\(strategy.id)】\(strategy.title)" + (strategy.description.map { " \($0)" } ?? "")
            }.joined(separator: " ")
            text += "\n主な具体的取組(\(shortYear)予算額)\t\n"
            text += issue.strategies.flatMap(\.initiatives).map { initiative in
                var cell = "【具体的取組\(initiative.id)】\(initiative.title)"
                if let budget = initiative.budget { cell += " 《\(budget.grouped)千円》" }
                if let description = initiative.description { cell += " \(description)" }
                return cell
            }.joined(separator: " ")
            text += "\t\n"
        }
        if !plan.reformItems.isEmpty {
            text += "\n「\(year)以降の市政改革計画」に基づく取組等（様式3）\n\n"
            for item in plan.reformItems {
                text += "主な取組項目\t取組内容\n"
                text += "【取組項目\(item.number)】 \(item.title)"
                if let pillar = item.pillar { text += " (改革の柱\(pillar.text))" }
                text += "\t<ul style=\"list-style-type: none\">"
                for action in item.actions { text += " ・\(action)" }
                text += "\n"
            }
        }
        text += "\n◆自己評価\n\n1年間の取組成果と今後取り組みたいこと\n\n解決すべき課題と今後の改善方向\n"
        return text
    }
}
