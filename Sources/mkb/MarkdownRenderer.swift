import MineralKB

/// A GitHub-flavoured Markdown table, aligned for reading as plain text too.
///
/// A `|` in a value is escaped as `\|` and a line break becomes `<br>`, so each row stays one table
/// row; other control, bidirectional and separator characters are escaped as in a table (see
/// `TerminalText`), and a cell over `CellText.displayCap` characters is cut with a marker. As in a
/// table, widths and alignment come from the first `TableRenderer.alignedRows` rows, then rows stream.
/// No rows print nothing at all.
final class MarkdownRenderer: RowRenderer {
    private let output: OutputBuffer
    private var columns: [String] = []
    private var rows: [[(text: String, isNumber: Bool)]] = []
    private var layout: (widths: [Int], numeric: [Bool])?

    init(output: OutputBuffer) { self.output = output }

    func begin(columns: [String]) { self.columns = columns.map { MarkdownRenderer.cell(.text($0)) } }

    func write(_ row: [QueryValue]) {
        let cells = row.map { (MarkdownRenderer.cell($0), CellText.isNumber($0)) }
        if let layout {
            output.write(line(cells.enumerated().map { ($1.0, layout.numeric[safe: $0], layout.widths[safe: $0]) }))
        } else {
            rows.append(cells)
            if rows.count >= TableRenderer.alignedRows { startStreaming() }
        }
    }

    /// No rows print nothing, as sqlite3's `.mode markdown` does: a header over no rows would read as
    /// a result to whoever pastes it.
    func finish() {
        if layout == nil, !rows.isEmpty { startStreaming() }
        output.flush()
    }

    private func startStreaming() {
        var widths = columns.map { max(3, DisplayWidth.of($0)) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell.text))
            }
        }
        // A column of numbers (and NULLs) is aligned right.
        let numeric = columns.indices.map { index in
            rows.contains { index < $0.count && $0[index].isNumber }
                && rows.allSatisfy { index < $0.count && ($0[index].isNumber || $0[index].text.isEmpty) }
        }
        layout = (widths, numeric)
        output.write(line(columns.enumerated().map { ($1, false, widths[$0]) }))
        output.write("|" + widths.enumerated().map { index, width in
            numeric[index] ? " " + String(repeating: "-", count: width - 1) + ": " : " " + String(repeating: "-", count: width) + " "
        }.joined(separator: "|") + "|\n")
        for row in rows {
            output.write(line(row.enumerated().map { ($1.text, numeric[$0], widths[$0]) }))
        }
        rows = []
    }

    private func line(_ cells: [(text: String, alignRight: Bool, width: Int)]) -> String {
        "|" + cells.map { cell in
            let padding = String(repeating: " ", count: max(0, cell.width - DisplayWidth.of(cell.text)))
            return " " + (cell.alignRight ? padding + cell.text : cell.text + padding) + " "
        }.joined(separator: "|") + "|\n"
    }

    /// A value as a Markdown cell: `|` escaped, line breaks as `<br>`, the rest as in a table.
    static func cell(_ value: QueryValue) -> String {
        var text = value
        if case .text(let string) = value {
            var result = ""
            for character in string {
                switch character {
                case "|": result += "\\|"
                case "\n", "\r\n", "\r": result += "<br>"
                default: result.append(character)
                }
            }
            text = .text(result)
        }
        return CellText.display(text)
    }
}

extension Array {
    /// The element at `index`, or the type's zero value past the end (a row longer than the header).
    subscript(safe index: Int) -> Element where Element == Int { index < count ? self[index] : 0 }
    subscript(safe index: Int) -> Element where Element == Bool { index < count ? self[index] : false }
}
