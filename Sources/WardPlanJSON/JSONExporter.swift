import WardPlan
import WardPlanExport

/// Exports plans as canonical JSON: one plan as an object, several (or none) as an array, or JSON Lines
/// (one compact plan a line) when the output ends in `.jsonl` or the `lines` option is on.
public struct JSONExporter: PlanExporter {
    /// Options of the JSON exporter.
    public struct Options: ExporterOptions {
        /// `lines`: write JSON Lines.
        public static let lines = ExportOption.flag("lines", help: .jsonLinesHelp)
        public static let declarations = [lines.declaration]

        /// Write JSON Lines, one compact plan a line.
        public var lines: Bool

        /// Creates options.
        public init(lines: Bool = false) { self.lines = lines }

        public init(values: OptionValues) { lines = values[Self.lines] }
    }

    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "json", summary: .jsonSummary,
                     fileExtension: "json", otherExtensions: ["jsonl"])
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        let lines = options.lines || destination.pathExtension == "jsonl"
        try destination.writeFile(named: lines ? "plans.jsonl" : "plans.json") { writer in
            try write(&plans, lines: lines, to: &writer)
        }
    }

    /// One plan: the object. Zero or several: an array. Lines: one compact plan a line.
    private func write(_ plans: inout PlanStream, lines: Bool, to writer: inout ByteWriter) throws {
        let encoder = PlanJSON.encoder(pretty: !lines)
        if lines {
            while let plan = try plans.next() {
                try writer.write(bytes: try encoder.encode(plan.plan))
                try writer.write("\n")
            }
            return
        }
        guard let first = try plans.next() else {
            try writer.write("[]\n")
            return
        }
        guard try plans.peek() != nil else {
            try writer.write(bytes: try encoder.encode(first.plan))
            try writer.write("\n")
            return
        }
        try writer.write("[\n")
        try writer.write(bytes: try encoder.encode(first.plan))
        while let plan = try plans.next() {
            try writer.write(",\n")
            try writer.write(bytes: try encoder.encode(plan.plan))
        }
        try writer.write("\n]\n")
    }
}
