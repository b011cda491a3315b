import MineralKB

/// Aligned columns under a header and a rule, sized by display width so CJK, emoji and Urdu line up.
///
/// Numbers are aligned right, text left. Line breaks and tabs inside a value are shown as `\n` and
/// `\t` so that one row stays on one line.
final class TableRenderer: RowRenderer {
    private let output: OutputBuffer
    private var columns: [String] = []
    private var rows: [[(text: String, width: Int, isNumber: Bool)]] = []

    init(output: OutputBuffer) { self.output = output }

    func begin(columns: [String]) { self.columns = columns }

    func write(_ row: [QueryValue]) {
        rows.append(row.map { value in
            let text = TableRenderer.oneLine(CellText.of(value))
            return (text, DisplayWidth.of(text), CellText.isNumber(value))
        })
    }

    func finish() {
        let header = columns.map(TableRenderer.oneLine)
        var widths = header.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.width)
            }
        }
        writeLine(header.enumerated().map { index, name in (name, DisplayWidth.of(name), false, widths[index]) })
        writeLine(widths.map { (String(repeating: "-", count: $0), $0, false, $0) })
        for row in rows {
            writeLine(row.enumerated().map { index, cell in (cell.text, cell.width, cell.isNumber, widths[index]) })
        }
        output.flush()
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
