import Foundation

/// Exports plans as canonical JSON: one plan as an object, several as an array, or JSON Lines
/// (one plan a line) when the output ends in `.jsonl` or the `lines` option is given.
public struct JSONExporter: PlanExporter {
    /// Options of the JSON exporter.
    public struct Options: ExporterOptions {
        /// Write JSON Lines, one compact plan a line.
        public var lines: Bool
        public static let settingNames = ["lines"]

        /// Creates options.
        public init(lines: Bool = false) { self.lines = lines }

        public init(settings: ExportSettings) throws(ExportError) {
            try settings.checkNames(Self.settingNames, format: "json")
            lines = settings.isOn("lines")
        }
    }

    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "json", summary: "canonical JSON: one plan, an array of plans, or JSON Lines (.jsonl)",
                     fileExtension: "json")
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        switch destination {
        case .standardOutput:
            try ByteWriter.withStandardOutput { writer in try write(&plans, lines: options.lines, to: &writer) }
        case .path(let url):
            let lines = options.lines || url.pathExtension.lowercased() == "jsonl"
            try AtomicFile.withWriter(to: url) { writer in try write(&plans, lines: lines, to: &writer) }
        }
    }

    private func write(_ plans: inout PlanStream, lines: Bool, to writer: inout ByteWriter) throws {
        let encoder = PlanJSON.encoder(pretty: !lines)
        guard let first = try plans.next() else {
            try writer.write(lines ? "" : "[]\n")
            return
        }
        if lines {
            var plan: OperatingPlan? = first
            while let current = plan {
                try writer.write(bytes: try encoder.encode(current))
                try writer.write("\n")
                plan = try plans.next()
            }
            return
        }
        guard var next = try plans.next() else {
            try writer.write(bytes: try encoder.encode(first))
            try writer.write("\n")
            return
        }
        try writer.write("[\n")
        try writer.write(bytes: try encoder.encode(first))
        while true {
            try writer.write(",\n")
            try writer.write(bytes: try encoder.encode(next))
            guard let following = try plans.next() else { break }
            next = following
        }
        try writer.write("\n]\n")
    }
}
