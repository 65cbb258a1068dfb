// The catalogue, part 1: what validation, budget arithmetic and the model say about a plan.

extension Message {
    /// `path:line:column: error:` — the word for each severity.
    package static func severity(_ severity: Diagnostic.Severity) -> Message {
        switch severity {
        case .error: Message(english: "error", japanese: "エラー")
        case .warning: Message(english: "warning", japanese: "警告")
        case .note: Message(english: "note", japanese: "注記")
        }
    }

    /// A text holding a control character or noncharacter: a warning of the validator, or (`inPage`) why a
    /// web page is refused.
    package static func controlCharacter(in field: String, code: String, inPage: Bool = false) -> Message {
        Message(english: "\(field) holds \(code), a control character or noncharacter, which "
                    + (inPage ? "a web page" : "documents such as web pages") + " cannot hold; remove it from the plan",
                japanese: "\(field)に制御文字または非文字 \(code) があります。" + (inPage ? "ウェブページ" : "ウェブページなどの文書")
                    + "には書けないので、計画から取り除いてください")
    }

    package static func budgetsCannotBeAdded(_ reason: Message) -> Message {
        Message(english: "the plan's budgets cannot be added up: \(reason.english)",
                japanese: "計画の予算額を合計できません: \(reason.japanese)")
    }

    package static func planBudgetsCannotBeAdded(plan: String, _ reason: Message) -> Message {
        Message(english: "the budgets of \(plan) cannot be added up: \(reason.english)",
                japanese: "\(plan)の予算額を合計できません: \(reason.japanese)")
    }

    package static let noGoal = Message(english: "the plan has no 区の目標 (goal)", japanese: "区の目標がありません")
    package static let noMission = Message(english: "the plan has no 区の使命 (mission)", japanese: "区の使命がありません")
    package static let noHead = Message(english: "the plan names no 区長 (head)", japanese: "区長の名前がありません")
    package static let noPolicy = Message(english: "the plan has no 区運営の基本的な考え方 (policy)",
                                          japanese: "区運営の基本的な考え方がありません")
    package static let noIssue = Message(english: "the plan has no 経営課題 (management issue)", japanese: "経営課題がありません")

    package static func issueWithoutStrategy(_ issue: String) -> Message {
        Message(english: "経営課題 \(issue) has no 戦略 (strategy)", japanese: "経営課題\(issue)に戦略がありません")
    }

    package static func sdgOutOfRange(issue: String, goal: Int) -> Message {
        Message(english: "経営課題 \(issue) names SDG \(goal); the goals are numbered 1 to 17",
                japanese: "経営課題\(issue)がSDGs の目標\(goal)を挙げています。目標は1から17までです")
    }

    package static func budgetForOtherYearsOnly(issue: String, years: String, planYear: String) -> Message {
        Message(english: "経営課題 \(issue) states 予算額 for \(years) but none for \(planYear), the plan's year, and no 具体的取組 "
                    + "carries a budget: it counts as no budget",
                japanese: "経営課題\(issue)には\(years)の予算額があり、計画の年度である\(planYear)の予算額がなく、"
                    + "予算額のある具体的取組もありません。予算なしとして数えます")
    }

    package static func statedBudgetDiffers(issue: String, planYear: String, stated: String, initiatives: String) -> Message {
        Message(english: "経営課題 \(issue) states a \(planYear)予算額 of \(stated), but its 具体的取組 add up to \(initiatives); "
                    + "the sum of the 具体的取組 is counted",
                japanese: "経営課題\(issue)の\(planYear)予算額は\(stated)ですが、具体的取組の合計は\(initiatives)です。"
                    + "具体的取組の合計を数えます")
    }

    package static func untitled(_ kind: String, _ item: String) -> Message {
        Message(english: "\(kind) \(item) has no title", japanese: "\(kind)\(item)に題名がありません")
    }

    package static func strategyWithoutInitiative(_ strategy: String) -> Message {
        Message(english: "戦略 \(strategy) has no 具体的取組 (initiative)", japanese: "戦略\(strategy)に具体的取組がありません")
    }

