import Foundation
import Testing
import TestSupport

/// The bad-input corpus (`Tests/Fixtures/bad-input/`, one file per kind of damage): every file has an
/// outcome asserted here — what `validate` says and where, whether `summary` reads a plan — and none traps.
@Suite("Bad-input corpus")
struct BadInputCorpusTests {
    /// What the tool does with one damaged file.
    struct Outcome: Sendable, CustomTestStringConvertible {
        let file: String
        /// `validate`'s exit status.
        let validate: Int32
        /// Text its messages hold, naming the place (`:line:column:`) where the file has one.
        let message: String
        /// `summary`'s exit status: 0 when a plan was read (what was lost is named), 1 when none was.
        let summary: Int32

        var testDescription: String { file }
    }

    static let outcomes: [Outcome] = [
        Outcome(file: "empty.txt", validate: 1, message: "empty.txt: error: the file is empty", summary: 1),
        Outcome(file: "binary.bin", validate: 1, message: "binary.bin:1: error: the file holds binary data (a NUL byte)", summary: 1),
        Outcome(file: "invalid-utf8.txt", validate: 1, message: "invalid-utf8.txt:2:7: error: the file is not valid UTF-8 (bad byte sequence at byte 58)",
                summary: 1),
        Outcome(file: "cut-mid-character.txt", validate: 1, message: "cut-mid-character.txt:11:13: error: the file is not valid UTF-8", summary: 1),
        Outcome(file: "utf16-le-bom.txt", validate: 1, message: "utf16-le-bom.txt:1: error: the file is UTF-16 (little-endian), not UTF-8; save it as UTF-8",
                summary: 1),
        Outcome(file: "utf16-be-no-bom.txt", validate: 1, message: "utf16-be-no-bom.txt:1: error: the file is UTF-16 (big-endian)", summary: 1),
        Outcome(file: "no-title.txt", validate: 1, message: "no-title.txt:1: error: no title line naming the ward", summary: 1),
        // Line ends of every kind count the same lines: the bad budget is on line 12 each time.
        Outcome(file: "crlf.txt", validate: 1, message: "crlf.txt:12:17: error: cannot read \"《12a千円》\"", summary: 0),
        Outcome(file: "cr-only.txt", validate: 1, message: "cr-only.txt:12:17: error: cannot read \"《12a千円》\"", summary: 0),
        Outcome(file: "control-characters.txt", validate: 1, message: "control-characters.txt:12:17: error: cannot read \"《12a千円》\"", summary: 0),
        Outcome(file: "cut-mid-tag.txt", validate: 0, message: "cut-mid-tag.txt:11:1: warning: 「【」 is not closed on this line", summary: 0),
        Outcome(file: "headings-out-of-order.txt", validate: 0, message: "headings-out-of-order.txt:9:1: warning: 1-1 appears before 経営課題 1",
                summary: 0),
        Outcome(file: "duplicate-issue.txt", validate: 1,
                message: "duplicate-issue.txt:14:1: error: 経営課題 1 appears twice with different titles (\"地域の安全\" and \"子育て支援\")", summary: 0),
        Outcome(file: "duplicate-initiative-budget.txt", validate: 1,
                message: "duplicate-initiative-budget.txt:12:16: error: a second budget 《6,000千円》 for 具体的取組 1-1-1; only 5,237千円 is counted",
                summary: 0),
        Outcome(file: "ids-disagree.txt", validate: 1,
                message: "ids-disagree.txt:12:1: error: 具体的取組 2-1-1 sits under 戦略 1-1, so its id should begin with 1-1", summary: 0),
        Outcome(file: "budget-letters.txt", validate: 1, message: "budget-letters.txt:11:16: error: cannot read \"《5,2a7千円》\"", summary: 0),
        Outcome(file: "budget-negative.txt", validate: 1, message: "budget-negative.txt:11:16: error: cannot read \"《-5,237千円》\"", summary: 0),
        Outcome(file: "budget-misgrouped.txt", validate: 1, message: "budget-misgrouped.txt:11:16: error: cannot read \"《1,0000千円》\"", summary: 0),
        Outcome(file: "budget-absurd.txt", validate: 1, message: "budget-absurd.txt:11:16: error: the budget \"《9,999,999,999,999,999,999千円》\" is too large",
                summary: 0),
        Outcome(file: "budget-overflowing-total.txt", validate: 1, message: "error: the plan's budgets cannot be added up", summary: 1),
        Outcome(file: "html-and-script.txt", validate: 0, message: "1 plan(s): 0 error(s), 0 warning(s)", summary: 0),
        // A saved page whose plan is only in its head and scripts is refused, never read as 0千円.
        Outcome(file: "html-page-without-plan.html", validate: 1,
                message: "html-page-without-plan.html:1: error: the HTML page holds no text outside its head, scripts and navigation",
                summary: 1),
        Outcome(file: "formula-in-cell.txt", validate: 0, message: "1 plan(s): 0 error(s), 0 warning(s)", summary: 0),
        Outcome(file: "nested-brackets.txt", validate: 0, message: "1 plan(s): 0 error(s), 0 warning(s)", summary: 0),
        Outcome(file: "noncharacter.txt", validate: 0, message: "noncharacter.txt:9:1: warning: 経営課題 1 title holds U+FFFE", summary: 0),
        Outcome(file: "json-trailing-comma.json", validate: 1, message: "json-trailing-comma.json:1:351: error: a comma before }", summary: 1),
        Outcome(file: "json-duplicate-key.json", validate: 1,
                message: "json-duplicate-key.json:1:121: error: the key \"goal\" appears twice in one object", summary: 1),
        Outcome(file: "json-fraction-budget.json", validate: 1,
                message: "json-fraction-budget.json:1:341: error: 5237.5 is not a whole number; a plan's numbers (budgets in 千円, years, item numbers) "
                    + "are whole numbers [issues[0].strategies[0].initiatives[0].budget]", summary: 1),
        Outcome(file: "json-exponent-budget.json", validate: 1, message: "json-exponent-budget.json:1:341: error: 1e400 is not a whole number", summary: 1),
        Outcome(file: "json-22-digit-budget.json", validate: 1,
                message: "json-22-digit-budget.json:1:341: error: the 22-digit number is larger than any amount", summary: 1),
        Outcome(file: "json-lone-surrogate.json", validate: 1,
                message: "json-lone-surrogate.json:1:327: error: \\uD800 is half of a surrogate pair with no other half: the text is not valid Unicode "
                    + "[issues[0].strategies[0].initiatives[0].title]", summary: 1),
        Outcome(file: "json-negative-budget.json", validate: 1, message: "error: 具体的取組 1-1-1 has a negative budget (-5千円)", summary: 0),
        Outcome(file: "json-unknown-status.json", validate: 1, message: "json-unknown-status.json:1:56: error: \"finale\" is not a plan state", summary: 1),
        Outcome(file: "json-year-out-of-range.json", validate: 1,
                message: "json-year-out-of-range.json:1:40: error: the fiscal year 9223372036854775807 is not a 西暦 year", summary: 1),
        Outcome(file: "json-deep-nesting.json", validate: 1, message: "json-deep-nesting.json:1:65: error: values nested more than 64 deep", summary: 1),
        Outcome(file: "json-wrong-type.json", validate: 1, message: "json-wrong-type.json:1:341: error: the field \"issues[0].strategies[0].initiatives[0].budget\" "
                    + "should be a whole number", summary: 1),
        Outcome(file: "json-missing-array.json", validate: 1, message: "error: the plan lacks the required field \"reformItems\"", summary: 1),
        Outcome(file: "json-duplicate-issue-numbers.json", validate: 1,
                message: "json-duplicate-issue-numbers.json:1:186: error: 経営課題 1 appears more than once [経営課題 1]", summary: 0),
        Outcome(file: "json-array-cut-short.json", validate: 1, message: "json-array-cut-short.json:2: error: the record starting on this line is cut short",
                summary: 1),
        // JSON Lines: a bad record is reported where it starts, and the records after it are still checked.
        Outcome(file: "jsonl-cut-mid-string.jsonl", validate: 1,
                message: "jsonl-cut-mid-string.jsonl:2: error: the record starting on this line is cut short: a text value is not closed on its line",
                summary: 1),
        Outcome(file: "jsonl-bad-records-among-good.jsonl", validate: 1, message: "3 plan(s): 2 error(s)", summary: 1),
        Outcome(file: "jsonl-tiny-then-huge-year-over-year.jsonl", validate: 0, message: "2 plan(s): 0 error(s), 0 warning(s)", summary: 0),
    ]

