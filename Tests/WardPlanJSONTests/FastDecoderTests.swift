import Foundation
import Testing
import WardPlan
@testable import WardPlanJSON
import WardPlanSynthetic
import WardPlanText
import TestSupport

/// The fast path of reading JSON against the careful one (strict syntax check, then the model's Codable
/// decoding): on every input, what the fast path accepts the careful path accepts too, with the same plan,
/// the same source map and no diagnostics; what the fast path gives up on, the careful path decides.
@Suite("Fast JSON decoder, against the careful path")
struct FastDecoderTests {
    /// Both paths over `bytes`: the fast one's plan (or `nil`), and the careful one's plan or error.
    static func compare(_ bytes: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> (fast: Bool, careful: Bool) {
        let fast = FastPlanDecoder.decode(bytes, file: "in.json", firstLine: 3)
        let careful = Result { () throws(WardPlanError) in try PlanJSON.decodeCarefully(bytes, file: "in.json", line: 3) }
        if let fast {
            switch careful {
            case .success(let expected):
                #expect(fast.plan == expected.plan, sourceLocation: sourceLocation)
                #expect(fast.sourceMap == expected.sourceMap, sourceLocation: sourceLocation)
                #expect(expected.diagnostics.isEmpty, "the fast path accepted what the careful path flags", sourceLocation: sourceLocation)
            case .failure(let error):
                Issue.record("the fast path accepted what the careful path refuses: \(error)", sourceLocation: sourceLocation)
            }
        }
        return (fast != nil, (try? careful.get()) != nil)
    }

    static func bytes(_ plan: OperatingPlan, pretty: Bool) throws -> [UInt8] { Array(try PlanJSON.encode(plan, pretty: pretty)) }

    @Test("generated datasets, compact and pretty: the fast path reads every plan as the careful path does", arguments: [1, 2, 3])
    func generated(seed: Int) throws {
        let dataset = SyntheticDataset(wards: 26, years: 2, initiativesPerPlan: 30, seed: UInt64(seed), firstYear: 2022)
        var plans = 0
        for plan in dataset {
            for pretty in [false, true] {
                let result = Self.compare(try Self.bytes(plan, pretty: pretty))
                #expect(result == (true, true))
            }
            plans += 1
        }
        #expect(plans >= 52)
    }

    @Test("the samples of every layout and the JSON fixture: read alike")
    func samples() throws {
        var plans = [try PlanJSON.decode(Fixtures.data("higashisumiyoshi-r2-final-constructed.json")), Fixtures.smallPlan()]
        for name in ["higashisumiyoshi-r2-draft.txt", "kitahamahigashi-r3-outline-webpage.txt"] + (try FileManager.default
            .contentsOfDirectory(atPath: Fixtures.url("samples").path).sorted().map { "samples/" + $0 })
        {
            plans.append(try PublishedTextImporter().importPlan(from: Fixtures.data(name)).plan)
        }
        #expect(plans.contains { !$0.issues.flatMap(\.outcomeIndicators).isEmpty || !$0.issues.flatMap(\.strategies).flatMap(\.outcomeIndicators).isEmpty })
        #expect(plans.contains { $0.selfEvaluation != nil })
        for plan in plans {
            #expect(Self.compare(try Self.bytes(plan, pretty: true)) == (true, true), "\(plan.ward.name)")
            #expect(Self.compare(try Self.bytes(plan, pretty: false)) == (true, true), "\(plan.ward.name)")
        }
    }

    /// A small plan written by hand in JSON, with `members` (raw JSON) spliced into its first initiative.
    static func written(initiative members: String = "", plan extra: String = "", id: String = "1-1-1") -> [UInt8] {
        Array("""
            {"ward":{"name":"北区"},"fiscalYear":2021,"status":"final","policy":["方針"],"reformItems":[],\(extra)
             "issues":[{"number":1,"title":"課題","strategies":[{"id":"1-1","title":"戦略","outcomeIndicators":[],
             "initiatives":[{"id":"\(id)","title":"取組"\(members)}]}]}]}
            """.utf8)
    }

    @Test("hand-written variants the fast path reads as the careful path does", arguments: [
        (#","budget":5237"#, ""), (#","budget":null"#, ""), (#","budget":-0"#, ""), (#","description":"改行\n「引用」\"と\\\/""#, ""), (#","description":"a\u0001""#, ""),
        (#","description":"\u3042\uD83D\uDE00\u0041\u00e9""#, ""), (#","description":null,"selfEvaluation":"評価""#, ""),
        ("", #""selfEvaluation":null,"title":"題","head":null,"#), ("", "\t\r\n \"goal\":\"目標\",\r\n"),
        ("", #""selfEvaluation":{"overall":"良い","futurePolicy":null},"#), ("", #""ward":{"name":"北区","code":"271276"},"#),
    ])
    func variants(initiative: String, plan: String) {
        let result = Self.compare(Self.written(initiative: initiative, plan: plan))
        // A repeated key (the second "ward") is for the careful path; everything else the fast path reads.
        #expect(result.careful == !plan.contains("\"ward\""))
        #expect(result.fast == result.careful)
    }

    @Test("what the fast path leaves to the careful path: each is refused or flagged there, never read differently", arguments: [
        #","budget":1.5"#, #","budget":1e3"#, #","budget":01"#, #","budget":true"#, #","budget":"5""#, #","budgte":5"#,
        #","\u0062udget":5"#, #","budget":5,"budget":6"#, #","description":"\uD800""#,
        #","budget":1234567890123456789012"#, #","description":"x","#, #","title":null"#, #","budgets":5"#, #","bud":5"#,
        #","Budget":5"#, #","ｂudget":5"#,
    ])
    func leftToCareful(initiative: String) {
        let result = Self.compare(Self.written(initiative: initiative))
        #expect(result.fast == false)
    }

    @Test("ids the model refuses are left to the careful path, which refuses them; well-formed ones are read alike",
          arguments: ["1-01-1", "1--1", "1-1-", "-1", "1-1-1234567890123456789", #"1-1-\u0031"#, "1-1-1 ", "１-1-1", "1-1-9"])
    func ids(id: String) {
        let result = Self.compare(Self.written(id: id))
        #expect(result.fast == (id == "1-1-9"))
        #expect(result.careful == (id == "1-1-9" || id == #"1-1-\u0031"#))
    }

    @Test("a \\u escape takes four hexadecimal digits, no sign: the careful path says where")
    func signedEscape() {
        let bytes = Self.written(initiative: #","description":"\u+041""#)
        #expect(Self.compare(bytes) == (false, false))
        do {
            _ = try PlanJSON.decodeCarefully(bytes, file: "in.json", line: 3)
            Issue.record("\\u+041 was read")
        } catch {
            #expect(error.message.english == "\\u must be followed by four hexadecimal digits")
            #expect(error.location.column != nil)
        }
    }

    @Test("a string's plain run ends at its first quote, backslash or control byte, whatever stands after it",
          arguments: [0x22, 0x5C, 0x00, 0x0A, 0x1F] as [UInt8])
    func plainRunEnds(stop: UInt8) {
        // Bytes after the stop that the eight-byte tests may mark too (a borrow runs on into them), and plain ones.
        for follower: UInt8 in [0x23, 0x5D, 0x20, 0x21, 0x01, 0x22, 0xE3, 0x41] {
            for offset in 0..<20 {
                let bytes = [UInt8](repeating: 0x61, count: offset) + [stop] + [UInt8](repeating: follower, count: 12)
                for start in [0, offset / 2, offset] {
                    let end = bytes.withUnsafeBufferPointer { FastPlanDecoder.Parser.endOfPlainRun($0, from: start) }
                    #expect(end == offset, "stop \(stop) at \(offset) from \(start), then \(follower)")
                }
            }
        }
        let plain = Array("計画の推進 plain text".utf8)
        #expect(plain.withUnsafeBufferPointer { FastPlanDecoder.Parser.endOfPlainRun($0, from: 0) } == plain.count)
    }

    @Test("thousands of damaged records: the fast path never accepts what the careful path refuses")
    func damaged() throws {
        var random = SplitMix64(seed: 11)
        let originals = [Self.written(initiative: #","budget":5237,"description":"取組の\"内容\"\n二行目""#, plan: #""goal":"目標","#),
                         try Self.bytes(Fixtures.smallPlan(), pretty: false)]
        let inserts = Array(#"",{}[]:-0123456789.eEnul\ tx"#.utf8) + [0x0A, 0xE3, 0x81, 0x82, 0xFF, 0x00]
        var accepted = 0
        for _ in 0..<3_000 {
            var bytes = random.next() % 2 == 0 ? originals[0] : originals[1]
            for _ in 0...(random.next() % 3) {
                let at = Int(random.next() % UInt64(bytes.count))
                switch random.next() % 3 {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(inserts[Int(random.next() % UInt64(inserts.count))], at: at)
                default: bytes[at] = inserts[Int(random.next() % UInt64(inserts.count))]
                }
            }
            let result = Self.compare(bytes)
            if result.fast { accepted += 1 }
            #expect(!result.fast || result.careful)
        }
        #expect(accepted > 0, "some damage (inside text, say) leaves a valid plan")
    }
}
