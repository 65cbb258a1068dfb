import WardPlan

/// Writes one CSV table row by row in the chosen encoding.
struct CSVTableWriter {
    private let table: CSVTable
    private let formatter: CSVFormatter
    private let encoder: CP932Encoder?
    private var output: ByteWriter
    /// The row being written, the header being row 1.
    private var row = 1

    init(table: CSVTable, options: CSVExporter.Options, output: ByteWriter) throws {
        self.table = table
        self.output = output
        formatter = CSVFormatter(formulaGuard: options.formulaGuard)
        do {
            encoder = options.encoding == .cp932 ? try CP932Encoder() : nil
        } catch {
            throw ExportError("this system's C library has no CP932 converter (iconv)", destination: table.fileName)
        }
        if options.encoding == .utf8BOM { try self.output.write(bytes: [0xEF, 0xBB, 0xBF]) }
        try emit(formatter.header(table.columns.map { $0.name(options.header) }), cells: nil)
    }

    /// Appends the plan's rows.
    mutating func write(_ plan: OperatingPlan) throws {
        let rows: [[TableValue]]
        do { rows = try table.rows(of: plan) } catch { throw ExportError.unsummable(plan, error, destination: table.fileName) }
        for cells in rows {
            row += 1
            try emit(formatter.line(cells), cells: cells)
        }
    }

    /// Writes out what is buffered.
    mutating func finish() throws { try output.flush() }

    private mutating func emit(_ text: String, cells: [TableValue]?) throws {
        guard let encoder else {
            try output.write(text)
            return
        }
        do {
            try output.write(bytes: try encoder.encode(text))
        } catch let error as CP932Encoder.Unencodable {
            throw unencodable(error.character, cells: cells)
        }
    }

    /// An error naming the character CP932 cannot hold, the table, the row and the column.
    private func unencodable(_ character: Character, cells: [TableValue]?) -> ExportError {
        let scalars = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        var column = "the header"
        if let cells, let index = cells.firstIndex(where: { cell in
            if case .text(let text?) = cell { return text.contains(character) }
            return false
        }) {
            column = "column \(index + 1) (\(table.columns[index].english))"
        }
        return ExportError(
            "CP932 (Shift_JIS) cannot hold the character 「\(character)」 (\(scalars)) in \(table.fileName), row \(row), \(column); "
                + "use encoding utf8-bom or utf8", destination: table.fileName)
    }
}
