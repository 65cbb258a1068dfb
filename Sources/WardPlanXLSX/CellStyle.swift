import CXLSXWriter

/// The look of a cell, as a value: each distinct style becomes one libxlsxwriter format per workbook.
struct CellStyle: Hashable {
    /// The Japanese UI font every cell uses.
    static let fontName = "游ゴシック"

    var bold = false
    var wrap = true
    var border = true
    var fill: UInt32?
    var size = 10.0
    var numberFormat: String?
    var alignRight = false
    var center = false
    /// How a run of changed text is marked in a 新旧対照表.
    var mark: TextMark?
    /// Whether the cell is a link.
    var link = false

    /// The marks of changed text: removed runs struck through in dark red, inserted ones underlined in dark green.
    enum TextMark: Hashable {
        case removed, inserted
    }

    /// Plain wrapped text in a bordered cell.
    static let text = CellStyle()
    /// A heading cell: bold on a pale blue fill.
    static let heading = CellStyle(bold: true, fill: 0xDDE7F3)
    /// A section title across the sheet.
    static let section = CellStyle(bold: true, fill: 0xBDD0E8, size: 11)
    /// The sheet's title.
    static let title = CellStyle(bold: true, wrap: false, border: false, size: 14)
    /// A note without border, e.g. (単位:千円).
    static let note = CellStyle(wrap: false, border: false, alignRight: true)
    /// An amount of 千円 with thousands separators.
    static let amount = CellStyle(wrap: false, numberFormat: "#,##0", alignRight: true)
    /// A subtotal or total amount.
    static let totalAmount = CellStyle(bold: true, wrap: false, fill: 0xF2F2F2, numberFormat: "#,##0", alignRight: true)
    /// A subtotal or total label.
    static let totalLabel = CellStyle(bold: true, fill: 0xF2F2F2)
    /// A whole number, e.g. a count or a year.
    static let integer = CellStyle(wrap: false, numberFormat: "0", alignRight: true)
    /// A link to another sheet: blue and underlined, as spreadsheets show links.
    static let link = CellStyle(wrap: false, link: true)
    /// A header cell of the machine-readable data sheet.
    static let dataHeader = CellStyle(bold: true, wrap: false, border: false)
    /// A text cell of the data sheet.
    static let dataText = CellStyle(wrap: false, border: false)
    /// A number cell of the data sheet (plain, no separators: one value per cell).
    static let dataNumber = CellStyle(wrap: false, border: false, numberFormat: "0")

    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        format_set_font_name(format, Self.fontName)
        format_set_font_size(format, size)
        if bold { format_set_bold(format) }
        if wrap { format_set_text_wrap(format) }
        if border { format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue)) }
        if let fill { format_set_bg_color(format, fill) }
        if let numberFormat { format_set_num_format(format, numberFormat) }
        if alignRight { format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue)) }
        if center { format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue)) }
        format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        if link {
            format_set_font_color(format, 0x0563C1)
            format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        }
        switch mark {
        case .removed?:
            format_set_font_strikeout(format)
            format_set_font_color(format, 0x8B0000)
        case .inserted?:
            format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
            format_set_font_color(format, 0x00573F)
        case nil:
            break
        }
    }
}
