import Foundation
import WardPlan

/// Exports plans as one Excel workbook through libxlsxwriter: per plan the city's forms 様式1, 様式2
/// and 様式3, a flat データ sheet for analysis, and with several plans a 集計 sheet.
///
/// `layout=data` writes only 集計 and データ in libxlsxwriter's `constant_memory` mode, so datasets of
/// any size stream through in little memory. Text over Excel's 32,767 characters per cell is an error
/// naming the field (WardPlan does not split text). The workbook is written to a temporary file and
/// renamed into place: a failed export leaves no partial file.
public struct XLSXExporter: PlanExporter {
    /// Which sheets the workbook holds.
    public enum Layout: String, Sendable {
        /// The form sheets of each plan (and 集計 with several plans).
        case forms
        /// 集計 and データ only, streamed in constant memory: for large datasets.
        case data
        /// Forms and データ (the default).
        case both
    }

    /// Options of the XLSX exporter.
    public struct Options: ExporterOptions {
        /// The sheets to write (`layout=forms|data|both`).
        public var layout: Layout

        public static let settingNames = ["layout"]

        /// Creates options.
        public init(layout: Layout = .both) { self.layout = layout }

        public init(settings: ExportSettings) throws(ExportError) {
            try settings.checkNames(Self.settingNames, format: "xlsx")
            layout = try settings.choice("layout", ["forms": .forms, "data": .data, "both": .both], default: .both, format: "xlsx")
        }
    }

    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat {
        ExportFormat(name: "xlsx", summary: "Excel workbook: 様式1/様式2/様式3 per plan, a データ sheet, 集計 for several plans",
                     fileExtension: "xlsx")
    }

    public func export(_ plans: inout PlanStream, to destination: ExportDestination, options: Options) throws {
        guard case .path(let url) = destination else {
            throw ExportError("an XLSX workbook must be written to a file, not standard output", destination: "\(destination)")
        }
        try AtomicFile.write(to: url) { temporary in
            do {
                try WorkbookExport(path: temporary.path, layout: options.layout).run(&plans)
            } catch let error as XLSXError {
                throw ExportError(error.message, destination: url.path)
            } catch let error as ExportError {
                throw ExportError(error.message, destination: url.path)
            }
        }
    }
}
