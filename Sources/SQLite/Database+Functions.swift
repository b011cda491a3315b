internal import CSQLite
import Foundation

/// Holds a Swift function while SQLite holds a pointer to it; released by SQLite's destructor.
final class FunctionBox {
    let body: ([SQLiteValue]) throws -> SQLiteValue
    init(_ body: @escaping ([SQLiteValue]) throws -> SQLiteValue) { self.body = body }
}

extension Database {
    /// Registers a scalar SQL function implemented in Swift, callable from SQL on this connection.
    ///
    /// A thrown error becomes an SQL error carrying its description. `argumentCount` -1 accepts any number.
    /// Deterministic functions may be used in indexes and are factored out of loops by the planner.
    /// See <https://www.sqlite.org/c3ref/create_function.html>.
    public func createFunction(
        _ name: String, argumentCount: Int, isDeterministic: Bool = true,
        _ body: @escaping ([SQLiteValue]) throws -> SQLiteValue
    ) throws {
        let box = Unmanaged.passRetained(FunctionBox(body)).toOpaque()
        let flags = SQLITE_UTF8 | (isDeterministic ? SQLITE_DETERMINISTIC : 0)
        let code = sqlite3_create_function_v2(handle, name, Int32(argumentCount), flags, box, { context, count, arguments in
            guard let context else { return }
            let box = Unmanaged<FunctionBox>.fromOpaque(sqlite3_user_data(context)).takeUnretainedValue()
            let values = (0..<Int(count)).map { index in
                Database.value(of: arguments?[index])
            }
            do {
                Database.setResult(try box.body(values), of: context)
            } catch {
                sqlite3_result_error(context, "\(error)", -1)
            }
        }, nil, nil, { box in
            box.map { Unmanaged<FunctionBox>.fromOpaque($0).release() }
        })
        guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: handle, sql: nil) }
    }

    private static func value(of value: OpaquePointer?) -> SQLiteValue {
        guard let value else { return .null }
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(value))
        case SQLITE_TEXT:
            guard let bytes = sqlite3_value_text(value) else { return .text("") }
            let count = Int(sqlite3_value_bytes(value))
            return .text(String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            guard let bytes = sqlite3_value_blob(value) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: Int(sqlite3_value_bytes(value))))
        default: return .null
        }
    }

    private static func setResult(_ result: SQLiteValue, of context: OpaquePointer) {
        switch result {
        case .integer(let integer): sqlite3_result_int64(context, integer)
        case .real(let real): sqlite3_result_double(context, real)
        case .text(var text):
            // With its byte count: a length of -1 would stop at the first NUL and cut "a\0b" to "a".
            text.withUTF8 { bytes in
                guard let base = bytes.baseAddress, bytes.count > 0 else {
                    // A NULL pointer would make the result NULL, not an empty string.
                    return sqlite3_result_text(context, "", 0, csqlite_transient())
                }
                base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_result_text64(context, $0, UInt64(bytes.count), csqlite_transient(), UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let data):
            data.withUnsafeBytes { sqlite3_result_blob64(context, $0.baseAddress, UInt64($0.count), csqlite_transient()) }
            if data.isEmpty { sqlite3_result_zeroblob(context, 0) }
        case .null: sqlite3_result_null(context)
        }
    }
}
