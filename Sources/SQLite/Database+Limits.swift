internal import CSQLite

/// A run-time limit of a connection. See <https://www.sqlite.org/c3ref/c_limit_attached.html>.
public enum DatabaseLimit: Sendable {
    /// The largest string or blob, in bytes (also bounds `zeroblob`, `printf` and `||`).
    case length
    /// The longest SQL text, in bytes.
    case sqlLength
    /// The deepest expression tree.
    case expressionDepth
    /// The most terms in a compound SELECT.
    case compoundSelect

    var code: Int32 {
        switch self {
        case .length: return SQLITE_LIMIT_LENGTH
        case .sqlLength: return SQLITE_LIMIT_SQL_LENGTH
        case .expressionDepth: return SQLITE_LIMIT_EXPR_DEPTH
        case .compoundSelect: return SQLITE_LIMIT_COMPOUND_SELECT
        }
    }
}

extension Database {
    /// Lowers (or raises, up to the compile-time maximum) a limit; returns the previous value.
    ///
    /// A query runner for untrusted SQL lowers `.length` so that `zeroblob(2000000000)` fails
    /// with `.tooBig` instead of allocating gigabytes. See <https://www.sqlite.org/c3ref/limit.html>.
    @discardableResult
    public func setLimit(_ limit: DatabaseLimit, to value: Int) -> Int {
        Int(sqlite3_limit(handle, limit.code, Int32(clamping: value)))
    }

    /// The current value of a limit.
    public func limit(_ limit: DatabaseLimit) -> Int {
        Int(sqlite3_limit(handle, limit.code, -1))
    }
}

extension Database {
    /// Sets SQLite's hard heap limit, for the whole process (every connection), in bytes; 0 removes
    /// it. Returns the previous limit. Past it, an allocation fails and the statement with it, with
    /// `.noMemory`: a query that would build a huge plan or result stops instead of eating the machine.
    /// See <https://www.sqlite.org/c3ref/hard_heap_limit64.html>.
    @discardableResult
    public static func setHardHeapLimit(bytes: Int64) -> Int64 {
        sqlite3_hard_heap_limit64(max(0, bytes))
    }
}
