import Foundation
import Testing
import WardPlan
import WardPlanJSON
import TestSupport

@Suite("JSON")
struct JSONTests {
    @Test("a plan round-trips without loss, Japanese text byte for byte")
    func roundTrip() throws {
        var plan = Fixtures.smallPlan()
        plan.goal = "区運営⽅針 (compatibility ⽅) 《》【】「」 ＡＢＣ"
        plan.issues[0].targetState = "めざす状態"
        plan.issues[0].strategies[0].outcomeIndicators = [
            OutcomeIndicator(name: "満足度", target: "80%以上", measurements: [.init(fiscalYear: FiscalYear(2021), target: "70%", actual: "72%")]),
        ]
        plan.selfEvaluation = SelfEvaluation(achievements: "成果", issuesAndImprovements: nil)
        let data = try PlanJSON.encode(plan)
        let decoded = try PlanJSON.decode(data)
        #expect(decoded == plan)
        #expect(Array(decoded.goal!.utf8) == Array(plan.goal!.utf8))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"fiscalYear\" : 2021"))
        #expect(text.contains("\"budget\" : 1000"))
        #expect(text.contains("\"id\" : \"1-1-1\""))
        #expect(text.contains("区運営⽅針"))
    }

    @Test("a bad plan names the field at fault and the line")
    func decodeErrors() {
        #expect {
            try PlanJSON.decode(Data(#"{"ward":{"name":"x"},"status":"draft"}"#.utf8), file: "a.json", line: 3)
        } throws: { error in
            let error = error as? WardPlanError
            return error?.location.line == 3 && error?.message.english == "the plan lacks the required field \"fiscalYear\""
        }
        #expect {
            try PlanJSON.decode(Data("{nope".utf8), file: "a.json")
        } throws: { error in
            let error = error as? WardPlanError
            return error?.message.english == "“n” where a key in double quotes should be" && error?.location.column == 2
        }
    }

    @Test("datasets stream as an array, JSON Lines or a single plan", arguments: ["array", "lines", "single"])
    func datasets(form: String) throws {
        let plans = [Fixtures.smallPlan(ward: "北区"), Fixtures.smallPlan(ward: "西区", year: 2022)]
        let encoded = try plans.map { String(decoding: try PlanJSON.encode($0, pretty: form == "array"), as: UTF8.self) }
        let text = switch form {
        case "array": "\u{FEFF}[\n" + encoded.joined(separator: ",\n") + "\n]\n"
        case "lines": encoded.joined(separator: "\n") + "\n\n"
        default: encoded[0]
        }
        var reader = PlanDatasetReader(source: ByteSource(data: Data(text.utf8)), file: "d")
        var read: [OperatingPlan] = []
        while let plan = try reader.next() { read.append(plan) }
        #expect(read == (form == "single" ? [plans[0]] : plans))
    }

    @Test("a dataset read from a file in small chunks gives the same plans")
    func chunkedFile() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("many.jsonl")
        let plans = (0..<300).map { Fixtures.smallPlan(ward: "区\($0)", year: 2000 + $0 % 20) }
        let lines = try plans.map { String(decoding: try PlanJSON.encode($0, pretty: false), as: UTF8.self) }
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        var reader = PlanDatasetReader(source: ByteSource(handle: try FileHandle(forReadingFrom: file)), file: file.path)
        var count = 0
        while let plan = try reader.next() {
            #expect(plan == plans[count])
            count += 1
        }
        #expect(count == 300)
    }

    @Test("a broken dataset names the line of the bad plan")
    func brokenDataset() throws {
        let good = String(decoding: try PlanJSON.encode(Fixtures.smallPlan(), pretty: false), as: UTF8.self)
        let text = good + "\n" + good + "\n{\"ward\": 1}\n"
        var reader = PlanDatasetReader(source: ByteSource(data: Data(text.utf8)), file: "d.jsonl")
        _ = try reader.next()
        _ = try reader.next()
        #expect { try reader.next() } throws: { ($0 as? WardPlanError)?.location.line == 3 }
        var cut = PlanDatasetReader(source: ByteSource(data: Data(("[" + good.dropLast(5)).utf8)), file: "cut.json")
        #expect { try cut.next() } throws: { error in
            (error as? WardPlanError)?.message.english == "the record starting on this line is cut short: the file ends inside it"
        }
    }
}

