internal import CSQLite
import Foundation

/// A prepared SQL statement: bind parameters, step through rows, reuse.
///
/// Parameters are numbered from 1 as in SQLite; columns from 0. A statement belongs to the
/// connection that prepared it and is finalized when released.
/// See <https://www.sqlite.org/c3ref/stmt.html>.
public final class Statement {
    let handle: OpaquePointer
    /// The SQL text the statement was prepared from.
    public let sql: String
    /// The number of result columns (0 for statements that return no rows).
    ///
    /// Stored for fast row reads, and read again when SQLite re-prepares the statement after a
    /// schema change: a cached `SELECT *` then returns the columns the table has now.
    // Exclusivity checks off for the two fields read on every row: each dynamic check costs a
    // runtime call, and the statement is confined to one thread and never lends these out inout.
    @exclusivity(unchecked) public private(set) var columnCount: Int32
    private var namesByLowercase: [String: Int]?
    /// SQLite's count of automatic re-prepares when `columnCount` and the names were last read.
    @exclusivity(unchecked) private var knownReprepareCount: Int32 = 0
    /// Bumped by every step and reset: a `Row` made at one generation reads only while it is current,
    /// so a row kept past its step throws instead of reading another row's values.
    @exclusivity(unchecked) @usableFromInline var generation: UInt64 = 0
    /// The iteration (a cursor, or `forEachRow`) that is stepping the statement now; 0 for none.
    /// `Database.cachedStatement` lends a busy statement to no one else: nesting gets its own.
    private(set) var currentIteration: UInt64 = 0
    private var lastIteration: UInt64 = 0

