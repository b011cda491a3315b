import Foundation
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

    /// The fast path: ASCII text goes out as SQLite's bytes, with no String made; other cells as `write(_:)` writes them.
    func write(cells row: QueryRow) throws {
        record.removeAll(keepingCapacity: true)
        for index in 0..<row.count {
            if index > 0 { record.append(UInt8(ascii: ",")) }
            try row.withCell(at: index) { cell in
                switch cell {
                case .null: break
                case .integer(let number): record.append(contentsOf: String(number).utf8)
                case .text(let bytes) where bytes.allSatisfy({ $0 < 0x80 }): CSVRenderer.appendField(bytes, to: &record)
                case .text(let bytes): record.append(contentsOf: CSVRenderer.field(String(decoding: bytes, as: UTF8.self)).utf8)
                case .real(let number): record.append(contentsOf: CSVRenderer.field(CellText.of(.real(number))).utf8)
                case .blob(let bytes): record.append(contentsOf: CSVRenderer.field(CellText.of(.blob(Data(bytes)))).utf8)
                }
            }
        }
        record.append(contentsOf: [0x0D, 0x0A])
        output.write(bytes: record)
    }

    /// The bytes of the record being written, kept between rows so that no row allocates.
    private var record: [UInt8] = []

    /// Appends one ASCII field, quoted as `field(_:)` quotes it.
    private static func appendField(_ bytes: UnsafeBufferPointer<UInt8>, to record: inout [UInt8]) {
        let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return record.append(contentsOf: bytes) }
        record.append(UInt8(ascii: "\""))
        for byte in bytes {
            if byte == UInt8(ascii: "\"") { record.append(byte) }
            record.append(byte)
        }
        record.append(UInt8(ascii: "\""))
    }

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
