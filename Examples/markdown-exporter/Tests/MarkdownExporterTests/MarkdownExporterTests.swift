import ExampleSupport
import Foundation
import MarkdownExporter
import Testing
import WardPlan
import WardPlanCLI
import WardPlanExport
import WardPlanTesting
import WardPlanText

@Suite("Markdown exporter")
struct MarkdownExporterTests {
    private var registry: ExporterRegistry {
        get throws {
            var registry = WardPlanCLI.builtinRegistry()
            try registry.register(MarkdownExporter())
            return registry
        }
    }

    private func export(settings: [String: String] = [:]) throws -> String {
        let plan = try PublishedTextImporter().importPlan(contentsOf: ExampleSupport.sample).plan
        let output = MemoryOutput()
        var plans = PlanStream([plan])
        try registry.exporter(named: "markdown").export(&plans, to: .memory(output), settings: settings)
        return String(decoding: output.singleFile?.bytes ?? [], as: UTF8.self)
    }

    @Test("the sample through the registry: headings, each initiative's budget, issue subtotals and the total")
    func sample() throws {
        let markdown = try export()
        #expect(markdown.hasPrefix("# 令和2年度 東住吉区運営方針(案)\n\n東住吉区 ・ 令和2年度（2020年度） ・ 案 ・ 区長 上田 正敏\n"))
        #expect(markdown.contains("## 経営課題1 子育て層が住みたい、住み続けたいと思うまちづくりの推進"))
        #expect(markdown.contains("| 1-1-2 | 中学生海外派遣の推進 | 5,237 |"))
        #expect(markdown.contains("経営課題2 小計: 48,467千円"))
        #expect(markdown.hasSuffix("**予算額合計: 135,783千円**\n"))
    }

    @Test("its options through the option model: heading level and no budgets")
    func options() throws {
        let markdown = try export(settings: ["heading-level": "3", "budgets": "false"])
        #expect(markdown.hasPrefix("### 令和2年度"))
        #expect(markdown.contains("#### 経営課題1"))
        #expect(!markdown.contains("予算額"))
        #expect(throws: WardPlanError.self) { try export(settings: ["heading-level": "9"]) }
    }

    @Test("Markdown marks and HTML in plan text stay text")
    func escaping() throws {
        let plan = OperatingPlan(ward: Ward(name: "テスト区"), fiscalYear: FiscalYear(2024), status: .final,
                                 title: "*強調* <b>太字</b> | 表 & 記号")
        let output = MemoryOutput()
        var plans = PlanStream([plan])
        try MarkdownExporter().export(&plans, to: .memory(output), options: .init())
        let markdown = String(decoding: output.singleFile?.bytes ?? [], as: UTF8.self)
        #expect(markdown.hasPrefix("# \\*強調\\* &lt;b>太字&lt;/b> \\| 表 &amp; 記号\n"))
    }

    @Test("passes the exporter conformance checker, with and without options")
    func conformance() {
        #expect(ExporterConformance(MarkdownExporter()).run().isEmpty)
        #expect(ExporterConformance(MarkdownExporter(), settings: ["heading-level": "2", "budgets": "false"]).run().isEmpty)
    }

    @Test("wardplan-md lists the format and its options, and exports with them as flags")
    func executable() throws {
        let formats = try ExampleSupport.run("wardplan-md", ["formats"])
        #expect(formats.status == 0)
        #expect(formats.output.contains("markdown"))
        #expect(formats.output.contains("heading-level"))
        let export = try ExampleSupport.run("wardplan-md", ["export", ExampleSupport.sample.path, "--format", "markdown",
                                                            "--output", "-", "--heading-level", "2", "--no-budgets"])
        #expect(export.status == 0, "\(export.errors)")
        #expect(export.output.hasPrefix("## 令和2年度 東住吉区運営方針(案)"))
    }
}
