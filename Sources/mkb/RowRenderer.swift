import MineralKB

/// Prints rows of values in one output format, as they come.
///
/// `begin` once with the column names, `write` per row, `finish` at the end. Streaming formats
/// (csv, json, jsonl) print each row at once; aligned ones (table, markdown) must see every row first.
protocol RowRenderer: AnyObject {
    func begin(columns: [String])
    func write(_ row: [QueryValue])
    func finish()
}

extension OutputFormat {
    /// The renderer for this format, writing to `output`.
    ///
    /// - Parameter emptyJSONArray: print `[]` for no rows in `json` (sqlite3 prints nothing, and `mkb sql` does the same).
    func makeRenderer(output: OutputBuffer, emptyJSONArray: Bool = true) -> RowRenderer {
        switch self {
        case .table: return TableRenderer(output: output)
        case .csv: return CSVRenderer(output: output)
        case .json: return JSONRenderer(output: output, emptyArray: emptyJSONArray)
        case .jsonl: return JSONLinesRenderer(output: output)
        case .markdown: return MarkdownRenderer(output: output)
        }
    }
}

/// How a value reads as text in the table, csv and markdown formats: as the sqlite3 shell shows it.
enum CellText {
    /// NULL is empty, a real is printed as SQLite prints it (`%!.15g`), a blob as `x'…'` hexadecimal.
    static func of(_ value: QueryValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .real(let number): return SQLiteRealFormat.text(number)
        case .text(let text): return text
        case .blob(let data): return "x'" + data.map { hexDigits[Int($0 >> 4)] + hexDigits[Int($0 & 0xF)] }.joined() + "'"
        case .null: return ""
        }
    }

    private static let hexDigits = (0..<16).map { String($0, radix: 16, uppercase: true) }

    /// True for numbers, which tables align to the right.
    static func isNumber(_ value: QueryValue) -> Bool {
        switch value {
        case .integer, .real: return true
        default: return false
        }
    }
}
