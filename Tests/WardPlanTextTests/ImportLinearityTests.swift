import Foundation
import Testing
import WardPlanText
import TestSupport

/// The importer's formerly quadratic paths stay linear: each input at two sizes, four times apart
/// (see ``Linearity``), with the import's result checked too.
@Suite("Import stays linear")
struct ImportLinearityTests {
    private static let head = "令和2年度 東住吉区運営方針\n区の目標\n安心して暮らせるまち\n"
    private static let strategy = "【戦略1-1】防災\n【具体的取組1-1-1】訓練 《5,237千円》\n"

    private func imported(_ text: String) throws -> ImportedPlan {
        try PublishedTextImporter().importPlan(from: Data(text.utf8))
    }

    @Test("nested brackets inside one 【】 tag")
    func nestedBrackets() throws {
        let ratio = try Linearity.ratio(size: 4_000) { n in
            let plan = try imported(Self.head + "【経営課題1 " + String(repeating: "(", count: n) + "x" + String(repeating: ")", count: n)
                                        + "】\n" + Self.strategy).plan
            #expect(plan.issues.first?.title.count == 2 * n + 1)
        }
        #expect(ratio < Linearity.limit)
    }

    @Test("many lines into one field")
    func manyLines() throws {
        let ratio = try Linearity.ratio(size: 2_000) { n in
            let lines = (0..<n).map { "行\($0)の説明" }.joined(separator: "\n")
            let plan = try imported(Self.head + "【経営課題1】課題\n" + lines + "\n" + Self.strategy).plan
            #expect(plan.issues.first?.summary?.count(where: { $0 == "\n" }) == n - 1)
        }
        #expect(ratio < Linearity.limit)
    }

    @Test("many lines ended by CR alone, in a text read whole as it begins with markup, yet is no page")
    func carriageReturnLines() throws {
        let ratio = try Linearity.ratio(size: 3_000) { n in
            let lines = (0..<n).map { "行\($0)の説明" + String(repeating: "計画", count: 20) }.joined(separator: "\r")
            let text = "<メモ>\r" + Self.head.replacingOccurrences(of: "\n", with: "\r") + "【経営課題1】課題\r" + lines + "\r"
                + Self.strategy.replacingOccurrences(of: "\n", with: "\r")
            let plan = try imported(text).plan
            #expect(plan.issues.first?.summary?.count(where: { $0 == "\n" }) == n - 1)
        }
        #expect(ratio < Linearity.limit)
    }

    @Test("a saved HTML page of many blocks, one long unclosed comment, many strategy bullets")
    func htmlPage() throws {
        let ratio = try Linearity.ratio(size: 2_000) { n in
            let items = (0..<n).map { "<li>戦略\($0)の説明</li>" }.joined()
            let page = "<!DOCTYPE html><html><body><h1>令和6年度 住吉区運営方針</h1><h2>目標(何をめざすのか)</h2><p>まち</p>"
                + "<h3>【経営課題1】課題</h3><p>令和6年度予算額 1千万円</p><h4>主な戦略(課題解決の方策)</h4><ul>" + items + "</ul>"
                + "<!--" + String(repeating: "<p>x", count: n) + "</body></html>"
            let plan = try imported(page).plan
            #expect(plan.issues.first?.strategies.count == n)
        }
        #expect(ratio < Linearity.limit)
    }

    @Test("one very long line")
    func longLine() throws {
        let ratio = try Linearity.ratio(size: 20_000) { n in
            let plan = try imported(Self.head.dropLast() + String(repeating: "安心", count: n) + "\n").plan
            #expect(plan.goal?.count == "安心して暮らせるまち".count + 2 * n)
        }
        #expect(ratio < Linearity.limit)
    }

    @Test("many 経営課題")
    func manyIssues() throws {
        let ratio = try Linearity.ratio(size: 300) { n in
            let items = (1...n).map { "【経営課題\($0)】課題\($0)\n【戦略\($0)-1】戦略\n【具体的取組\($0)-1-1】取組 《1千円》\n" }
            let plan = try imported(Self.head + items.joined()).plan
            #expect(plan.issues.count == n)
        }
        #expect(ratio < Linearity.limit)
    }
}
