import MineralKB

/// Prints rows of values in one output format, as they come.
///
/// `begin` once with the column names, `write` per row, `finish` at the end. Streaming formats
/// (csv, json, jsonl) print each row at once; aligned ones (table, markdown) size their columns on the
/// first rows (`TableRenderer.alignedRows`), then stream.
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
    /// - Parameter guardsFormulas: neutralise CSV cells a spreadsheet would run as formulas (see `CSVRenderer`).
    func makeRenderer(output: OutputBuffer, style: TableStyle = .full, emptyJSONArray: Bool = true, guardsFormulas: Bool = true) -> RowRenderer {
        switch self {
        case .table: return TableRenderer(output: output, style: style)
        case .csv: return CSVRenderer(output: output, writesHeader: style.showsHeaders, guardsFormulas: guardsFormulas)
        case .json: return JSONRenderer(output: output, emptyArray: emptyJSONArray)
        case .jsonl: return JSONLinesRenderer(output: output)
        case .markdown: return MarkdownRenderer(output: output)
        }
    }
}