/// JSON Lines are read where they stand in the reader's buffer when a record fits on its line; anything else
/// (a record over several lines, a bad line) goes the usual way. Both give the same plans and the same lines.
@Suite("JSON Lines read in place")
struct JSONLinesInPlaceTests {
    static func line(_ plan: OperatingPlan) throws -> String { String(decoding: try PlanJSON.encode(plan, pretty: false), as: UTF8.self) }

    @Test("one-line records, CRLF, a pretty record among them and a last line without a newline, in memory and from a file")
    func mixed() throws {
        let small = Fixtures.smallPlan()
        let large = Fixtures.manyIssuesPlan(40)
        let pretty = String(decoding: try PlanJSON.encode(small, pretty: true), as: UTF8.self)
        let text = try Self.line(small) + "\r\n" + pretty + "\n\n" + Self.line(large) + "  \n" + Self.line(small)
        var reader = PlanDatasetReader(source: ByteSource(data: Data(text.utf8)), file: "mixed.jsonl")
        var plans: [OperatingPlan] = []
        var lines: [Int] = []
        while let located = try reader.nextLocated() {
            plans.append(located.plan)
            lines.append(located.sourceMap.location(of: .plan).line ?? 0)
        }
        #expect(plans == [small, small, large, small])
        let prettyLines = pretty.count { $0 == "\n" } + 1
        #expect(lines == [1, 2, 2 + prettyLines + 1, 2 + prettyLines + 2])

        // From a file read in chunks, so that records cross the chunks' ends.
        let file = try Fixtures.temporaryFolder().appendingPathComponent("mixed.jsonl")
        let copies = 1 + (3 << 16) / text.utf8.count
        try Data(Array(repeating: text, count: copies).joined(separator: "\n").utf8).write(to: file)
        var chunked = PlanDatasetReader(source: ByteSource(handle: try FileHandle(forReadingFrom: file)), file: file.path)
        var again: [OperatingPlan] = []
        while let plan = try chunked.next() { again.append(plan) }
        #expect(again.count == 4 * copies)
        #expect(Array(again.prefix(4)) == plans && Array(again.suffix(4)) == plans)
    }

    @Test("after a bad line the next one is read, and errors name their lines")
    func badLineBetween() throws {
        let good = try Self.line(Fixtures.smallPlan())
        let text = good + "\n" + good.replacingOccurrences(of: "\"goal\"", with: "\"goal\":1,\"x\"") + "\n" + good + "\n{\"ward\"\n" + good + "\n"
        var reader = PlanDatasetReader(source: ByteSource(data: Data(text.utf8)), file: "bad.jsonl")
        #expect(try reader.next() == Fixtures.smallPlan())
        #expect { try reader.next() } throws: { ($0 as? WardPlanError)?.location.line == 2 }
        #expect(try reader.next() == Fixtures.smallPlan())
        #expect { try reader.next() } throws: { ($0 as? WardPlanError)?.location.line == 4 }
        #expect(try reader.next() == Fixtures.smallPlan())
        #expect(try reader.next() == nil)
    }
}

/// Reading a plan written on one line (JSON Lines) takes time in proportion to its length.
@Suite("JSON stays linear")
struct JSONLinearityTests {
    @Test("one plan of many initiatives on one line")
    func longRecord() throws {
        let ratio = try Linearity.ratio(size: 250) { count in
            let plan = Fixtures.manyIssuesPlan(count)
            let line = try PlanJSON.encode(plan, pretty: false)
            #expect(try PlanJSON.decode(line) == plan)
        }
        #expect(ratio < Linearity.limit)
    }
}
