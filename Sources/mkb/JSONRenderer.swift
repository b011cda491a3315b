import Foundation
import MineralKB

/// A JSON array of objects, one per row, byte for byte as `sqlite3 -json` prints it.
///
/// Keys are the column names in order (a repeated name repeats the key, as in sqlite3); integers
/// print as integers, reals as SQLite's `%!.20g` (`1.5`, `100.0`, `0.10000000000000000555`, `1e999`
/// for infinity), text and blobs as JSON strings with only `"`, `\` and control characters escaped
/// (a blob's bytes go out as they are), NULL as `null`. Rows are separated by `,` and a line break;
/// no rows print nothing at all, unless `emptyArray` asks for `[]`.
final class JSONRenderer: RowRenderer {
    private let output: OutputBuffer
    private let emptyArray: Bool
    private var keys: [[UInt8]] = []
    private var rowCount = 0

    init(output: OutputBuffer, emptyArray: Bool) {
        self.output = output
        self.emptyArray = emptyArray
    }

    func begin(columns: [String]) {
        keys = columns.map { JSONRenderer.string(Array($0.utf8)) + [UInt8(ascii: ":")] }
    }

    func write(_ row: [QueryValue]) {
        output.write(rowCount == 0 ? "[" : ",\n")
        JSONRenderer.writeObject(keys: keys, values: row, to: output)
        rowCount += 1
    }

    /// The fast path: text goes out as SQLite's bytes, escaped, with no String made for ASCII.
    func write(cells row: QueryRow) throws {
        output.write(rowCount == 0 ? "[" : ",\n")
        try JSONRenderer.writeObject(keys: keys, cells: row, to: output)
        rowCount += 1
    }

    func finish() {
        if rowCount > 0 {
            output.write("]\n")
        } else if emptyArray {
            output.write("[]\n")
        }
        output.flush()
    }

    /// Writes `{"key":value,...}` for one row; `keys` already hold their quotes and colon. Values
    /// stream into the buffer: a 60 MB blob is never copied into a second array first.
    static func writeObject(keys: [[UInt8]], values: [QueryValue], to output: OutputBuffer) {
        output.write("{")
        for (index, value) in values.enumerated() {
            if index > 0 { output.write(",") }
            if index < keys.count { output.write(bytes: keys[index]) }
            switch value {
            case .integer(let number): output.write(String(number))
            case .real(let number): output.write(SQLiteRealFormat.json(number))
            // The shell reads text as a C string: it ends at the first NUL byte.
            case .text(let text): writeString(text.utf8.prefix { $0 != 0 }, to: output)
            case .blob(let data): writeString(data, to: output)
            case .null: output.write("null")
            }
        }
        output.write("}")
    }

    /// Writes `{"key":value,...}` for a lent row, each cell streamed from SQLite's bytes into the buffer.
    static func writeObject(keys: [[UInt8]], cells row: QueryRow, to output: OutputBuffer) throws {
        output.write("{")
        for index in 0..<row.count {
            if index > 0 { output.write(",") }
            if index < keys.count { output.write(bytes: keys[index]) }
            try row.withCell(at: index) { cell in
                switch cell {
                case .null: output.write("null")
                case .integer(let number): output.write(String(number))
                case .real(let number): output.write(SQLiteRealFormat.json(number))
                // As for owned values: the shell reads text as a C string, up to the first NUL; text
                // that is not ASCII goes through a String, as owned values do, so both paths agree.
                case .text(let text) where text.allSatisfy({ $0 < 0x80 }): writeString(text.prefix { $0 != 0 }, to: output)
                case .text(let text): writeString(String(decoding: text, as: UTF8.self).utf8.prefix { $0 != 0 }, to: output)
                case .blob(let blob): writeString(blob, to: output)
                }
            }
        }
        output.write("}")
    }

    /// Writes a JSON string as sqlite3's `output_json_string` does.
    static func writeString(_ bytes: some Collection<UInt8>, to output: OutputBuffer) {
        output.write("\"")
        output.writeEscaped(bytes, escapes: escapes)
        output.write("\"")
    }

    /// A JSON string as sqlite3's `output_json_string` writes it (for column names).
    static func string(_ bytes: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in bytes { out += escapes[Int(byte)] ?? [byte] }
        out.append(UInt8(ascii: "\""))
        return out
    }

    /// The escape of each byte that has one: `"`, `\`, and the control characters.
    static let escapes: [[UInt8]?] = (0..<256).map { value in
        switch value {
        case 0x5C, 0x22: return [UInt8(ascii: "\\"), UInt8(value)]
        case 0x08: return Array("\\b".utf8)
        case 0x0C: return Array("\\f".utf8)
        case 0x0A: return Array("\\n".utf8)
        case 0x0D: return Array("\\r".utf8)
        case 0x09: return Array("\\t".utf8)
        case 0x00...0x1F:
            let hex = String(value, radix: 16)
            return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        default: return nil
        }
    }
}
