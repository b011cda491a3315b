import MineralKB

/// A GitHub-flavoured Markdown table, aligned for reading as plain text too.
///
/// A `|` in a value is escaped as `\|` and a line break becomes `<br>`, so each row stays one table row.
final class MarkdownRenderer: RowRenderer {
    private let output: OutputBuffer
    private var columns: [String] = []
    private var rows: [[(text: String, isNumber: Bool)]] = []

    init(output: OutputBuffer) { self.output = output }

    func begin(columns: [String]) { self.columns = columns.map(MarkdownRenderer.escape) }

    func write(_ row: [QueryValue]) {
        rows.append(row.map { (MarkdownRenderer.escape(CellText.of($0)), CellText.isNumber($0)) })
    }

    func finish() {
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
        output.write(line(columns.enumerated().map { ($1, false, widths[$0]) }))
        output.write("|" + widths.enumerated().map { index, width in
            numeric[index] ? " " + String(repeating: "-", count: width - 1) + ": " : " " + String(repeating: "-", count: width) + " "
        }.joined(separator: "|") + "|\n")
        for row in rows {
            output.write(line(row.enumerated().map { ($1.text, numeric[$0], widths[$0]) }))
        }
        output.flush()
    }

    private func line(_ cells: [(text: String, alignRight: Bool, width: Int)]) -> String {
        "|" + cells.map { cell in
            let padding = String(repeating: " ", count: max(0, cell.width - DisplayWidth.of(cell.text)))
            return " " + (cell.alignRight ? padding + cell.text : cell.text + padding) + " "
        }.joined(separator: "|") + "|\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|": result += "\\|"
            case "\n", "\r\n", "\r": result += "<br>"
            default: result.append(character)
            }
        }
        return result
    }
}
