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
        output.write(bytes: JSONRenderer.object(keys: keys, values: row))
        rowCount += 1
    }

    /// The fast path: ASCII text goes out as SQLite's bytes, escaped, with no String made.
    func write(cells row: QueryRow) throws {
        output.write(rowCount == 0 ? "[" : ",\n")
        output.write(bytes: try JSONRenderer.object(keys: keys, cells: row, into: &object))
        rowCount += 1
    }

    /// The bytes of the object being written, kept between rows so that no row allocates.
    private var object: [UInt8] = []

    func finish() {
        if rowCount > 0 {
            output.write("]\n")
        } else if emptyArray {
            output.write("[]\n")
        }
        output.flush()
    }

    /// `{"key":value,...}` for one row; `keys` already hold their quotes and colon.
    static func object(keys: [[UInt8]], values: [QueryValue]) -> [UInt8] {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            if index < keys.count { bytes += keys[index] }
            bytes += JSONRenderer.value(value)
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    /// `{"key":value,...}` for a lent row, written into `bytes` (emptied first); returns `bytes`.
    static func object(keys: [[UInt8]], cells row: QueryRow, into bytes: inout [UInt8]) throws -> [UInt8] {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(UInt8(ascii: "{"))
        for index in 0..<row.count {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            if index < keys.count { bytes += keys[index] }
            try row.withCell(at: index) { cell in
                switch cell {
                case .null: bytes += Array("null".utf8)
                case .integer(let number): bytes.append(contentsOf: String(number).utf8)
                // As in `value(_:)`: the shell reads text as a C string, up to the first NUL.
                case .text(let text) where text.allSatisfy({ $0 < 0x80 }): appendString(text.prefix { $0 != 0 }, to: &bytes)
                case .text(let text): bytes += value(.text(String(decoding: text, as: UTF8.self)))
                case .real(let number): bytes += value(.real(number))
                case .blob(let blob): appendString(blob, to: &bytes)
                }
            }
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    static func value(_ value: QueryValue) -> [UInt8] {
        switch value {
        case .integer(let number): return Array(String(number).utf8)
        case .real(let number): return Array(SQLiteRealFormat.json(number).utf8)
        // The shell reads text as a C string: it ends at the first NUL byte.
        case .text(let text): return string(Array(text.utf8.prefix { $0 != 0 }))
        case .blob(let data): return string(Array(data))
        case .null: return Array("null".utf8)
        }
    }

    /// A JSON string as sqlite3's `output_json_string` writes it.
    static func string(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 2)
        appendString(bytes, to: &out)
        return out
    }

    /// Appends `bytes` as a JSON string, as sqlite3's `output_json_string` writes it.
    static func appendString(_ bytes: some Sequence<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "\""):
                out += [UInt8(ascii: "\\"), byte]
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x00...0x1F:
                let hex = String(byte, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
