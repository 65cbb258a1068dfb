import WardPlan
import WardPlanExport

/// Markdown for the ward council's meeting papers (区政会議資料): per plan its goal, mission and policy,
/// then each 経営課題 with its 戦略 and a table of 具体的取組 and budgets — an exporter written outside
/// WardPlan, against its public contract only.
public struct MarkdownExporter: PlanExporter {
    /// The exporter's options, declared once: `wardplan formats` and `-O` learn them from here.
    public struct Options: ExporterOptions {
        static let headingLevel = ExportOption.integer("heading-level", default: 1, in: 1...4,
                                                       help: Message(english: "the level of each plan's heading (# to ####)",
                                                                     japanese: "計画の見出しの階層 (# から ####)"))
        static let budgets = ExportOption.flag("budgets", default: true, help: Message(english: "add the budget column and totals",
                                                                                                 japanese: "予算額の列と合計を付ける"))
        public static let declarations = [headingLevel.declaration, budgets.declaration]

        /// The level of each plan's heading; issues and strategies go one and two levels deeper.
        public var headingLevel: Int
        /// Whether budgets are shown.
        public var budgets: Bool

        /// Options as given.
        public init(headingLevel: Int = 1, budgets: Bool = true) {
            self.headingLevel = headingLevel
            self.budgets = budgets
        }

        public init(values: OptionValues) {
            headingLevel = values[Self.headingLevel]
            budgets = values[Self.budgets]
        }
    }

    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "markdown", summary: Message(english: "Markdown for 区政会議資料: goal, mission, issues with their initiatives and budgets",
                                                     japanese: "区政会議資料向けの Markdown: 区の目標、区の使命、経営課題と具体的取組、予算額"),
                     fileExtension: "md")
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        try destination.writeFile(named: "plans.md") { writer in
            var first = true
            while let plan = try plans.next() {
                if !first { try writer.write("\n---\n\n") }
                first = false
                try writer.write(MarkdownPage(plan: plan, options: options).render())
            }
        }
    }
}
