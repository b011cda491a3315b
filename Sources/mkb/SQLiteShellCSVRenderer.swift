import Foundation
import MineralKB

/// CSV byte for byte as `sqlite3 -csv -header` prints it, for `mkb sql --format csv`: the header
/// before the first row (nothing at all for no rows), LF line ends (`-csv` keeps the shell's `\n`), NULL as an empty field, and a
/// field in double quotes when it is empty or holds a byte the shell quotes (controls, space, `"`,
/// `'`, `,`, and every byte from 0x7F up). Text and blobs end at their first NUL byte, as the shell
/// reads them as C strings. No formula guard: this output is the data, exactly as sqlite3 gives it.
final class SQLiteShellCSVRenderer: RowRenderer {
    private let output: OutputBuffer
    private var columns: [String] = []
    private let writesHeader: Bool
    private var rowCount = 0

    /// - Parameter writesHeader: false for `--no-headers`, as `sqlite3 -csv` without `-header`.
    init(output: OutputBuffer, writesHeader: Bool = true) {
        self.output = output
        self.writesHeader = writesHeader
    }

    func begin(columns: [String]) { self.columns = columns }

    func write(_ row: [QueryValue]) {
        if rowCount == 0 && writesHeader { writeRecord(columns.map { Array($0.utf8) }) }
        rowCount += 1
        writeRecord(row.map { value -> [UInt8]? in
            switch value {
            case .null: return nil
            case .text(let text): return Array(text.utf8)
            case .blob(let data): return Array(data)
            default: return Array(CellText.of(value).utf8)
            }
        })
    }

    /// The fast path: text and blobs go out as SQLite lends their bytes, with no String or array made
    /// per cell (a million rows of `edges` took 1.9 times the shell's time through `write(_:)`).
    func write(cells row: QueryRow) throws {
        if rowCount == 0 && writesHeader { writeRecord(columns.map { Array($0.utf8) }) }
        rowCount += 1
        for index in 0..<row.count {
            if index > 0 { output.write(",") }
            try row.withCell(at: index) { cell in
                switch cell {
                case .null: break
                case .integer(let number): output.write(String(number))
                case .real(let number): output.write(CellText.of(.real(number)))
                case .text(let bytes): writeField(UnsafeRawBufferPointer(bytes))
                case .blob(let bytes): writeField(bytes)
                }
            }
        }
        output.write("\n")
    }

    func finish() { output.flush() }

    private func writeRecord(_ fields: [[UInt8]?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.write(",") }
            guard let field else { continue }
            field.withUnsafeBytes { writeField($0) }
        }
        output.write("\n")
    }

    /// One field up to its first NUL byte, in double quotes when the shell would quote it.
    private func writeField(_ bytes: UnsafeRawBufferPointer) {
        let field = bytes.prefix { $0 != 0 }
        guard field.isEmpty || field.contains(where: SQLiteShellCSVRenderer.needsQuote) else { return output.write(bytes: field) }
        output.write("\"")
        var start = field.startIndex
        // Each double quote is written twice: the run up to and including it, then the quote again.
        while let quote = field[start...].firstIndex(of: UInt8(ascii: "\"")) {
            output.write(bytes: field[start...quote])
            output.write("\"")
            start = quote + 1
        }
        output.write(bytes: field[start...])
        output.write("\"")
    }

    /// The shell's `needCsvQuote` table, and its column separator.
    private static func needsQuote(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ",") || byte >= 0x7F
    }
}
