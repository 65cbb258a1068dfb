import Testing
import WardPlan
import WardPlanText

/// The published notations the importer reads: budgets, fiscal-year labels, ids and pillar references.
@Suite("Notations of published text")
struct NotationTests {
    @Test("written budgets read exactly", arguments: [
        ("《5,237千円》", 5237), ("《１，２００千円》", 1200), ("(24,254千円)", 24254), ("（24,254千円）", 24254),
        ("〔25予算額 29,474 千円〕", 29474), ("予算額 781千円", 781), ("47,227千円", 47227), ("《0千円》", 0),
    ])
    func readsNotations(written: String, amount: Int) throws {
        #expect(try BudgetNotation.read(written) == .amount(ThousandYen(amount)))
    }

    @Test("a dash means no budget")
    func dashIsNone() throws {
        #expect(try BudgetNotation.read("《－千円》") == BudgetNotation.Reading.none)
        #expect(try BudgetNotation.read("(―)") == BudgetNotation.Reading.none)
    }

    @Test("an amount too large to hold is an error, not a wrap")
    func tooLarge() {
        #expect(throws: BudgetError.tooLarge("《9,999,999,999,999,999,999千円》")) {
            try BudgetNotation.read("《9,999,999,999,999,999,999千円》")
        }
        #expect(throws: BudgetError.unreadable("《5,2x7千円》")) { try BudgetNotation.read("《5,2x7千円》") }
        #expect(throws: BudgetError.unreadable("《,千円》")) { try BudgetNotation.read("《,千円》") }
    }


    @Test("和暦 labels parse to the 西暦 start year", arguments: [
        ("令和2年度", 2020), ("令和元年度", 2019), ("平成31年度", 2019), ("平成25年度", 2013), ("令和２年度", 2020),
        ("令和 3 年度", 2021), ("R2", 2020), ("H25年度", 2013), ("2020年度", 2020), ("昭和64年度", 1989), ("平成元年度", 1989),
        // Read from their scalars (each its own fold), or folded first: the same answers.
        ("r2", 2020), ("h25年", 2013), ("Ｒ２", 2020), ("令和6年", 2024), ("２０２０年度", 2020), ("令和元年", 2019),
    ])
    func parsesLabels(label: String, year: Int) {
        #expect(FiscalYear(label: label)?.startYear == year)
    }


    @Test("a bare 2年度 takes its era from the plan")
    func bareYearTakesContextEra() {
        #expect(FiscalYear(label: "2年度", contextEra: .reiwa)?.startYear == 2020)
        #expect(FiscalYear(label: "25年度", contextEra: .heisei)?.startYear == 2013)
        #expect(FiscalYear(label: "2年度") == nil)
        // A number whose year would overflow is refused, not wrapped or trapped on.
        #expect(FiscalYear(label: "9223372036854775807年度", contextEra: .reiwa) == nil)
        #expect(FiscalYear(label: "99999999999999999999年度", contextEra: .reiwa) == nil)
    }

    @Test("labels that are not fiscal years are refused", arguments: [
        "", "令和", "令和X年度", "大正2年度", "年度", "令和0年度", "令和100年度", "令和2年度度", "令和元1年度", "RR2", "令2年度",
    ])
    func refusesNonsense(label: String) {
        #expect(FiscalYear(label: label) == nil)
    }


    @Test("ids parse as plans write them", arguments: [
        ("1-2-3", [1, 2, 3]), ("１－２－３", [1, 2, 3]), ("2−4", [2, 4]), ("1ー1", [1, 1]), ("5", [5]),
    ])
    func parsesIDs(text: String, components: [Int]) {
        #expect(ItemID(parsing: text)?.components == components)
    }

    @Test("malformed ids are refused, and numbers longer than the canonical form holds", arguments: [
        "", "1--2", "a-1", "1-", "-1", "9223372036854775807-1", "1000000000000000000",
    ])
    func refusesIDs(text: String) {
        #expect(ItemID(parsing: text) == nil)
    }


    @Test("pillar references keep the text and its numbers", arguments: [
        ("3-3(4)", "3-3(4)", [3, 3, 4]), ("5-1", "5-1", [5, 1]), ("改革の柱6-1", "6-1", [6, 1]), ("３－３（４）", "３－３（４）", [3, 3, 4]),
    ])
    func pillars(written: String, text: String, components: [Int]) {
        let pillar = ReformPillarRef(parsing: written)
        #expect(pillar?.text == text)
        #expect(pillar?.components == components)
    }

    @Test("pillar references refuse anything but numbers", arguments: ["", "改革の柱", "3-a", "柱3"])
    func refusesPillars(written: String) {
        #expect(ReformPillarRef(parsing: written) == nil)
    }

    @Test("misgrouped digits are unreadable, never guessed", arguments: ["《1,0000千円》", "《12,34千円》", "《5,,000千円》", "《,500千円》",
                                                                       "《5,000,千円》", "《1234,567千円》"])
    func misgrouped(written: String) {
        #expect(throws: BudgetError.unreadable(written)) { try BudgetNotation.read(written) }
    }
}
