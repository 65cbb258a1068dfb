import WardPlan
import WardPlanExport

/// An exporter written outside the package's exporter modules, as a third party would: a plain-text list
/// of ward names with their totals, one a line, with two options of its own.
public struct WardListExporter: PlanExporter {
    /// What stands between a ward's name and its total.
    public enum Separator: String, Sendable, CaseIterable {
        case tab, comma
    }

    /// The exporter's two options.
    public struct Options: ExporterOptions {
        static let prefix = ExportOption.text("prefix", help: Message("text put before each ward's name"))
        static let separator = ExportOption.choice("separator", default: Separator.tab, help: Message("between name and total"))
        public static let declarations = [prefix.declaration, separator.declaration]

        public var prefix: String
        public var separator: Separator

        public init(values: OptionValues) {
            prefix = values[Self.prefix]
            separator = values[Self.separator]
        }
    }

    public init() {}

    public var format: ExportFormat { ExportFormat(name: "wards", summary: Message("ward names and totals, one a line"), fileExtension: "txt") }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        try destination.writeFile(named: "wards.txt") { writer in
            try writer.write("# wards\n")
            while let plan = try plans.next() {
                let separator = options.separator == .tab ? "\t" : ","
                try writer.write("\(options.prefix)\(plan.plan.ward.name)\(separator)\(plan.budget.total.amount)\n")
            }
        }
    }
}
