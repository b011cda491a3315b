import MineralKB

/// Aligned columns under a header and a rule, sized by display width so CJK, emoji and Urdu line up.
///
/// Numbers are aligned right, text left. Every cell is escaped for the terminal (`\n`, `\t`,
/// `\u{1B}`: see `TerminalText`), so one value stays in its cell and none can send the terminal a
/// command, and a cell over `CellText.displayCap` characters is cut with a marker. The layout comes
/// from the first `alignedRows` rows; later rows stream out in it as they come, so memory does not
/// grow with the number of rows. Given a terminal width (`TableStyle.width`), the table is fitted to it by `TableLayout`:
/// columns that may go are left out, long cells wrap within their column, and rows that take more
/// than one line are set apart by an empty line; when even that is too wide, each row is printed as a
/// record, one field per line. Without a width, each row is one line. No rows print nothing.
final class TableRenderer: RowRenderer {
    /// The rows held back to lay the columns out.
    static let alignedRows = 1_000

    private let output: OutputBuffer
    private let style: TableStyle
    private var columns: [String] = []
    private var rows: [[(text: String, width: Int, isNumber: Bool)]] = []
    /// Set once the rows held have been laid out and printed: later rows go straight out in it.
    private var layout: (shown: [Int], widths: [Int], recordWidth: Int?)?
    private var printed = 0
    private var previousWrapped = false

    /// The names of the columns left out to fit the terminal, known after `finish`.
    private(set) var leftOut: [String] = []

    init(output: OutputBuffer, style: TableStyle = .full) {
        self.output = output
        self.style = style
    }

    func begin(columns: [String]) { self.columns = columns.map { CellText.display(.text($0)) } }

    func write(_ row: [QueryValue]) {
        rows.append(row.map { value in
            let text = CellText.display(value)
            return (text, DisplayWidth.of(text), CellText.isNumber(value))
        })
        if layout != nil {
            writeHeldRows()
        } else if rows.count >= TableRenderer.alignedRows {
            startStreaming()
        }
    }

    func finish() {
        // No rows print nothing, as in the sqlite3 shell; the command says so on standard error.
        if layout == nil && !rows.isEmpty { startStreaming() }
        output.flush()
    }

    /// Lays the columns out on the rows held, prints the header and those rows.
    private func startStreaming() {
        let fitted = TableLayout.fit(layoutColumns(), into: style.width)
        leftOut = columns.indices.filter { !fitted.shown.contains($0) }.map { columns[$0] }
        if let width = style.width, !fitted.fits {
            // Records have room for every column: none is left out.
            leftOut = []
            layout = (Array(columns.indices), [], width)
        } else {
            layout = (fitted.shown, fitted.widths, nil)
            if style.showsHeaders {
                writeRow(fitted.shown.map { (columns[$0], false) }, widths: fitted.widths)
                writeLine(fitted.widths.map { String(repeating: "-", count: $0) }, widths: fitted.widths, alignRight: fitted.widths.map { _ in false })
            }
        }
        writeHeldRows()
    }

    private func writeHeldRows() {
        guard let layout else { return }
        if let width = layout.recordWidth {
            writeRecords(shown: layout.shown, width: width)
        } else {
            for row in rows {
                let cells = layout.shown.map { $0 < row.count ? (row[$0].text, row[$0].isNumber) : ("", false) }
                // Without a terminal width each row is one line: a later, wider cell widens its line only.
                let widths = style.width == nil ? zip(layout.widths, cells).map { max($0, DisplayWidth.of($1.0)) } : layout.widths
                let wraps = zip(cells, widths).contains { DisplayWidth.of($0.0) > $1 }
                // A row of several lines is set apart, so that where one row ends and the next begins is clear.
                if printed > 0 && (wraps || previousWrapped) { output.write("\n") }
                writeRow(cells, widths: widths)
                previousWrapped = wraps
                printed += 1
            }
        }
        rows.removeAll(keepingCapacity: true)
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
        for row in rows {
            if printed > 0 { output.write("\n") }
            printed += 1
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
}