    static let folder = Fixtures.root.appendingPathComponent("Tests/Fixtures/bad-input")

    @Test("every file of the corpus has an asserted outcome, and every outcome a file")
    func complete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(files == Self.outcomes.map(\.file).sorted())
    }

    @Test("validate and summary: the asserted exit status and located message, never a trap", arguments: outcomes)
    func outcome(_ outcome: Outcome) throws {
        let path = Self.folder.appendingPathComponent(outcome.file).path
        let validation = try CommandRunner.wardplan(["validate", path])
        #expect(!validation.trapped)
        #expect(validation.status == outcome.validate, "\(validation.errors)")
        #expect(validation.errors.contains(outcome.message), "\(validation.errors)")
        let summary = try CommandRunner.wardplan(["summary", path, "--format", "json"])
        #expect(!summary.trapped)
        #expect(summary.status == outcome.summary, "\(summary.errors)")
    }
}

/// The corpus's two large kinds of damage, made when the test runs rather than kept in git.
@Suite("Bad-input corpus: large inputs")
struct LargeInputTests {
    private func summary(of text: String) throws -> [String: Any] {
        let file = try Fixtures.temporaryFolder().appendingPathComponent("large.txt")
        try Data(text.utf8).write(to: file)
        let result = try CommandRunner.wardplan(["summary", file.path, "--format", "json"])
        #expect(result.status == 0, "\(result.errors)")
        return try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
    }

    @Test("a 10 MB single line is read whole into its field")
    func longLine() throws {
        let repeats = 10 * 1024 * 1024 / 6
        let text = "令和2年度 東住吉区運営方針\n区の目標\n" + String(repeating: "安心", count: repeats) + "\n"
        let file = try Fixtures.temporaryFolder().appendingPathComponent("line.txt")
        try Data(text.utf8).write(to: file)
        let result = try CommandRunner.wardplan(["export", file.path, "--format", "json", "--output", "-", "--force"])
        #expect(result.status == 0)
        let plan = try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any])
        let goal = try #require(plan["goal"] as? String)
        #expect(goal.utf8.count == repeats * 6)
    }

    @Test("100,000 経営課題: every budget counted")
    func manyIssues() throws {
        let items = (1...100_000).map { "【経営課題\($0)】課題\($0)\n【戦略\($0)-1】戦略\n【具体的取組\($0)-1-1】取組 《\($0 % 7),000千円》\n" }
        let report = try summary(of: "令和2年度 東住吉区運営方針\n区の目標\n安心なまち\n区の使命\n区民とともに\n" + items.joined())
        let plan = try #require((report["plans"] as? [[String: Any]])?.first)
        #expect((plan["issues"] as? [Any])?.count == 100_000)
        let expected = (1...100_000).reduce(0) { total, number in total + number % 7 * 1_000 }
        #expect(report["totalThousandYen"] as? Int == expected)
        #expect(report["complete"] as? Bool == true)
    }
}
