import MineralKB

/// Aligned columns under a header and a rule, sized by display width so CJK, emoji and Urdu line up.
///
/// Numbers are aligned right, text left. Every cell is escaped for the terminal (`\n`, `\t`,
/// `\u{1B}`: see `TerminalText`) so that one row stays on one line and no value can send the
/// terminal a command, and a cell over `CellText.displayCap` characters is cut with a marker.
/// Widths come from the first `alignedRows` rows; later rows stream out as they come, in those
/// widths (a wider cell pushes its line), so memory does not grow with the number of rows.
final class TableRenderer: RowRenderer {
    /// The rows held back to size the columns.
    static let alignedRows = 1_000

    private let output: OutputBuffer
    private var columns: [String] = []
    private var rows: [[(text: String, width: Int, isNumber: Bool)]] = []
    private var widths: [Int]?

    init(output: OutputBuffer) { self.output = output }

    func begin(columns: [String]) { self.columns = columns.map { CellText.display(.text($0)) } }

    func write(_ row: [QueryValue]) {
        let cells = row.map { value in
            let text = CellText.display(value)
            return (text, DisplayWidth.of(text), CellText.isNumber(value))
        }
        if let widths {
            writeRow(cells, widths: widths)
        } else {
            rows.append(cells)
            if rows.count >= TableRenderer.alignedRows { startStreaming() }
        }
    }

    func finish() {
        if widths == nil { startStreaming() }
        output.flush()
    }

    /// Sizes the columns from the rows held, prints the header and those rows; later rows print at once.
    private func startStreaming() {
        var widths = columns.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.width)
            }
        }
        self.widths = widths
        writeLine(columns.enumerated().map { index, name in (name, DisplayWidth.of(name), false, widths[index]) })
        writeLine(widths.map { (String(repeating: "-", count: $0), $0, false, $0) })
        for row in rows { writeRow(row, widths: widths) }
        rows = []
    }

    private func writeRow(_ row: [(text: String, width: Int, isNumber: Bool)], widths: [Int]) {
        writeLine(row.enumerated().map { index, cell in (cell.text, cell.width, cell.isNumber, index < widths.count ? widths[index] : 0) })
    }

    private func writeLine(_ cells: [(text: String, width: Int, alignRight: Bool, columnWidth: Int)]) {
        var line = ""
        for (index, cell) in cells.enumerated() {
            let padding = String(repeating: " ", count: max(0, cell.columnWidth - cell.width))
            if index > 0 { line += "  " }
            line += cell.alignRight ? padding + cell.text : cell.text + padding
        }
        while line.last == " " { line.removeLast() }  // no trailing spaces
        output.write(line + "\n")
    }
}
