import WardPlan
import WardPlanExport

/// Markdown for the ward council's meeting papers (区政会議資料): per plan its goal, mission and policy,
/// then each 経営課題 with its 戦略 and a table of 具体的取組 and budgets — an exporter written outside
/// WardPlan, against its public contract only.
public struct MarkdownExporter: PlanExporter {
    /// The exporter's options, declared once: `wardplan formats` and `-O` learn them from here.
    public struct Options: ExporterOptions {
        static let headingLevel = ExportOption.integer("heading-level", default: 1, in: 1...4,
                                                       help: "the level of each plan's heading (# to ####)")
        static let budgets = ExportOption.flag("budgets", default: true, help: "add the budget column and totals")
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
        ExportFormat(name: "markdown", summary: "Markdown for 区政会議資料: goal, mission, issues with their initiatives and budgets",
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
