internal import CSQLite
import Foundation

/// The current row of a statement that is stepping through its results.
///
/// A `Row` is a view, not a copy: it is valid until the statement steps again or is reset.
/// Read the values you need (`let name: String = try row[1]`) before moving on.
public struct Row {
    // unowned(unsafe): a row is only used while its statement steps, so it must not pay
    // retain/release on every column read of a million-row scan.
    unowned(unsafe) let statement: Statement

    init(statement: Statement) { self.statement = statement }

    /// The number of columns.
    public var count: Int { Int(statement.columnCount) }

    /// The column names, in order.
    public var columnNames: [String] { statement.columnNames }

    /// The value of column `index` (0-based), as type `T`.
    public subscript<T: SQLiteColumnDecodable>(_ index: Int) -> T {
        get throws {
            guard index >= 0, index < count else {
                throw SQLiteError(code: .range, message: "column index \(index) is out of range 0..<\(count)", sql: statement.sql)
            }
            return try T.decode(from: self, at: Int32(index))
        }
    }

    /// The value of the column named `name` (case-insensitive, as SQLite compares names), as type `T`.
    public subscript<T: SQLiteColumnDecodable>(_ name: String) -> T {
        get throws {
            guard let index = statement.columnIndex(named: name) else {
                throw SQLiteError(code: .range, message: "no column named \"\(name)\" (columns: \(columnNames.joined(separator: ", ")))", sql: statement.sql)
            }
            return try T.decode(from: self, at: Int32(index))
        }
    }

    /// Every value of the row, in column order.
    public var values: [SQLiteValue] {
        (0..<statement.columnCount).map { rawValue(at: $0) }
    }

    // MARK: - Raw reads, shared by the SQLiteColumnDecodable conformances

    var handle: OpaquePointer { statement.handle }

    func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }

    func rawValue(at index: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT: return .text(textValue(at: index))
        case SQLITE_BLOB: return .blob(blobValue(at: index))
        default: return .null
        }
    }

    func rawInt64(at index: Int32, expecting type: String) throws -> Int64 {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return sqlite3_column_int64(handle, index)
        case SQLITE_FLOAT:
            let real = sqlite3_column_double(handle, index)
            guard let exact = Int64(exactly: real) else { throw mismatch(at: index, expected: type) }
            return exact
        default:
            throw mismatch(at: index, expected: type)
        }
    }

    func rawDouble(at index: Int32) throws -> Double {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_FLOAT, SQLITE_INTEGER: return sqlite3_column_double(handle, index)
        default: throw mismatch(at: index, expected: "Double")
        }
    }

    func rawString(at index: Int32) throws -> String {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_TEXT, SQLITE_INTEGER, SQLITE_FLOAT: return textValue(at: index)
        default: throw mismatch(at: index, expected: "String")
        }
    }

    func rawData(at index: Int32) throws -> Data {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_BLOB: return blobValue(at: index)
        case SQLITE_TEXT: return Data(textValue(at: index).utf8)
        default: throw mismatch(at: index, expected: "Data")
        }
    }

    /// Decodes the column's UTF-8 in one pass, straight from SQLite's buffer (no strlen, no
    /// intermediate array); short strings land in Swift's inline small-string storage.
    private func textValue(at index: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, index) else { return "" }
        let length = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }

    private func blobValue(at index: Int32) -> Data {
        guard let bytes = sqlite3_column_blob(handle, index) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_column_bytes(handle, index)))
    }

    private func mismatch(at index: Int32, expected type: String) -> SQLiteError {
        let name = statement.columnNames[Int(index)]
        let found: String
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: found = "an integer"
        case SQLITE_FLOAT: found = "a real"
        case SQLITE_TEXT: found = "text"
        case SQLITE_BLOB: found = "a blob"
        default: found = "NULL"
        }
        return SQLiteError(code: .mismatch, message: "column \(index) (\"\(name)\") holds \(found), expected \(type)", sql: statement.sql)
    }
}