    package static func negativeBudget(initiative: String, budget: String) -> Message {
        Message(english: "具体的取組 \(initiative) has a negative budget (\(budget))",
                japanese: "具体的取組\(initiative)の予算額が負の値です (\(budget))")
    }

    package static func appearsTwice(_ kind: String, _ item: String) -> Message {
        Message(english: "\(kind) \(item) appears more than once", japanese: "\(kind)\(item)が複数あります")
    }

    package static func idDepth(_ kind: String, _ id: String, depth: Int) -> Message {
        Message(english: "\(kind) \(id) should have \(depth) numbers", japanese: "\(kind)\(id)の番号は\(depth)つの数で書きます")
    }

    package static func idOutsideParent(_ kind: String, _ id: String, parentName: String, parent: String) -> Message {
        Message(english: "\(kind) \(id) sits under \(parentName), so its id should begin with \(parent)",
                japanese: "\(kind)\(id)は\(parentName)の下にあるので、番号は\(parent)で始まる必要があります")
    }

    package static func wardNearlyOsaka(_ ward: String, nearest: String) -> Message {
        Message(english: "the ward \"\(ward)\" is not one of Osaka City's 24 wards (did you mean \(nearest)?)",
                japanese: "「\(ward)」は大阪市の24区のどれでもありません(\(nearest)のことですか?)")
    }

    package static func wardOutsideOsaka(_ ward: String) -> Message {
        Message(english: "the ward \"\(ward)\" is not one of Osaka City's 24 wards, so it has no 全国地方公共団体コード",
                japanese: "「\(ward)」は大阪市の24区のどれでもないので、全国地方公共団体コードがありません")
    }

    package static func numberNotUsed(_ kind: String, _ number: Int) -> Message {
        Message(english: "\(kind) \(number) is not a number plans use (1, 2, 3, …)",
                japanese: "\(kind)\(number)は計画で使う番号ではありません(1、2、3、…)")
    }

    package static func versionGivenTwice(_ version: String, also other: String) -> Message {
        Message(english: "\(version) is given twice: also as \(other); give each version once",
                japanese: "\(version)が二度与えられています(\(other)と同じ版)。各版は一度だけ与えてください")
    }

    package static func twoVersions(_ version: String, _ other: String) -> Message {
        Message(english: "\(version) and \(other) are two versions of one plan; give one, or choose how they count (latest or all)",
                japanese: "\(version)と\(other)は同じ計画の二つの版です。一つだけ与えるか、数え方(latest か all)を選んでください")
    }

    package static func totalsAcrossPlans(_ reason: Message) -> Message {
        Message(english: "the totals across plans cannot be added up: \(reason.english)",
                japanese: "計画をまたぐ合計を計算できません: \(reason.japanese)")
    }

    package static func overflow(_ operation: String) -> Message {
        Message(english: "budget arithmetic overflows: \(operation)", japanese: "予算額の計算が桁あふれします: \(operation)")
    }

    package static func unreadableAmount(_ text: String) -> Message {
        Message(english: "cannot read \"\(text)\" as an amount of 千円", japanese: "「\(text)」を千円単位の金額として読めません")
    }

    package static func amountTooLarge(_ text: String) -> Message {
        Message(english: "the budget \"\(text)\" is too large to hold exactly", japanese: "予算額「\(text)」は大きすぎて正確に保持できません")
    }

    package static func yearOutOfRange(_ year: Int) -> Message {
        Message(english: "the fiscal year \(year) is not a 西暦 year from 1000 to 9999",
                japanese: "年度\(year)は1000から9999までの西暦の年ではありません")
    }

    package static let pillarNeedsNumber = Message(english: "a pillar needs at least one number, none negative",
                                                   japanese: "改革の柱には一つ以上の番号が必要で、負の番号は使えません")

    package static func notAState(_ name: String, states: String) -> Message {
        Message(english: "\"\(name)\" is not a plan state; it is one of \(states)",
                japanese: "「\(name)」は計画の状態ではありません。状態は \(states) のいずれかです")
    }

    package static func notAnID(_ text: String) -> Message {
        Message(english: "\"\(text)\" is not an id of the form 1-2-3 (ASCII digits joined by -)",
                japanese: "「\(text)」は 1-2-3 の形(半角数字を - でつないだもの)の番号ではありません")
    }
}
