import MineralKB

/// Aligned columns under a header and a rule, sized by display width so CJK, emoji and Urdu line up.
///
/// Numbers are aligned right, text left. Line breaks and tabs inside a value are shown as `\n` and
/// `\t`. Given a terminal width (`TableStyle.width`), the table is fitted to it by `TableLayout`:
/// columns that may go are left out, long cells wrap within their column, and rows that take more
/// than one line are set apart by an empty line; when even that is too wide, each row is printed as a
/// record, one field per line. Without a width, each row is one line. No rows print nothing.
final class TableRenderer: RowRenderer {
    private let output: OutputBuffer
    private let style: TableStyle
    private var columns: [String] = []
    private var rows: [[(text: String, width: Int, isNumber: Bool)]] = []

    /// The names of the columns left out to fit the terminal, known after `finish`.
    private(set) var leftOut: [String] = []

    init(output: OutputBuffer, style: TableStyle = .full) {
        self.output = output
        self.style = style
    }

    func begin(columns: [String]) { self.columns = columns.map(TableRenderer.oneLine) }

    func write(_ row: [QueryValue]) {
        rows.append(row.map { value in
            let text = TableRenderer.oneLine(CellText.of(value))
            return (text, DisplayWidth.of(text), CellText.isNumber(value))
        })
    }

    func finish() {
        // No rows print nothing, as in the sqlite3 shell; the command says so on standard error.
        guard !rows.isEmpty else { return }
        let layout = TableLayout.fit(layoutColumns(), into: style.width)
        leftOut = columns.indices.filter { !layout.shown.contains($0) }.map { columns[$0] }
        if let width = style.width, !layout.fits {
            // Records have room for every column: none is left out.
            leftOut = []
            writeRecords(shown: Array(columns.indices), width: width)
            output.flush()
            return
        }
        let widths = layout.widths
        if style.showsHeaders {
            writeRow(layout.shown.map { (columns[$0], false) }, widths: widths)
            writeLine(widths.map { String(repeating: "-", count: $0) }, widths: widths, alignRight: widths.map { _ in false })
        }
        var previousWrapped = false
        for (index, row) in rows.enumerated() {
            let cells = layout.shown.map { $0 < row.count ? (row[$0].text, row[$0].isNumber) : ("", false) }
            let wraps = zip(cells, widths).contains { DisplayWidth.of($0.0) > $1 }
            // A row of several lines is set apart, so that where one row ends and the next begins is clear.
            if index > 0 && (wraps || previousWrapped) { output.write("\n") }
            writeRow(cells, widths: widths)
            previousWrapped = wraps
        }
        output.flush()
    }

    private func layoutColumns() -> [TableLayout.Column] {
        columns.enumerated().map { index, header in
            var natural = style.showsHeaders ? DisplayWidth.of(header) : 0
            for row in rows where index < row.count { natural = max(natural, row[index].width) }
            let hint = index < style.hints.count ? style.hints[index] : TableStyle.ColumnHint()
            let headerWord = style.showsHeaders ? header.split(separator: "_").map { DisplayWidth.of(String($0)) + 1 }.max() ?? 0 : 0
            return TableLayout.Column(naturalWidth: natural, minimumWidth: hint.minimumWidth ?? max(10, headerWord),
                                      dropRank: hint.dropRank)
        }
    }

    /// Each row as a record, one `name  value` line per field (values wrapped beside the names), records
    /// set apart by an empty line: what a terminal too narrow for the columns side by side gets
    /// (psql's expanded display, sqlite3's `.mode line`).
    private func writeRecords(shown: [Int], width: Int) {
        let nameWidth = min(shown.map { DisplayWidth.of(columns[$0]) }.max() ?? 0, max(8, width / 2))
        let valueWidth = max(10, width - nameWidth - 2)
        for (index, row) in rows.enumerated() {
            if index > 0 { output.write("\n") }
            for column in shown {
                let names = TextWrap.lines(columns[column], width: nameWidth)
                let values = column < row.count ? TextWrap.lines(row[column].text, width: valueWidth) : [""]
                for line in 0..<max(names.count, values.count) {
                    writeLine([line < names.count ? names[line] : "", line < values.count ? values[line] : ""],
                              widths: [nameWidth, valueWidth], alignRight: [false, false])
                }
            }
        }
    }

    /// One row, over as many lines as its widest-wrapping cell needs.
    private func writeRow(_ cells: [(text: String, isNumber: Bool)], widths: [Int]) {
        let wrapped = zip(cells, widths).map { cell, width in TextWrap.lines(cell.text, width: width) }
        let height = wrapped.map(\.count).max() ?? 1
        for line in 0..<height {
            writeLine(wrapped.map { line < $0.count ? $0[line] : "" }, widths: widths, alignRight: cells.map(\.isNumber))
        }
    }

    private func writeLine(_ texts: [String], widths: [Int], alignRight: [Bool]) {
        var line = ""
        for (index, text) in texts.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(text)))
            if index > 0 { line += "  " }
            line += alignRight[index] ? padding + text : text + padding
        }
        while line.last == " " { line.removeLast() }  // no trailing spaces
        output.write(line + "\n")
    }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result
    }
}
