import Foundation
import MineralKB

/// How a value reads as text in the table, csv and markdown formats: as the sqlite3 shell shows it.
enum CellText {
    /// NULL is empty, a real is printed as SQLite prints it (`%!.15g`), a blob as `x'…'` hexadecimal.
    static func of(_ value: QueryValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .real(let number): return SQLiteRealFormat.text(number)
        case .text(let text): return text
        case .blob(let data): return "x'" + hex(data) + "'"
        case .null: return ""
        }
    }

    /// The most characters a table or markdown cell shows; the rest is cut, with a marker saying how much.
    static let displayCap = 1_000

    /// The value for a terminal cell: escaped (see `TerminalText`) and cut at `displayCap` characters
    /// with a visible marker, without ever building the whole text of a huge value.
    static func display(_ value: QueryValue) -> String {
        switch value {
        case .blob(let data) where data.count * 2 + 3 > displayCap:
            let shown = (displayCap - 3) / 2
            return "x'" + hex(data.prefix(shown)) + "…' [cut: \(data.count) bytes in all]"
        case .text(let text) where text.utf8.count > displayCap:
            let escaped = TerminalText.escaped(String(text.prefix(displayCap)))
            return escaped + "… [cut: \(text.utf8.count) bytes in all]"
        default:
            return TerminalText.escaped(of(value))
        }
    }

    private static func hex(_ data: Data) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count * 2)
        for byte in data {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True for numbers, which tables align to the right.
    static func isNumber(_ value: QueryValue) -> Bool {
        switch value {
        case .integer, .real: return true
        default: return false
        }
    }
}
