internal import CSQLite
import Foundation

/// The current row of a statement that is stepping through its results.
///
/// A `Row` is a view, not a copy: it reads while its statement stays on that row. Read the values
/// you need (`let name: String = try row[1]`) before moving on. A row kept longer cannot dangle:
/// it holds its statement alive, and reading it after the statement stepped or was reset throws
/// `.misuse` instead of returning another row's values.
public struct Row {
    // A strong reference: a row that escapes its loop (say, returned from `fetchAll`) keeps the
    // statement, and so the memory SQLite reads from, alive. Column reads borrow the row and cost
    // no retain; making the row costs one.
    @usableFromInline let statement: Statement
    /// The statement's generation when the row was made: reads check it is still current.
    @usableFromInline let generation: UInt64
    /// Kept here so that the bounds check of an inlined column read touches nothing but the row.
    @usableFromInline let columnCount: Int32

    init(statement: Statement) {
        self.statement = statement
        self.generation = statement.generation
        self.columnCount = statement.columnCount
    }

    /// True while the statement is still on this row.
    public var isCurrent: Bool { statement.generation == generation }

    /// The number of columns.
    @inlinable public var count: Int { Int(columnCount) }

    /// The column names, in order.
    public var columnNames: [String] { statement.columnNames }

    /// The value of column `index` (0-based), as type `T`.
    // @inlinable so that callers get a version specialized for `T`: the hot loop of a scan then
    // calls the typed read (`rawString`, `rawInt64`...) directly, with no generic dispatch per column.
    @inlinable
    public subscript<T: SQLiteColumnDecodable>(_ index: Int) -> T {
        get throws {
            guard index >= 0, index < count else { throw columnOutOfRange(index) }
            return try T.decode(from: self, at: Int32(truncatingIfNeeded: index))
        }
    }

    @usableFromInline
    func columnOutOfRange(_ index: Int) -> SQLiteError {
        SQLiteError(code: .range, message: "column index \(index) is out of range 0..<\(count)", sql: statement.sql)
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
        get throws { try (0..<columnCount).map { try rawValue(at: $0) } }
    }

    // MARK: - Borrowed reads: bytes without a String

    /// Lends column `index`'s value to `body` as SQLite holds it, without making a `String` or `Data`.
    ///
    /// The fast path for writers of bytes (CSV, JSON, tables): a text cell is lent as its UTF-8
    /// bytes in SQLite's own buffer. The buffer is valid only inside `body`.
    ///
    ///     try row.withBorrowedValue(at: 1) { value in
    ///         if case .text(let utf8) = value { output.append(contentsOf: utf8) }
    ///     }
    @inlinable
    public func withBorrowedValue<R>(at index: Int, _ body: (BorrowedValue) throws -> R) throws -> R {
        guard index >= 0, index < count else { throw columnOutOfRange(index) }
        return try body(try borrowedValue(at: Int32(truncatingIfNeeded: index)))
    }

