import MineralKB

/// RFC 4180 CSV: a header line, then one line per row, every line ended by CRLF; a field holding a
/// comma, a double quote, CR or LF is put in double quotes, with its double quotes doubled.
///
/// With `guardsFormulas` (the default for listings and exports), a text cell that starts with `=`,
/// `+`, `-`, `@`, a tab or CR gets a leading `'`, so that a spreadsheet shows it as text instead of
/// running it as a formula (`=HYPERLINK(…)`). Numbers are never changed. Blobs stream as `x'…'`.
final class CSVRenderer: RowRenderer {
    private let output: OutputBuffer
    private let writesHeader: Bool
    private let guardsFormulas: Bool

    /// - Parameter writesHeader: false for `--no-headers`: records only.
    init(output: OutputBuffer, writesHeader: Bool = true, guardsFormulas: Bool = true) {
        self.output = output
        self.writesHeader = writesHeader
        self.guardsFormulas = guardsFormulas
    }

    func begin(columns: [String]) {
        if writesHeader { output.write(columns.map { CSVRenderer.field(guarded($0)) }.joined(separator: ",") + "\r\n") }
    }

    func write(_ row: [QueryValue]) {
        for (index, value) in row.enumerated() {
            if index > 0 { output.write(",") }
            switch value {
            case .blob(let data):
                output.write("x'")
                output.writeHex(data)
                output.write("'")
            case .text(let text):
                output.write(CSVRenderer.field(guarded(text)))
            default:
                output.write(CellText.of(value))
            }
        }
        output.write("\r\n")
    }

    func finish() { output.flush() }

    /// The text with a leading `'` when a spreadsheet would read it as a formula.
    private func guarded(_ text: String) -> String {
        guard guardsFormulas, let first = text.unicodeScalars.first, CSVRenderer.formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    /// The characters OWASP lists as starting a formula in Excel, LibreOffice and Google Sheets.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