    init(connection: OpaquePointer, sql: String, persistent: Bool) throws {
        var statement: OpaquePointer?
        var tailOffset = 0
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let code = sql.withCString { text -> Int32 in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(connection, text, -1, flags, &statement, &tail)
            if let tail { tailOffset = text.distance(to: tail) }
            return code
        }
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, connection: connection, sql: sql)
        }
        guard let statement else {
            throw SQLiteError(code: .misuse, message: "no SQL statement to prepare (empty text or only comments)", sql: sql, misuse: .noStatement)
        }
        // One statement per Statement: trailing SQL would otherwise be silently ignored,
        // which would let "SELECT 1; DROP TABLE t" look like it ran in full.
        let rest = String(decoding: sql.utf8.dropFirst(tailOffset), as: UTF8.self)
        if try Statement.containsStatement(rest, connection: connection) {
            sqlite3_finalize(statement)
            throw SQLiteError(code: .misuse, message: "several statements in one string; run them one at a time or use execute(sql:)", sql: sql,
                              misuse: .severalStatements)
        }
        self.handle = statement
        self.sql = sql
        self.columnCount = sqlite3_column_count(statement)
    }

    deinit { sqlite3_finalize(handle) }

    /// True when the text after the first statement holds another statement (not just spaces or comments).
    private static func containsStatement(_ text: String, connection: OpaquePointer) throws -> Bool {
        guard text.contains(where: { !$0.isWhitespace && $0 != ";" }) else { return false }
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v2(connection, text, -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        // A tail that does not even parse is still "more SQL": refuse it all the same.
        return code != SQLITE_OK || statement != nil
    }

    // MARK: - Description

    /// True if the statement makes no direct change to the database file.
    /// See <https://www.sqlite.org/c3ref/stmt_readonly.html>.
    public var isReadonly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    /// The names of the result columns, in order.
    public var columnNames: [String] {
        // The count is asked of SQLite: the stored one lags a re-prepare until the next row.
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// The index of the column named `name`, compared case-insensitively as SQLite does.
    public func columnIndex(named name: String) -> Int? {
        refreshColumnsIfReprepared()
        if namesByLowercase == nil {
            var names: [String: Int] = [:]
            for (index, column) in columnNames.enumerated() where names[column.lowercased()] == nil {
                names[column.lowercased()] = index
            }
            namesByLowercase = names
        }
        return namesByLowercase?[name.lowercased()]
    }

    /// The number of parameters (the largest index when `?NNN` is used).
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// The index of the named parameter; `name` may omit its `:`, `@` or `$` prefix.
    public func parameterIndex(named name: String) -> Int? {
        let candidates = name.first.map { ":@$".contains($0) } == true ? [name] : [":" + name, "@" + name, "$" + name]
        for candidate in candidates {
            let index = sqlite3_bind_parameter_index(handle, candidate)
            if index > 0 { return Int(index) }
        }
        return nil
    }

    // MARK: - Binding

    /// Binds `value` to the parameter at `index` (1-based).
    // @inlinable so that callers get a version specialized for `Value`, with no generic dispatch per bind.
    @inlinable
    public func bind<Value: SQLiteBindable>(_ value: Value, at index: Int) throws {
        // Text, the common case, skips the SQLiteValue box and the retain and release it costs.
        // Once specialized, the type test is decided at compile time.
        if Value.self == String.self, let text = value as? String {
            try bind(text: text, at: Int32(clamping: index))
        } else {
            try bind(value: value.sqliteValue, at: Int32(clamping: index))
        }
    }

    /// Binds `value` to the named parameter (`:name`, `@name` or `$name`; prefix optional).
    public func bind<Value: SQLiteBindable>(_ value: Value, named name: String) throws {
        guard let index = parameterIndex(named: name) else {
            throw SQLiteError(code: .range, message: "no parameter named \"\(name)\"", sql: sql)
        }
        try bind(value: value.sqliteValue, at: Int32(index))
    }

    /// Resets the statement and binds every argument; a positional list must cover every parameter.
    public func bind(_ arguments: StatementArguments) throws {
        reset()
        sqlite3_clear_bindings(handle)
        switch arguments {
        case .positional(let values):
            guard values.count == parameterCount else {
                throw SQLiteError(code: .range, message: "\(values.count) argument(s) given, the statement has \(parameterCount) parameter(s)", sql: sql)
            }
            for (offset, value) in values.enumerated() {
                try bind(value: value?.sqliteValue ?? .null, at: Int32(offset + 1))
            }
        case .named(let values):
            for (name, value) in values {
                try bind(value?.sqliteValue ?? .null, named: name)
            }
        }
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() { sqlite3_clear_bindings(handle) }

    @usableFromInline
    func bind(value: SQLiteValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .integer(let integer):
            code = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            code = sqlite3_bind_double(handle, index, real)
        case .text(let text):
            try bind(text: text, at: index)
            return
        case .blob(let data):
            code = data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress, bytes.count > 0 else {
                    return sqlite3_bind_zeroblob(handle, index, 0)
                }
                return sqlite3_bind_blob64(handle, index, base, UInt64(bytes.count), csqlite_transient())
            }
        case .null:
            code = sqlite3_bind_null(handle, index)
        }
        guard code == SQLITE_OK else { throw bindError(code, at: index) }
    }

    private func bindError(_ code: Int32, at index: Int32) -> SQLiteError {
        if code == SQLITE_RANGE {
            return SQLiteError(code: .range, message: "parameter index \(index) is out of range 1...\(parameterCount)", sql: sql)
        }
        return SQLiteError(code: code, connection: sqlite3_db_handle(handle), sql: sql)
    }

    @usableFromInline
    func bind(text: String, at index: Int32) throws {
        // A native String lends its UTF-8 in place (a small one through a stack copy), so
        // binding neither copies nor retains the String; only a foreign string is made native first.
        let code: Int32
        if let result = text.utf8.withContiguousStorageIfAvailable({ bindText($0, at: index) }) {
            code = result
        } else {
            var native = text
            code = native.withUTF8 { bindText($0, at: index) }
        }
        guard code == SQLITE_OK else { throw bindError(code, at: index) }
    }

    /// Binds UTF-8 text; SQLite copies it (SQLITE_TRANSIENT), so the buffer need not outlive the call.
    private func bindText(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32) -> Int32 {
        // An empty buffer may have no base address, and a NULL pointer would bind NULL.
        guard let base = bytes.baseAddress, bytes.count > 0 else {
            return sqlite3_bind_text(handle, index, "", 0, csqlite_transient())
        }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text64(handle, index, $0, UInt64(bytes.count), csqlite_transient(), UInt8(SQLITE_UTF8))
        }
    }

    // MARK: - Running

    /// Advances to the next row: true when a row is ready in `row`, false when done.
    ///
    /// On an error the statement is reset, so it can be bound and run again.
    @discardableResult
    public func step() throws -> Bool {
        generation &+= 1
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            refreshColumnsIfReprepared()
            return true
        case SQLITE_DONE: return false
        case let code:
            let error = SQLiteError(code: code, connection: sqlite3_db_handle(handle), sql: sql)
            reset()
            throw error
        }
    }

    /// After a schema change SQLite re-prepares the statement inside `sqlite3_step`, and the
    /// result columns may change (`SELECT *` after ALTER TABLE): forget what was stored about them.
    /// Costs one counter read per row.
    private func refreshColumnsIfReprepared() {
        let reprepares = sqlite3_stmt_status(handle, SQLITE_STMTSTATUS_REPREPARE, 0)
        guard reprepares != knownReprepareCount else { return }
        knownReprepareCount = reprepares
        columnCount = sqlite3_column_count(handle)
        namesByLowercase = nil
    }

    /// The current row; valid after `step()` returned true, until the next step or reset.
    public var row: Row { Row(statement: self) }

    /// Rewinds the statement so it can run again; bindings are kept.
    ///
    /// Ends any iteration over it: a cursor still open on it throws on its next read rather than
    /// silently starting over.
    public func reset() {
        sqlite3_reset(handle)
        generation &+= 1
        currentIteration = 0
    }

    /// Runs the statement to completion with its current bindings, then rewinds it.
    public func execute() throws {
        defer { reset() }
        while try step() {}
    }

    // MARK: - Iterations

    /// True while a cursor or `forEachRow` is stepping through the statement's rows.
    var isIterating: Bool { currentIteration != 0 }

    /// True when the statement has stepped and not yet finished or been reset (it then holds a read transaction).
    var isBusy: Bool { sqlite3_stmt_busy(handle) != 0 }

    /// Marks the start of an iteration and returns its token.
    func beginIteration() -> UInt64 {
        lastIteration &+= 1
        currentIteration = lastIteration
        return lastIteration
    }

    /// Ends the iteration `token`, rewinding the statement (which releases its read snapshot), unless
    /// another iteration or a reset has taken the statement over since.
    func endIteration(_ token: UInt64) {
        guard currentIteration == token else { return }
        reset()
    }

    /// Binds `arguments`, runs the statement to completion, then rewinds it.
    public func execute(_ arguments: StatementArguments) throws {
        try bind(arguments)
        try execute()
    }

    /// A cursor over the rows, after binding `arguments`. Rows are read one at a time, never all at once.
    ///
    /// The statement is rewound when the cursor has read the last row or is dropped. A second
    /// cursor on the same statement takes it over: the first then throws on its next read.
    public func rows(_ arguments: StatementArguments = .none) throws -> RowCursor {
        if arguments.isEmpty { reset() } else { try bind(arguments) }
        return RowCursor(statement: self, iteration: beginIteration())
    }
}

/// A Statement is tied to its connection's thread of use.
@available(*, unavailable)
extension Statement: Sendable {}
