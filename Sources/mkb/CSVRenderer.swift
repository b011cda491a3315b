import MineralKB

/// RFC 4180 CSV: a header line, then one line per row, every line ended by CRLF; a field holding a
/// comma, a double quote, CR or LF is put in double quotes, with its double quotes doubled.
final class CSVRenderer: RowRenderer {
    private let output: OutputBuffer
    private let writesHeader: Bool

    /// - Parameter writesHeader: false for `--no-headers`: records only.
    init(output: OutputBuffer, writesHeader: Bool = true) {
        self.output = output
        self.writesHeader = writesHeader
    }

    func begin(columns: [String]) { if writesHeader { writeRecord(columns) } }

    func write(_ row: [QueryValue]) { writeRecord(row.map(CellText.of)) }

    func finish() { output.flush() }

    private func writeRecord(_ fields: [String]) {
        output.write(fields.map(CSVRenderer.field).joined(separator: ",") + "\r\n")
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
