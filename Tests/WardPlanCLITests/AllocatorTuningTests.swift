import Testing
@testable import WardPlanCLI

/// The allocator is tuned for published text only: an input may be text unless its name says JSON, as the input
/// reader tells JSON first by its name.
@Suite("Allocator tuning")
struct AllocatorTuningTests {
    @Test("an input named .json or .jsonl is no text; any other may be", arguments: [
        ("plans.json", false), ("data/PLANS.JSONL", false), ("a.b/plans.jsonl", false),
        ("plan.txt", true), ("page.html", true), ("plans", true), ("-", true), ("plans.json.txt", true), (".json", true),
    ])
    func mayBeText(path: String, expected: Bool) {
        #expect(ReportingPlanReader.mayBePublishedText(path) == expected)
    }
}
