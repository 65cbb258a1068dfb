import WardPlan
import WardPlanExport

/// Writes one CSV table row by row in the chosen encoding.
struct CSVTableWriter {
    let table: FlatTable
    private var formatter: CSVFormatter
    private let encoder: CP932Encoder?
    /// Where the rows go.
    var output: ByteWriter
    /// The row being written, the header being row 1.
    private var row = 1

    init(table: FlatTable, options: CSVExporter.Options, output: ByteWriter) throws(WardPlanError) {
        self.table = table
        self.output = output
        formatter = CSVFormatter(formulaGuard: options.formulaGuard)
        do {
            encoder = options.encoding == .cp932 ? try CP932Encoder() : nil
        } catch {
            throw WardPlanError(.outputFailed, .noCP932Converter, path: output.sink.name)
        }
        if options.encoding == .utf8BOM { try self.output.write(bytes: [0xEF, 0xBB, 0xBF]) }
        try emit(table.columns.map { .text($0.name(options.header)) }, planCellCount: 0)
    }

    /// Appends the plan's rows.
    mutating func write(_ plan: BudgetedPlan) throws(WardPlanError) {
        formatter.startPlan()
        try table.forEachRow(of: plan) { cells throws(WardPlanError) in
            row += 1
            try emit(cells, planCellCount: table.planColumnCount)
        }
    }

    /// Writes a row (its first `planCellCount` cells the plan's): its UTF-8 bytes straight into the output's buffer,
    /// or converted to CP932.
    private mutating func emit(_ cells: [TableValue], planCellCount: Int) throws(WardPlanError) {
        guard let encoder else {
            try output.append { formatter.append(line: cells, planCellCount: planCellCount, to: &$0) }
            return
        }
        var line: [UInt8] = []
        formatter.append(line: cells, planCellCount: planCellCount, to: &line)
        let bytes: [UInt8]
        do { bytes = try encoder.encode(String(decoding: line, as: UTF8.self)) } catch { throw unencodable(error.character, cells: cells) }
        try output.write(bytes: bytes)
    }

    /// An error naming the character CP932 cannot hold, the table, the row and the column.
    private func unencodable(_ character: Character, cells: [TableValue]) -> WardPlanError {
        let scalars = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        var column: (number: Int, key: String)?
        if row > 1, let index = cells.firstIndex(where: { cell in
            if case .text(let text?) = cell { return text.contains(character) }
            return false
        }) {
            column = (index + 1, table.columns[index].key)
        }
        return WardPlanError(
            .unrepresentable,
            .notInCP932(String(character), scalars: scalars, table: table.name, row: row, column: column), path: output.sink.name)
    }
}
