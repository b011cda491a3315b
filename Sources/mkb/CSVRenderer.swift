import Foundation
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

    /// The fast path: ASCII text goes out as SQLite's bytes, with no String made; blobs stream as hex;
    /// other cells, and text a spreadsheet would run, as `write(_:)` writes them.
    func write(cells row: QueryRow) throws {
        for index in 0..<row.count {
            if index > 0 { output.write(",") }
            try row.withCell(at: index) { cell in
                switch cell {
                case .null: break
                case .integer(let number): output.write(String(number))
                case .text(let bytes) where bytes.allSatisfy({ $0 < 0x80 }) && !startsFormula(bytes):
                    CSVRenderer.writeField(bytes, to: output)
                case .text(let bytes): output.write(CSVRenderer.field(guarded(String(decoding: bytes, as: UTF8.self))))
                case .real(let number): output.write(CellText.of(.real(number)))
                case .blob(let bytes):
                    output.write("x'")
                    output.writeHex(bytes)
                    output.write("'")
                }
            }
        }
        output.write("\r\n")
    }

    /// True when the formula guard is on and the ASCII text starts as a formula does.
    private func startsFormula(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard guardsFormulas, let first = bytes.first else { return false }
        return CSVRenderer.formulaStarts.contains(Unicode.Scalar(first))
    }

    /// Writes one ASCII field, quoted as `field(_:)` quotes it.
    private static func writeField(_ bytes: UnsafeBufferPointer<UInt8>, to output: OutputBuffer) {
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return output.write(bytes: bytes) }
        output.write("\"")
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { output.write(bytes: CollectionOfOne(byte)) }
            output.write(bytes: CollectionOfOne(byte))
        }
        output.write("\"")
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
