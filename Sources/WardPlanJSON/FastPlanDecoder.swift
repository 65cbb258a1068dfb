import Foundation
import WardPlan

/// The fast path of reading a plan's canonical JSON: one pass over the bytes, straight into the model, with
/// where each part stands — no syntax pre-pass, no generic containers, no per-value boxing.
///
/// It accepts only what it is sure of: RFC 8259 JSON with the plan's known keys, each once, values of the
/// right kinds, whole numbers that fit, ids and years the model takes. At anything else — an unknown or
/// repeated key, a fraction, a `true`, a lone surrogate, text that is not UTF-8, a missing field — it gives
/// up and ``PlanJSON`` reads the record again on the careful path, which finds and words the error. So the
/// two paths accept the same records and say the same things; the tests check that they decode alike.
enum FastPlanDecoder {
    /// The plan in `bytes` (one record starting on `firstLine`), or `nil` when the careful path must read it.
    static func decode(_ bytes: [UInt8], file: String?, firstLine: Int) -> LocatedPlan? {
        bytes.withUnsafeBufferPointer { buffer in decode(buffer, file: file, firstLine: firstLine) }
    }

    /// The plan in `bytes`, read where they stand (a line of the reader's buffer, say).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, file: String?, firstLine: Int) -> LocatedPlan? {
        var parser = Parser(bytes: bytes, line: firstLine)
        do throws(Bail) {
            parser.skipWhitespace()
            let plan = try parser.plan()
            parser.skipWhitespace()
            guard parser.index == bytes.count, let start = parser.positions.plan else { return nil }
            // The places of the parts are made into a table, their columns counted, only when a diagnostic asks for
            // one: most plans are read, counted and let go unasked, or asked only where they begin.
            var positions = parser.positions
            let planPlace = positions.places(of: [positions.marks[start]], in: bytes)[0]
            positions.bytes = Array(bytes)
            let sourceMap = SourceMap(file: file, planAt: planPlace.line, column: planPlace.column) { [positions] map in
                positions.record(plan, into: &map)
            }
            return LocatedPlan(plan: plan, sourceMap: sourceMap, diagnostics: [])
        } catch {
            return nil
        }
    }

    /// Giving up: the careful path reads the record.
    struct Bail: Error {}

    /// Where the parts of a plan stand, gathered as the parse goes, turned into a ``SourceMap`` as
    /// ``JSONSourceMap`` makes it from the careful path's positions.
    struct Positions {
        /// Where a part begins: its line, its byte and that of its line's start. Its column, in characters, is
        /// counted only when the map's table is made.
        struct Mark {
            let line: Int
            let lineStart: Int
            let offset: Int
        }

        /// Every mark, in the order met, which is the order of the bytes; the parts below name theirs by index.
        var marks: [Mark] = []
        /// The record's bytes, kept for counting columns (set once the record is read).
        var bytes: [UInt8] = []
        var plan: Int?
        var fields: [(element: PlanElement, mark: Int)] = []
        var issues: [IssuePositions] = []
        var reformItems: [Int] = []

        struct IssuePositions {
            var issue: Int
            var strategies: [StrategyPositions] = []
        }

        struct StrategyPositions {
            var strategy: Int
            var initiatives: [(initiative: Int, budget: Int?)] = []
        }

        /// The line and column of each of `marks` (in the order of their bytes), each column counted on from the
        /// mark before on the same line, as the careful path counts them: in characters, from 1.
        func places(of marks: [Mark], in bytes: UnsafeBufferPointer<UInt8>) -> [JSONSyntax.Position] {
            var places: [JSONSyntax.Position] = []
            places.reserveCapacity(marks.count)
            var counted = 0
            var column = 1
            for mark in marks {
                if mark.lineStart > counted { (counted, column) = (mark.lineStart, 1) }
                column += ByteWord.characterStarts(in: UnsafeBufferPointer(rebasing: bytes[counted..<mark.offset]))
                counted = mark.offset
                places.append(JSONSyntax.Position(line: mark.line, column: column))
            }
            return places
        }

        /// Records where the parts of `plan` stand on `map`, in the order ``JSONSourceMap/make(for:positions:file:)``
        /// records them.
        func record(_ plan: OperatingPlan, into map: inout SourceMap) {
            let places = bytes.withUnsafeBufferPointer { self.places(of: marks, in: $0) }
            map.reserveCapacity(6 + issues.count + reformItems.count
                + issues.reduce(0) { $0 + $1.strategies.reduce($1.strategies.count) { $0 + 2 * $1.initiatives.count } })
            func record(_ element: PlanElement, _ mark: Int?) {
                if let mark { map.record(element, line: places[mark].line, column: places[mark].column) }
            }
            // The plan's own place is the map's already (`planAt`).
            for field in fields { record(field.element, field.mark) }
            // By index, reading only the numbers and ids: iterating the plan would copy every issue, strategy and
            // initiative with all their text.
            for (i, positions) in zip(plan.issues.indices, issues) {
                record(.issue(plan.issues[i].number), positions.issue)
                for (s, strategyPositions) in zip(plan.issues[i].strategies.indices, positions.strategies) {
                    record(.strategy(plan.issues[i].strategies[s].id), strategyPositions.strategy)
                    for (n, place) in zip(plan.issues[i].strategies[s].initiatives.indices, strategyPositions.initiatives) {
                        let id = plan.issues[i].strategies[s].initiatives[n].id
                        record(.initiative(id), place.initiative)
                        record(.budget(id), place.budget)
                    }
                }
            }
            for (i, mark) in zip(plan.reformItems.indices, reformItems) { record(.reformItem(plan.reformItems[i].number), mark) }
        }
    }

    /// The parser: an index into the bytes, the line and where it begins, and the marks of where the parts stand.
    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0
        var line: Int
        /// Where the current line begins.
        private var lineStart = 0
        var positions = Positions()

        init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
            self.bytes = bytes
            self.line = line
        }

        // MARK: Plan

        mutating func plan() throws(Bail) -> OperatingPlan {
            positions.plan = mark()
            var ward: Ward?
            var fiscalYear: FiscalYear?
            var status: PlanStatus?
            var title: String?, head: String?, goal: String?, mission: String?
            var policy: [String]?
            var issues: [ManagementIssue]?
            var reformItems: [ReformItem]?
            var selfEvaluation: SelfEvaluation?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "ward": try seen.once(0); ward = try parser.ward()
                case "fiscalYear": try seen.once(1); fiscalYear = try parser.fiscalYear()
                case "status": try seen.once(2); status = try PlanStatus(rawValue: parser.string()).orBail()
                case "title": try seen.once(3); title = try parser.optionalString()
                case "head": try seen.once(4); parser.markField(.head); head = try parser.optionalString()
                case "goal": try seen.once(5); parser.markField(.goal); goal = try parser.optionalString()
                case "mission": try seen.once(6); parser.markField(.mission); mission = try parser.optionalString()
                case "policy":
                    try seen.once(7)
                    parser.markField(.policy)
                    policy = try parser.array { parser throws(Bail) in try parser.string() }
                case "issues":
                    try seen.once(8)
                    issues = try parser.array { parser throws(Bail) in try parser.issue() }
                case "reformItems":
                    try seen.once(9)
                    reformItems = try parser.array { parser throws(Bail) in
                        parser.positions.reformItems.append(parser.mark())
                        return try parser.reformItem()
                    }
                case "selfEvaluation":
                    try seen.once(10)
                    parser.markField(.selfEvaluation)
                    selfEvaluation = try parser.orNull { parser throws(Bail) in try parser.selfEvaluation() }
                default: throw Bail()
                }
            }
            return try OperatingPlan(ward: ward.orBail(), fiscalYear: fiscalYear.orBail(), status: status.orBail(), title: title,
                                     head: head, goal: goal, mission: mission, policy: policy.orBail(), issues: issues.orBail(),
                                     reformItems: reformItems.orBail(), selfEvaluation: selfEvaluation)
        }

        private mutating func ward() throws(Bail) -> Ward {
            var name: String?
            var code: String?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "name": try seen.once(0); name = try parser.string()
                case "code": try seen.once(1); code = try parser.optionalString()
                default: throw Bail()
                }
            }
            return Ward(name: try name.orBail(), code: code)
        }

        private mutating func fiscalYear() throws(Bail) -> FiscalYear {
            let year = try integer()
            guard FiscalYear.validYears.contains(year) else { throw Bail() }
            return FiscalYear(year)
        }

        private mutating func issue() throws(Bail) -> ManagementIssue {
            positions.issues.append(Positions.IssuePositions(issue: mark()))
            var number: Int?
            var title: String?
            var label: String?, summary: String?, targetState: String?, currentSituation: String?, causeAnalysis: String?
            var problem: String?, problemRecognition: String?
            var sdgs: [Int]?, budgetLines: [IssueBudgetLine]?, indicators: [OutcomeIndicator]?
            var strategies: [Strategy]?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "number": try seen.once(0); number = try parser.integer()
                case "label": try seen.once(1); label = try parser.optionalString()
                case "title": try seen.once(2); title = try parser.string()
                case "summary": try seen.once(3); summary = try parser.optionalString()
                case "targetState": try seen.once(4); targetState = try parser.optionalString()
                case "currentSituation": try seen.once(5); currentSituation = try parser.optionalString()
                case "causeAnalysis": try seen.once(6); causeAnalysis = try parser.optionalString()
                case "problem": try seen.once(7); problem = try parser.optionalString()
                case "problemRecognition": try seen.once(8); problemRecognition = try parser.optionalString()
                case "sdgs": try seen.once(9); sdgs = try parser.orNull { parser throws(Bail) in try parser.array { p throws(Bail) in try p.integer() } }
                case "budgetLines":
                    try seen.once(10)
                    budgetLines = try parser.orNull { parser throws(Bail) in try parser.array { p throws(Bail) in try p.budgetLine() } }
                case "outcomeIndicators":
                    try seen.once(11)
                    indicators = try parser.orNull { parser throws(Bail) in try parser.array { p throws(Bail) in try p.indicator() } }
                case "strategies": try seen.once(12); strategies = try parser.array { parser throws(Bail) in try parser.strategy() }
                default: throw Bail()
                }
            }
            return ManagementIssue(number: try number.orBail(), title: try title.orBail(), summary: summary, targetState: targetState,
                                   currentSituation: currentSituation, causeAnalysis: causeAnalysis, problem: problem, label: label,
                                   problemRecognition: problemRecognition, sdgs: sdgs ?? [], budgetLines: budgetLines ?? [],
                                   outcomeIndicators: indicators ?? [], strategies: try strategies.orBail())
        }

        private mutating func strategy() throws(Bail) -> Strategy {
            let issue = positions.issues.count - 1
            positions.issues[issue].strategies.append(Positions.StrategyPositions(strategy: mark()))
            var id: ItemID?
            var title: String?
            var targetState: String?, description: String?, interimReview: String?, selfEvaluation: String?
            var indicators: [OutcomeIndicator]?
            var initiatives: [Initiative]?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "id": try seen.once(0); id = try parser.itemID()
                case "title": try seen.once(1); title = try parser.string()
                case "targetState": try seen.once(2); targetState = try parser.optionalString()
                case "description": try seen.once(3); description = try parser.optionalString()
                case "outcomeIndicators": try seen.once(4); indicators = try parser.array { parser throws(Bail) in try parser.indicator() }
                case "interimReview": try seen.once(5); interimReview = try parser.optionalString()
                case "selfEvaluation": try seen.once(6); selfEvaluation = try parser.optionalString()
                case "initiatives":
                    try seen.once(7)
                    initiatives = try parser.array { parser throws(Bail) in try parser.initiative(issue: issue) }
                default: throw Bail()
                }
            }
            return Strategy(id: try id.orBail(), title: try title.orBail(), targetState: targetState, description: description,
                            outcomeIndicators: try indicators.orBail(), interimReview: interimReview, selfEvaluation: selfEvaluation,
                            initiatives: try initiatives.orBail())
        }

        private mutating func initiative(issue: Int) throws(Bail) -> Initiative {
            let strategy = positions.issues[issue].strategies.count - 1
            let position = mark()
            var budgetPosition: Int?
            var id: ItemID?
            var title: String?
            var description: String?, performanceTarget: String?, interimReview: String?, selfEvaluation: String?
            var budget: ThousandYen?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "id": try seen.once(0); id = try parser.itemID()
                case "title": try seen.once(1); title = try parser.string()
                case "description": try seen.once(2); description = try parser.optionalString()
                case "budget":
                    try seen.once(3)
                    budgetPosition = parser.mark()
                    budget = try parser.orNull { parser throws(Bail) in ThousandYen(try parser.integer()) }
                case "performanceTarget": try seen.once(4); performanceTarget = try parser.optionalString()
                case "interimReview": try seen.once(5); interimReview = try parser.optionalString()
                case "selfEvaluation": try seen.once(6); selfEvaluation = try parser.optionalString()
                default: throw Bail()
                }
            }
            positions.issues[issue].strategies[strategy].initiatives.append((position, budgetPosition))
            return Initiative(id: try id.orBail(), title: try title.orBail(), description: description, budget: budget,
                              performanceTarget: performanceTarget, interimReview: interimReview, selfEvaluation: selfEvaluation)
        }

        private mutating func budgetLine() throws(Bail) -> IssueBudgetLine {
            var kind: IssueBudgetLine.Kind?
            var fiscalYear: FiscalYear?
            var amount: ThousandYen?
            var text: String?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "kind": try seen.once(0); kind = try IssueBudgetLine.Kind(rawValue: parser.string()).orBail()
                case "fiscalYear": try seen.once(1); fiscalYear = try parser.fiscalYear()
                case "amount": try seen.once(2); amount = ThousandYen(try parser.integer())
                case "text": try seen.once(3); text = try parser.string()
                default: throw Bail()
                }
            }
            return IssueBudgetLine(kind: try kind.orBail(), fiscalYear: try fiscalYear.orBail(), amount: try amount.orBail(),
                                   text: try text.orBail())
        }

        private mutating func indicator() throws(Bail) -> OutcomeIndicator {
            var name: String?
            var target: String?
            var measurements: [OutcomeIndicator.Measurement]?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "name": try seen.once(0); name = try parser.string()
                case "target": try seen.once(1); target = try parser.optionalString()
                case "measurements": try seen.once(2); measurements = try parser.array { parser throws(Bail) in try parser.measurement() }
                default: throw Bail()
                }
            }
            return OutcomeIndicator(name: try name.orBail(), target: target, measurements: try measurements.orBail())
        }

        private mutating func measurement() throws(Bail) -> OutcomeIndicator.Measurement {
            var fiscalYear: FiscalYear?
            var target: String?, actual: String?, rating: String?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "fiscalYear": try seen.once(0); fiscalYear = try parser.fiscalYear()
                case "target": try seen.once(1); target = try parser.optionalString()
                case "actual": try seen.once(2); actual = try parser.optionalString()
                case "rating": try seen.once(3); rating = try parser.optionalString()
                default: throw Bail()
                }
            }
            return OutcomeIndicator.Measurement(fiscalYear: try fiscalYear.orBail(), target: target, actual: actual, rating: rating)
        }

        private mutating func reformItem() throws(Bail) -> ReformItem {
            var number: Int?
            var title: String?
            var pillar: ReformPillarRef?
            var actions: [String]?
            var target: String?, interimReview: String?, selfEvaluation: String?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "number": try seen.once(0); number = try parser.integer()
                case "title": try seen.once(1); title = try parser.string()
                case "pillar": try seen.once(2); pillar = try parser.orNull { parser throws(Bail) in try parser.pillar() }
                case "actions": try seen.once(3); actions = try parser.array { parser throws(Bail) in try parser.string() }
                case "target": try seen.once(4); target = try parser.optionalString()
                case "interimReview": try seen.once(5); interimReview = try parser.optionalString()
                case "selfEvaluation": try seen.once(6); selfEvaluation = try parser.optionalString()
                default: throw Bail()
                }
            }
            return ReformItem(number: try number.orBail(), title: try title.orBail(), pillar: pillar, actions: try actions.orBail(),
                              target: target, interimReview: interimReview, selfEvaluation: selfEvaluation)
        }

        private mutating func pillar() throws(Bail) -> ReformPillarRef {
            var text: String?
            var components: [Int]?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "text": try seen.once(0); text = try parser.string()
                case "components": try seen.once(1); components = try parser.array { parser throws(Bail) in try parser.integer() }
                default: throw Bail()
                }
            }
            return try ReformPillarRef(text: text.orBail(), components: components.orBail()).orBail()
        }

        private mutating func selfEvaluation() throws(Bail) -> SelfEvaluation {
            var achievements: String?, issuesAndImprovements: String?, overall: String?, futurePolicy: String?
            var seen = Keys()
            try object { parser, key throws(Bail) in
                switch key {
                case "achievements": try seen.once(0); achievements = try parser.optionalString()
                case "issuesAndImprovements": try seen.once(1); issuesAndImprovements = try parser.optionalString()
                case "overall": try seen.once(2); overall = try parser.optionalString()
                case "futurePolicy": try seen.once(3); futurePolicy = try parser.optionalString()
                default: throw Bail()
                }
            }
            return SelfEvaluation(achievements: achievements, issuesAndImprovements: issuesAndImprovements, overall: overall,
                                  futurePolicy: futurePolicy)
        }

        /// An id read straight from its bytes, as ``WardPlan/ItemID/init(canonical:)`` reads its text: ASCII
        /// numbers of at most 18 digits without a leading zero, joined by `-`.
        private mutating func itemID() throws(Bail) -> ItemID {
            try expect(UInt8(ascii: "\""))
            var numbers = ItemID.Numbers()
            while true {
                let start = index
                var number = 0
                while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                    number = number &* 10 &+ Int(bytes[index] &- UInt8(ascii: "0"))
                    index += 1
                }
                let digits = index - start
                guard digits > 0, digits <= 18, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw Bail() }
                numbers.append(number)
                guard let byte = peek() else { throw Bail() }
                index += 1
                if byte == UInt8(ascii: "\"") { return try numbers.id.orBail() }
                guard byte == UInt8(ascii: "-") else { throw Bail() }
            }
        }

        // MARK: JSON

        /// Reads an object, calling `member` with each key when the parser stands at its value.
        private mutating func object(_ member: (inout Parser, Key) throws(Bail) -> Void) throws(Bail) {
            try expect(UInt8(ascii: "{"))
            skipWhitespace()
            if peek() == UInt8(ascii: "}") {
                index += 1
                return
            }
            while true {
                let key = try key()
                skipWhitespace()
                try expect(UInt8(ascii: ":"))
                skipWhitespace()
                try member(&self, key)
                skipWhitespace()
                if try endOfMember(UInt8(ascii: "}")) { return }
            }
        }

        /// Reads a list, each element with `element`.
        private mutating func array<T>(_ element: (inout Parser) throws(Bail) -> T) throws(Bail) -> [T] {
            try expect(UInt8(ascii: "["))
            skipWhitespace()
            var result: [T] = []
            if peek() == UInt8(ascii: "]") {
                index += 1
                return result
            }
            while true {
                result.append(try element(&self))
                skipWhitespace()
                if try endOfMember(UInt8(ascii: "]")) { return result }
            }
        }

        /// `null` as `nil`, else the value `read` reads.
        private mutating func orNull<T>(_ read: (inout Parser) throws(Bail) -> T) throws(Bail) -> T? {
            if peek() == UInt8(ascii: "n") {
                try literalNull()
                return nil
            }
            return try read(&self)
        }

        private mutating func optionalString() throws(Bail) -> String? {
            try orNull { parser throws(Bail) in try parser.string() }
        }

        /// Past a comma (`false`, whitespace skipped) or past `closing` (`true`).
        private mutating func endOfMember(_ closing: UInt8) throws(Bail) -> Bool {
            guard let byte = peek() else { throw Bail() }
            index += 1
            if byte == closing { return true }
            guard byte == UInt8(ascii: ",") else { throw Bail() }
            skipWhitespace()
            return false
        }

        private mutating func literalNull() throws(Bail) {
            guard index + 4 <= bytes.count, bytes[index + 1] == UInt8(ascii: "u"), bytes[index + 2] == UInt8(ascii: "l"),
                bytes[index + 3] == UInt8(ascii: "l")
            else { throw Bail() }
            index += 4
        }

        /// A whole number of at most 18 digits, without a leading zero, fraction or exponent.
        private mutating func integer() throws(Bail) -> Int {
            var negative = false
            if peek() == UInt8(ascii: "-") {
                negative = true
                index += 1
            }
            let start = index
            var value = 0
            while index < bytes.count, bytes[index] &- UInt8(ascii: "0") < 10 {
                value = value &* 10 &+ Int(bytes[index] &- UInt8(ascii: "0"))
                index += 1
            }
            let digits = index - start
            guard digits > 0, digits <= 18, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw Bail() }
            if let next = peek(), next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") { throw Bail() }
            return negative ? -value : value
        }

        /// A key, compared as written: one holding an escape is left to the careful path, which compares keys
        /// before unescaping them.
        private mutating func key() throws(Bail) -> Key {
            try expect(UInt8(ascii: "\""))
            let start = index
            index = Self.endOfPlainRun(bytes, from: index)
            guard peek() == UInt8(ascii: "\"") else { throw Bail() }
            defer { index += 1 }
            return Key(bytes: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        }

        /// A string: its bytes as they stand when they hold no escape, else unescaped (when `escapes`);
        /// UTF-8 checked.
        private mutating func string(escapes: Bool = true) throws(Bail) -> String {
            try expect(UInt8(ascii: "\""))
            let start = index
            index = Self.endOfPlainRun(bytes, from: index)
            guard let byte = peek() else { throw Bail() }
            if byte == UInt8(ascii: "\\") {
                guard escapes else { throw Bail() }
                return try escapedString(from: start)
            }
            guard byte == UInt8(ascii: "\"") else { throw Bail() }
            let text = try Self.text(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            index += 1
            return text
        }

        /// Where the run of bytes from `start` that needs no look ends: at a quote, a backslash, a control
        /// byte, or the end. Sixteen bytes are tested at a time up to the block that holds one, then eight: in the
        /// first word that holds one, the lowest mark is where (a false mark only ever stands above a true one).
        static func endOfPlainRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
            let quote = ByteBlock.Block(repeating: UInt8(ascii: "\"")), backslash = ByteBlock.Block(repeating: UInt8(ascii: "\\"))
            let space = ByteBlock.Block(repeating: 0x20)
            var index = ByteBlock.skip(bytes, from: start) { ($0 .== quote) .| ($0 .== backslash) .| ($0 .< space) }
            if let base = bytes.baseAddress {
                while index + 8 <= bytes.count {
                    let word = ByteWord.load(base, at: index)
                    let marks = ByteWord.marks(UInt8(ascii: "\""), in: word) | ByteWord.marks(UInt8(ascii: "\\"), in: word)
                        | ByteWord.marksBelow(0x20, in: word)
                    if marks != 0 { return index + marks.trailingZeroBitCount / 8 }
                    index += 8
                }
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                index += 1
            }
            return index
        }

        /// The text of UTF-8 `bytes`, or a ``Bail`` when they are not UTF-8. The standard library's decoding
        /// repairs bad bytes rather than failing, and text it did not repair is the same bytes.
        static func text(_ bytes: UnsafeBufferPointer<UInt8>) throws(Bail) -> String {
            var text = String(decoding: bytes, as: UTF8.self)
            let same = text.withUTF8 { decoded in
                guard decoded.count == bytes.count else { return false }
                guard let made = decoded.baseAddress, let read = bytes.baseAddress else { return decoded.isEmpty }
                return memcmp(made, read, bytes.count) == 0
            }
            guard same else { throw Bail() }
            return text
        }

        /// The rest of a string that holds escapes, from its first byte at `start`.
        private mutating func escapedString(from start: Int) throws(Bail) -> String {
            var utf8 = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return try utf8.withUnsafeBufferPointer { buffer throws(Bail) in try Self.text(buffer) }
                case UInt8(ascii: "\\"):
                    guard index + 1 < bytes.count else { throw Bail() }
                    let escape = bytes[index + 1]
                    index += 2
                    switch escape {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                    case UInt8(ascii: "b"): utf8.append(0x08)
                    case UInt8(ascii: "f"): utf8.append(0x0C)
                    case UInt8(ascii: "n"): utf8.append(0x0A)
                    case UInt8(ascii: "r"): utf8.append(0x0D)
                    case UInt8(ascii: "t"): utf8.append(0x09)
                    case UInt8(ascii: "u"):
                        var unit = try hex4()
                        if (0xD800...0xDBFF).contains(unit) {
                            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                                throw Bail()
                            }
                            index += 2
                            let low = try hex4()
                            guard (0xDC00...0xDFFF).contains(low) else { throw Bail() }
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                        } else if (0xDC00...0xDFFF).contains(unit) {
                            throw Bail()
                        }
                        utf8.append(contentsOf: String(Character(try Unicode.Scalar(unit).orBail())).utf8)
                    default: throw Bail()
                    }
                default:
                    if byte < 0x20 { throw Bail() }
                    utf8.append(byte)
                    index += 1
                }
            }
            throw Bail()
        }

        private mutating func hex4() throws(Bail) -> UInt32 {
            guard index + 4 <= bytes.count else { throw Bail() }
            var value: UInt32 = 0
            for _ in 0..<4 {
                let byte = bytes[index]
                let digit: UInt32 = switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
                default: throw Bail()
                }
                value = value << 4 | digit
                index += 1
            }
            return value
        }

        private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        private mutating func expect(_ byte: UInt8) throws(Bail) {
            guard peek() == byte else { throw Bail() }
            index += 1
        }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0D: index += 1
                case 0x0A:
                    index += 1
                    line += 1
                    lineStart = index
                default: return
                }
            }
        }

        /// Marks where the parser stands; returns the mark's index in ``Positions/marks``.
        mutating func mark() -> Int {
            positions.marks.append(Positions.Mark(line: line, lineStart: lineStart, offset: index))
            return positions.marks.count - 1
        }

        /// Marks where the plan's field `element` begins.
        mutating func markField(_ element: PlanElement) {
            positions.fields.append((element, mark()))
        }
    }

    /// An object's key as its bytes stand in the input, compared with the keys the schema knows byte for byte
    /// (`case "title":`) without making a `String` of each. A key that is not UTF-8 matches none of them.
    struct Key {
        let bytes: UnsafeBufferPointer<UInt8>

        /// The key as text.
        var text: String { String(decoding: bytes, as: UTF8.self) }

        static func ~= (known: StaticString, key: Key) -> Bool {
            known.utf8CodeUnitCount == key.bytes.count && known.withUTF8Buffer { $0.elementsEqual(key.bytes) }
        }
    }

    /// Which keys of an object were read, to give up on a repeated one.
    struct Keys {
        private var seen: UInt32 = 0

        mutating func once(_ key: Int) throws(Bail) {
            let bit: UInt32 = 1 << key
            guard seen & bit == 0 else { throw Bail() }
            seen |= bit
        }
    }
}

extension Optional {
    /// The value, or a ``FastPlanDecoder/Bail`` when there is none.
    fileprivate func orBail() throws(FastPlanDecoder.Bail) -> Wrapped {
        guard let self else { throw FastPlanDecoder.Bail() }
        return self
    }
}
