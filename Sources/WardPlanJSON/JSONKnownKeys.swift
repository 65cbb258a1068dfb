import WardPlan
import WardPlanExport

/// The keys the canonical JSON form has in each kind of object, learnt from the encoder itself (a plan with
/// every field filled, encoded), so that a key nothing reads — a misspelling such as `titel` — is never
/// dropped without a word.
enum JSONKnownKeys {
    /// For each object, named by the key that holds it (`""` for the plan itself), the keys it may have.
    static let byContainer: [String: Set<String>] = {
        guard let plan = fullPlan, let bytes = try? PlanJSON.encode(plan, pretty: false),
            let scan = try? JSONSyntax.check(Array(bytes), file: nil, firstLine: 1, learning: true)
        else { return [:] }
        return scan.seenKeys
    }()

    /// The error for `key`, which an object whose keys are `known` does not have: its value is not read, and it
    /// may be money (`budgte`), so the reader says so rather than drop it.
    static func unknown(_ key: String, among known: Set<String>, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, .unknownKey(key, suggestion: Suggestion.closest(to: key, among: known.sorted())), at: location)
    }

    /// A plan with every field the model has, for its encoding to name every key.
    private static var fullPlan: OperatingPlan? {
        guard let initiativeID = ItemID([1, 1, 1]), let strategyID = ItemID([1, 1]) else { return nil }
        let year = FiscalYear(2024)
        let initiative = Initiative(id: initiativeID, title: "t", description: "d", budget: .zero,
                                    performanceTarget: "p", interimReview: "i", selfEvaluation: "s")
        let indicator = OutcomeIndicator(name: "n", target: "t", measurements: [.init(fiscalYear: year, target: "t", actual: "a", rating: "r")])
        let strategy = Strategy(id: strategyID, title: "t", targetState: "t", description: "d", outcomeIndicators: [indicator],
                                interimReview: "i", selfEvaluation: "s", initiatives: [initiative])
        let issue = ManagementIssue(number: 1, title: "t", summary: "s", targetState: "t", currentSituation: "c", causeAnalysis: "c",
                                    problem: "p", label: "l", problemRecognition: "p", sdgs: [1],
                                    budgetLines: [IssueBudgetLine(kind: .budget, fiscalYear: year, amount: .zero, text: "t")],
                                    outcomeIndicators: [indicator], strategies: [strategy])
        let item = ReformItem(number: 1, title: "t", pillar: ReformPillarRef(text: "1", components: [1]), actions: ["a"], target: "t",
                              interimReview: "i", selfEvaluation: "s")
        return OperatingPlan(ward: Ward(name: "w", code: "c"), fiscalYear: year, status: .final, title: "t", head: "h", goal: "g",
                             mission: "m", policy: ["p"], issues: [issue], reformItems: [item],
                             selfEvaluation: SelfEvaluation(achievements: "a", issuesAndImprovements: "i", overall: "o",
                                                             futurePolicy: "f"))
    }
}
