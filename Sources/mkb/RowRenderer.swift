import MineralKB

/// Prints rows of values in one output format, as they come.
///
/// `begin` once with the column names, `write` per row, `finish` at the end. Streaming formats
/// (csv, json, jsonl) print each row at once; aligned ones (table, markdown) must see every row first.
protocol RowRenderer: AnyObject {
    func begin(columns: [String])
    func write(_ row: [QueryValue])
    /// Writes a row lent by the library; streaming formats write its bytes without making Strings.
    func write(cells row: QueryRow) throws
    func finish()
}

extension RowRenderer {
    /// Formats that keep their rows (table, markdown) take owned values.
    func write(cells row: QueryRow) throws { write(try row.values) }
}

extension OutputFormat {
    /// The renderer for this format, writing to `output`.
    ///
    /// - Parameter style: how a table is fitted, and whether table and csv print their header.
    /// - Parameter emptyJSONArray: print `[]` for no rows in `json` (sqlite3 prints nothing, and `mkb sql` does the same).
    func makeRenderer(output: OutputBuffer, style: TableStyle = .full, emptyJSONArray: Bool = true) -> RowRenderer {
        switch self {
        case .table: return TableRenderer(output: output, style: style)
        case .csv: return CSVRenderer(output: output, writesHeader: style.showsHeaders)
        case .json: return JSONRenderer(output: output, emptyArray: emptyJSONArray)
        case .jsonl: return JSONLinesRenderer(output: output)
        case .markdown: return MarkdownRenderer(output: output)
        }
    }
}
