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
            case .text(let text): return Array(text.utf8.prefix { $0 != 0 })
            case .blob(let data): return Array(data.prefix { $0 != 0 })
            default: return Array(CellText.of(value).utf8)
            }
        })
    }

    func finish() { output.flush() }

    private func writeRecord(_ fields: [[UInt8]?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { output.write(",") }
            guard let field else { continue }
            if field.isEmpty || field.contains(where: SQLiteShellCSVRenderer.needsQuote) {
                var quoted: [UInt8] = [UInt8(ascii: "\"")]
                for byte in field {
                    quoted.append(byte)
                    if byte == UInt8(ascii: "\"") { quoted.append(byte) }
                }
                quoted.append(UInt8(ascii: "\""))
                output.write(bytes: quoted)
            } else {
                output.write(bytes: field)
            }
        }
        output.write("\n")
    }

    /// The shell's `needCsvQuote` table, and its column separator.
    private static func needsQuote(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ",") || byte >= 0x7F
    }
}
