import CXLSXWriter
import Foundation

/// An open libxlsxwriter workbook. Owns the C object: ``close()`` writes the file and frees it exactly once;
/// a workbook dropped without closing (an error path) is closed and its file discarded by the caller.
///
/// A workbook is written from one task at a time, so its properties, read for every cell, are read without the
/// run-time check of exclusive access.
final class Workbook {
    @exclusivity(unchecked) private var handle: UnsafeMutablePointer<lxw_workbook>?
    @exclusivity(unchecked) private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]
    /// The two styles used last, with their formats.
    @exclusivity(unchecked) private var recentFormats: [(style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []
    private(set) var sheetNames: Set<String> = []
    /// Whether rows go straight to disk (libxlsxwriter's `constant_memory`): rows strictly in order per sheet.
    let constantMemory: Bool

    /// Opens a workbook that will be written to `path` when closed.
    init(path: String, constantMemory: Bool, temporaryFolder: String) throws(XLSXError) {
        self.constantMemory = constantMemory
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        let folder = strdup(temporaryFolder)
        defer { free(folder) }
        options.tmpdir = folder
        guard let handle = workbook_new_opt(path, &options) else {
            throw XLSXError(.cannotCreateWorkbook(path), kind: .outputFailed)
        }
        self.handle = handle
    }

    deinit { discard() }

    /// Whether the workbook is still open (not yet closed or discarded).
    var isOpen: Bool { handle != nil }

    /// Closes a workbook whose export failed, freeing the C object; its file is about to be deleted,
    /// so what closing reports is returned for the message rather than thrown.
    @discardableResult
    func discard() -> XLSXError? {
        guard let open = handle else { return nil }
        handle = nil
        let result = workbook_close(open)
        return result.rawValue == LXW_NO_ERROR.rawValue ? nil : XLSXError(result, while: "close the abandoned workbook")
    }

    /// Writes the file and frees the workbook. Call once; later calls do nothing.
    func close() throws(XLSXError) {
        guard let open = handle else { return }
        handle = nil
        try XLSXError.check(workbook_close(open), "write the workbook")
    }

    /// Adds a sheet named `name`, which must be new, at most 31 characters and free of `[]:*?/\`.
    func addSheet(_ name: String) throws(XLSXError) -> Sheet {
        let workbook = try open()
        guard !sheetNames.contains(name) else {
            throw XLSXError(.sheetNameTwice(name))
        }
        try XMLText.check(name, inCell: false, field: "the sheet name \"\(name)\"", place: "made from the ward's name")
        if name.count > 31 { throw XLSXError(.sheetNameTooLong(name)) }
        if let bad = name.first(where: { "[]:*?/\\".contains($0) }) {
            throw XLSXError(.sheetNameForbidden(name, character: String(bad)))
        }
        try XLSXError.check(workbook_validate_sheet_name(workbook, name), "use the sheet name \"\(name)\"")
        guard let sheet = workbook_add_worksheet(workbook, name) else {
            throw XLSXError(.cannotAddSheet(name))
        }
        sheetNames.insert(name)
        return Sheet(handle: sheet, name: name, workbook: self)
    }

    /// The libxlsxwriter format of a style, made once per workbook.
    func format(_ style: CellStyle) throws(XLSXError) -> UnsafeMutablePointer<lxw_format> {
        // Rows alternate between a few styles: comparing with the last two costs less than hashing a style.
        if let recent = recentFormats.first(where: { $0.style == style }) { return recent.format }
        if let format = formats[style] {
            remember(style, format)
            return format
        }
        guard let format = workbook_add_format(try open()) else { throw XLSXError(.cannotAddFormat, kind: .outputFailed) }
        style.apply(to: format)
        formats[style] = format
        remember(style, format)
        return format
    }

    private func remember(_ style: CellStyle, _ format: UnsafeMutablePointer<lxw_format>) {
        recentFormats.insert((style, format), at: 0)
        if recentFormats.count > 2 { recentFormats.removeLast() }
    }

    /// Sets the document properties (title, subject, …), created at `created` (seconds since 1970): a time
    /// from the data, so that the same plans make the same bytes.
    func setProperties(title: String, subject: String, keywords: String, created: Int) throws(XLSXError) {
        let values: [String] = [title, subject, "WardPlan", keywords, "大阪市"]
        for (value, field) in zip(values, ["the title", "the subject", "the author", "the keywords", "the company"]) {
            try XMLText.check(value, inCell: false, field: field, place: "the workbook's document properties")
        }
        let strings = values.map { value in value.withCString { strdup($0) } }
        defer { strings.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.subject = strings[1]
        properties.author = strings[2]
        properties.keywords = strings[3]
        properties.company = strings[4]
        properties.created = time_t(created)
        try XLSXError.check(workbook_set_properties(try open(), &properties), "set the document properties")
    }

    private func open() throws(XLSXError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXError(.workbookClosed, kind: .outputFailed) }
        return handle
    }
}
