import WardPlan
import WardPlanExport

/// Exports plans as CSV tables for analysts: `plans.csv`, `initiatives.csv` and `reform-items.csv`,
/// with a `datapackage.json` (Frictionless Data Package) that describes them.
///
/// The output is a folder; standard output takes the one table chosen by the `table` option.
/// Plans are written row by row as they are read, so memory does not grow with their number.
public struct CSVExporter: PlanExporter {
    /// Options of the CSV exporter.
    public struct Options: ExporterOptions {
        static let header = ExportOption.choice("header", default: HeaderLanguage.ja, help: .csvHeaderHelp)
        static let encoding = ExportOption.choice("encoding", default: CSVEncoding.utf8BOM,
                                                  help: .csvEncodingHelp)
        static let formulaGuard = ExportOption.flag("formula-guard", default: true,
                                                    help: .csvFormulaGuardHelp)
        static let table = ExportOption.choice("table", default: CSVTableChoice.initiatives, help: .csvTableHelp)
        public static let declarations = [header.declaration, encoding.declaration, formulaGuard.declaration, table.declaration]

        /// The header language.
        public var header: HeaderLanguage
        /// The encoding.
        public var encoding: CSVEncoding
        /// Whether cells that could run as spreadsheet formulas are neutralised.
        public var formulaGuard: Bool
        /// The table written to standard output.
        public var table: CSVTableChoice

        /// Creates options.
        public init(header: HeaderLanguage = .ja, encoding: CSVEncoding = .utf8BOM, formulaGuard: Bool = true,
                    table: CSVTableChoice = .initiatives) {
            self.header = header
            self.encoding = encoding
            self.formulaGuard = formulaGuard
            self.table = table
        }

        public init(values: OptionValues) {
            self.init(header: values[Self.header], encoding: values[Self.encoding], formulaGuard: values[Self.formulaGuard],
                      table: values[Self.table])
        }
    }

    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "csv", summary: .csvSummary,
                     fileExtension: "csv", output: .folder)
    }

    /// The file names a CSV export writes.
    static let fileNames: Set<String> = Set(FlatTable.all.map { $0.name + ".csv" } + ["datapackage.json"])

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        if case .stream = destination {
            let table = FlatTable.all.first { $0.name == options.table.rawValue } ?? .initiatives
            try destination.writeFile(named: table.name + ".csv") { output in
                var writer = try CSVTableWriter(table: table, options: options, output: output)
                while let plan = try plans.next() { try writer.write(plan) }
                try writer.output.flush()
            }
            return
        }
        try destination.writeFolder(expectedNames: Self.fileNames.contains) { folder in
            var writers = try FlatTable.all.map { table in
                try CSVTableWriter(table: table, options: options, output: folder.open(named: table.name + ".csv"))
            }
            while let plan = try plans.next() {
                for index in writers.indices { try writers[index].write(plan) }
            }
            for index in writers.indices { try folder.close(&writers[index].output) }
            let package = try DataPackage(options: options).json()
            try folder.writeFile(named: "datapackage.json") { output in try output.write(bytes: package) }
        }
    }
}
