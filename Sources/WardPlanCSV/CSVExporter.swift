import Foundation
import WardPlan

/// Exports plans as CSV tables for analysts: `plans.csv`, `initiatives.csv` and `reform-items.csv`,
/// with a `datapackage.json` (Frictionless Data Package) that describes them.
///
/// The output is a folder; `-` writes the one table chosen by the `table` option to standard output.
/// Plans are written row by row as they are read, so memory does not grow with their number.
public struct CSVExporter: PlanExporter {
    /// The language of the header row.
    public enum HeaderLanguage: String, Sendable {
        /// `区名,年度,…` (the default).
        case japanese = "ja"
        /// `ward,fiscal_year,…`.
        case english = "en"
    }

    /// The text encoding of the files.
    public enum Encoding: String, Sendable {
        /// UTF-8 with a byte-order mark, so Excel on Japanese Windows opens it (the default).
        case utf8BOM = "utf8-bom"
        /// UTF-8 without a byte-order mark.
        case utf8
        /// CP932 (Windows Shift_JIS) for older tools; a character it cannot hold is an error.
        case cp932

        /// The codec name tools such as Frictionless use for it.
        var codecName: String {
            switch self {
            case .utf8BOM: "utf-8-sig"
            case .utf8: "utf-8"
            case .cp932: "cp932"
            }
        }
    }

    /// Options of the CSV exporter.
    public struct Options: ExporterOptions {
        /// The header language (`header=ja|en`).
        public var header: HeaderLanguage
        /// The encoding (`encoding=utf8-bom|utf8|cp932`).
        public var encoding: Encoding
        /// Whether cells that could run as spreadsheet formulas are neutralised (on unless `no-formula-guard`).
        public var formulaGuard: Bool
        /// The table written to standard output (`table=initiatives|plans|reform-items`).
        public var table: CSVTable

        public static let settingNames = ["header", "encoding", "no-formula-guard", "table"]

        /// Creates options.
        public init(header: HeaderLanguage = .japanese, encoding: Encoding = .utf8BOM, formulaGuard: Bool = true,
                    table: CSVTable = .initiatives) {
            self.header = header
            self.encoding = encoding
            self.formulaGuard = formulaGuard
            self.table = table
        }

        public init(settings: ExportSettings) throws(ExportError) {
            try settings.checkNames(Self.settingNames, format: "csv")
            header = try settings.choice("header", ["ja": .japanese, "en": .english], default: .japanese, format: "csv")
            encoding = try settings.choice("encoding", ["utf8-bom": .utf8BOM, "utf8": .utf8, "cp932": .cp932],
                                           default: .utf8BOM, format: "csv")
            formulaGuard = !settings.isOn("no-formula-guard")
            table = try settings.choice("table", Dictionary(uniqueKeysWithValues: CSVTable.allCases.map { ($0.rawValue, $0) }),
                                        default: .initiatives, format: "csv")
        }
    }

    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "csv", summary: "CSV tables (plans, initiatives, reform items) with a datapackage.json; - for one table",
                     fileExtension: "csv")
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        switch destination {
        case .standardOutput:
            var writer = try CSVTableWriter(table: options.table, options: options, output: .standardOutput())
            while let plan = try plans.next() { try writer.write(plan) }
            try writer.finish()
        case .path(let folder):
            try AtomicFolder.write(to: folder) { staging in
                var writers = try CSVTable.allCases.map { table in
                    try CSVTableWriter(table: table, options: options,
                                       output: ByteWriter.creating(staging.appendingPathComponent(table.fileName)))
                }
                while let plan = try plans.next() {
                    for index in writers.indices { try writers[index].write(plan) }
                }
                for index in writers.indices { try writers[index].finish() }
                let package = try DataPackage(options: options).json()
                try AtomicFile.write(package, to: staging.appendingPathComponent("datapackage.json"))
            }
        }
    }
}