    /// Lends column `index`'s text to `body` as UTF-8 bytes, without making a `String`.
    ///
    /// Reads what `String` reads (TEXT, or a number as SQLite prints it; NULL or a BLOB is a
    /// `.mismatch`), but the bytes are lent as stored, unvalidated. Valid only inside `body`.
    @inlinable
    public func withUTF8<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        guard index >= 0, index < count else { throw columnOutOfRange(index) }
        return try body(try rawUTF8(at: Int32(truncatingIfNeeded: index)))
    }

    @usableFromInline
    func borrowedValue(at index: Int32) throws -> BorrowedValue {
        let value = try value(at: index)
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(value))
        case SQLITE_TEXT: return .text(utf8(of: value))
        case SQLITE_BLOB:
            let bytes = sqlite3_value_blob(value)
            return .blob(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : Int(sqlite3_value_bytes(value))))
        default: return .null
        }
    }

    @usableFromInline
    func rawUTF8(at index: Int32) throws -> UnsafeBufferPointer<UInt8> {
        let value = try value(at: index)
        switch sqlite3_value_type(value) {
        case SQLITE_TEXT, SQLITE_INTEGER, SQLITE_FLOAT: return utf8(of: value)
        default: throw mismatch(at: index, expected: "text")
        }
    }

    /// The value's text in SQLite's buffer (converting a number to text first, as SQLite does).
    private func utf8(of value: OpaquePointer?) -> UnsafeBufferPointer<UInt8> {
        // The text pointer must be taken before the length: asking for text may convert the value.
        guard let bytes = sqlite3_value_text(value) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: bytes, count: Int(sqlite3_value_bytes(value)))
    }

    // MARK: - Raw reads, shared by the SQLiteColumnDecodable conformances
    //
    // Each read asks SQLite for the column's value object once (`sqlite3_column_value`), then
    // checks its type and reads it with the `sqlite3_value_*` functions: two or three cheap calls
    // per column instead of three `sqlite3_column_*` calls that each look the column up again.
    // The value is "unprotected" (no mutex held), which SQLite documents as safe as long as one
    // thread uses the connection: connections are opened NOMUTEX and `Database`/`Statement` are
    // not `Sendable`, so that is always the case here.

    var handle: OpaquePointer { statement.handle }

    /// The column's value object; valid until the statement steps again or is reset.
    /// - Throws: `.misuse` when the statement has moved on from this row.
    private func value(at index: Int32) throws -> OpaquePointer? {
        guard statement.generation == generation else { throw staleRow() }
        return sqlite3_column_value(handle, index)
    }

    private func staleRow() -> SQLiteError {
        SQLiteError(code: .misuse, message: "a row was read after its statement moved on; read values inside the loop that produced the row", sql: statement.sql)
    }

    @usableFromInline
    func isNull(at index: Int32) throws -> Bool {
        sqlite3_value_type(try value(at: index)) == SQLITE_NULL
    }

    @usableFromInline
    func rawValue(at index: Int32) throws -> SQLiteValue {
        let value = try value(at: index)
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(value))
        case SQLITE_TEXT: return .text(text(of: value))
        case SQLITE_BLOB: return .blob(blob(of: value))
        default: return .null
        }
    }

    @usableFromInline
    func rawInt64(at index: Int32, expecting type: String) throws -> Int64 {
        let value = try value(at: index)
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER:
            return sqlite3_value_int64(value)
        case SQLITE_FLOAT:
            guard let exact = Int64(exactly: sqlite3_value_double(value)) else { throw mismatch(at: index, expected: type) }
            return exact
        default:
            throw mismatch(at: index, expected: type)
        }
    }

    @usableFromInline
    func rawDouble(at index: Int32) throws -> Double {
        let value = try value(at: index)
        switch sqlite3_value_type(value) {
        case SQLITE_FLOAT, SQLITE_INTEGER: return sqlite3_value_double(value)
        default: throw mismatch(at: index, expected: "Double")
        }
    }

    @usableFromInline
    func rawString(at index: Int32) throws -> String {
        let value = try value(at: index)
        switch sqlite3_value_type(value) {
        case SQLITE_TEXT, SQLITE_INTEGER, SQLITE_FLOAT: return text(of: value)
        default: throw mismatch(at: index, expected: "String")
        }
    }

    @usableFromInline
    func rawData(at index: Int32) throws -> Data {
        let value = try value(at: index)
        switch sqlite3_value_type(value) {
        case SQLITE_BLOB: return blob(of: value)
        case SQLITE_TEXT: return Data(text(of: value).utf8)
        default: throw mismatch(at: index, expected: "Data")
        }
    }

    /// Makes a `String` straight from SQLite's buffer (no strlen, no intermediate array).
    /// Invalid UTF-8 (SQLite stores any bytes) is repaired with U+FFFD, never trusted.
    private func text(of value: OpaquePointer?) -> String {
        // The text pointer must be taken before the length: asking for text may convert the value.
        guard let bytes = sqlite3_value_text(value) else { return "" }
        let length = Int(sqlite3_value_bytes(value))
        let utf8 = UnsafeRawBufferPointer(start: bytes, count: length)
        if length <= Row.smallStringCapacity {
            // Copied straight into Swift's inline small-string storage, whose ASCII check is a bit
            // mask, so pure ASCII skips the separate validation pass; other text is still validated.
            return String(unsafeUninitializedCapacity: length) { buffer in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: utf8)
                return length
            }
        }
        // Longer text: validated and copied into one new heap buffer.
        return String(decoding: utf8.assumingMemoryBound(to: UInt8.self), as: UTF8.self)
    }

    /// The most UTF-8 bytes a `String` holds inline on 64-bit platforms (a speed hint only:
    /// both paths above make the same, validated String for any length).
    private static let smallStringCapacity = 15

    private func blob(of value: OpaquePointer?) -> Data {
        guard let bytes = sqlite3_value_blob(value) else { return Data() }
        return Data(bytes: bytes, count: Int(sqlite3_value_bytes(value)))
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
