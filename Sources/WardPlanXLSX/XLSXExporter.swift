import WardPlan
import WardPlanExport

/// Exports plans as one Excel workbook through libxlsxwriter: per plan the city's forms 様式1, 様式2
/// and 様式3, a flat データ sheet for analysis, and with several plans a 集計 sheet.
///
/// `layout=data` writes only 集計 and データ in libxlsxwriter's `constant_memory` mode, so datasets of
/// any size stream through in little memory. Text over Excel's 32,767 characters per cell is an error
/// naming the field (WardPlan does not split text). No plans make a workbook with an empty データ sheet.
public struct XLSXExporter: PlanExporter {
    /// Which sheets the workbook holds.
    public enum Layout: String, Sendable, CaseIterable {
        /// The form sheets of each plan (and 集計 with several plans).
        case forms
        /// 集計 and データ only, streamed in constant memory: for large datasets.
        case data
        /// Forms and データ (the default).
        case both
    }

    /// Options of the XLSX exporter.
    public struct Options: ExporterOptions {
        static let layout = ExportOption.choice("layout", default: Layout.both,
                                                help: .xlsxLayoutHelp)
        static let versions = ExportOption.choice("versions", default: VersionPolicy.latest,
                                                  help: .xlsxVersionsHelp)
        public static let declarations = [layout.declaration, versions.declaration]

        /// The sheets to write.
        public var layout: Layout
        /// How 集計 counts several versions of one ward's plan for a year.
        public var versions: VersionPolicy

        /// Creates options.
        public init(layout: Layout = .both, versions: VersionPolicy = .latest) {
            self.layout = layout
            self.versions = versions
        }

        public init(values: OptionValues) {
            layout = values[Self.layout]
            versions = values[Self.versions]
        }
    }

    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "xlsx", summary: .xlsxSummary,
                     fileExtension: "xlsx")
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        try destination.writeThroughPath(named: "plans.xlsx") { temporary in
            do {
                try WorkbookExport(path: temporary, layout: options.layout, versions: options.versions).run(&plans)
            } catch let error as XLSXError {
                throw error.placed(at: destination.description)
            }
        }
    }
}
