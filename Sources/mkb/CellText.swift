import MineralKB

/// How a value reads as text in the table, csv and markdown formats: as the sqlite3 shell shows it.
enum CellText {
    /// NULL is empty, a real is printed as SQLite prints it (`%!.15g`), a blob as `x'…'` hexadecimal.
    static func of(_ value: QueryValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .real(let number): return SQLiteRealFormat.text(number)
        case .text(let text): return text
        case .blob(let data): return "x'" + data.map { hexDigits[Int($0 >> 4)] + hexDigits[Int($0 & 0xF)] }.joined() + "'"
        case .null: return ""
        }
    }

    private static let hexDigits = (0..<16).map { String($0, radix: 16, uppercase: true) }

    /// True for numbers, which tables align to the right.
    static func isNumber(_ value: QueryValue) -> Bool {
        switch value {
        case .integer, .real: return true
        default: return false
        }
    }
}
