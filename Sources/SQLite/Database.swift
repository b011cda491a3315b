internal import CSQLite
import Foundation

/// A connection to a SQLite database: a file opened read-write or read-only, or a private in-memory database.
///
/// Every connection is set up the same way at open: foreign keys enforced, extended result
/// codes, double-quoted string literals refused (`"x"` is an identifier, never a string),
/// a busy timeout, and WAL journaling for files opened read-write.
///
///     let db = try Database(path: "kb.sqlite")
///     try db.execute(sql: "INSERT INTO t(name) VALUES (?)", arguments: ["Karachi"])
///
/// See <https://www.sqlite.org/c3ref/open.html>.
public final class Database {
    /// How a connection opens its file.
    public enum OpenMode: Sendable {
        /// Read and write, creating the file if it does not exist.
        case readWrite
        /// Read only: every write is refused with a read-only error.
        case readOnly
        /// Read only, and the file promised not to change while open (SQLite's `immutable`): no locks,
        /// no `-wal` or `-shm` files, so a file in a folder that cannot be written can be read.
        /// Only for a file that nothing writes meanwhile: a change under it can give wrong results.
        case readOnlyImmutable
    }

    let handle: OpaquePointer
    /// Shared with interrupt handles, which may outlive this object on another thread.
    let connection: ConnectionHandle
    /// The file path, or ":memory:".
    public let path: String
    private var statementCache: [String: Statement] = [:]
    var savepointDepth = 0
    var authorizerBox: AuthorizerBox?
    var progressBox: DeadlineBox?

    /// Opens (and, in `.readWrite` mode, creates) the database file at `path`.
    ///
    /// Fails with `.notADatabase` if the file is not SQLite, `.cannotOpen` if it cannot be opened.
    public convenience init(path: String, mode: OpenMode = .readWrite, busyTimeout: Double = 5) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        flags |= mode == .readWrite ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY
        if mode == .readOnlyImmutable {
            // The URI is built here from the path, every byte outside [A-Za-z0-9/._~-] percent-encoded:
            // the path is never itself read as a URI.
            try self.init(path: Database.immutableURI(path), flags: flags | SQLITE_OPEN_URI, busyTimeout: busyTimeout)
        } else {
            try self.init(path: path, flags: flags, busyTimeout: busyTimeout)
        }
        // SQLite opens lazily: read the header now so a file that is not a database fails here, clearly.
        try execute(sql: "SELECT count(*) FROM sqlite_schema")
        if mode == .readWrite {
            try execute(sql: "PRAGMA journal_mode = WAL")
            // In WAL, NORMAL survives a crash of the process; only a power loss may drop the last commit.
            try execute(sql: "PRAGMA synchronous = NORMAL")
        }
    }

    /// `file:` + the percent-encoded path + `?immutable=1`.
    static func immutableURI(_ path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "-"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                uri += String(format: "%%%02X", byte)
            }
        }
        return uri + "?immutable=1"
    }

    /// Opens a private, empty in-memory database.
    public static func inMemory() throws -> Database {
        try Database(path: ":memory:", flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, busyTimeout: 0)
    }

    private init(path: String, flags: Int32, busyTimeout: Double) throws {
        var pointer: OpaquePointer?
        let code = sqlite3_open_v2(path, &pointer, flags, nil)
        guard code == SQLITE_OK, let pointer else {
            let error = SQLiteError(code: code, connection: pointer, sql: nil)
            sqlite3_close_v2(pointer)
            throw SQLiteError(code: error.code, message: "cannot open \(path): \(error.message)")
        }
        self.handle = pointer
        self.connection = ConnectionHandle(pointer)
        self.path = path
        sqlite3_extended_result_codes(pointer, 1)
        _ = csqlite_db_config_int(pointer, SQLITE_DBCONFIG_DQS_DML, 0)
        _ = csqlite_db_config_int(pointer, SQLITE_DBCONFIG_DQS_DDL, 0)
        sqlite3_busy_timeout(pointer, Database.milliseconds(busyTimeout))
        try execute(sql: "PRAGMA foreign_keys = ON")
    }

    deinit {
        statementCache.removeAll()
        connection.close()
    }

    // MARK: - Statements

    /// Prepares one statement. Text holding several statements is refused with `.misuse`.
    public func makeStatement(sql: String) throws -> Statement {
        try Statement(connection: handle, sql: sql, persistent: false)
    }

    /// A prepared statement from this connection's cache, reset and with its bindings cleared.
    ///
    /// Hot paths call this with constant SQL text so the statement is prepared once, then reused.
    /// While the cached statement is being iterated (a cursor or `forEachRow` over the same SQL),
    /// a new statement is prepared instead, so a nested query never restarts the outer one.
    public func cachedStatement(sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            if statement.isIterating { return try Statement(connection: handle, sql: sql, persistent: false) }
            statement.reset()
            statement.clearBindings()
            return statement
        }
        let statement = try Statement(connection: handle, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// Finalizes every cached statement (they are prepared again on next use).
    public func clearStatementCache() { statementCache.removeAll() }

    /// Runs a script of zero or more statements separated by semicolons, without arguments.
    public func execute(sql: String) throws {
        try sql.withCString { start in
            var next: UnsafePointer<CChar>? = start
            while let current = next, current.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let code = sqlite3_prepare_v2(handle, current, -1, &statement, &tail)
                guard code == SQLITE_OK else {
                    throw SQLiteError(code: code, connection: handle, sql: String(cString: current))
                }
                defer { sqlite3_finalize(statement) }
                next = tail
                guard let statement else { continue }  // only whitespace or a comment
                var result = sqlite3_step(statement)
                while result == SQLITE_ROW { result = sqlite3_step(statement) }
                guard result == SQLITE_DONE else {
                    throw SQLiteError(code: result, connection: handle, sql: String(cString: sqlite3_sql(statement)))
                }
            }
        }
    }

    /// Runs one statement with arguments, through the statement cache.
    public func execute(sql: String, arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments)
    }

    /// Calls `body` for each row of a query, one row at a time.
    ///
    /// The row lent to `body` is valid only inside that call: read its values there. A row kept
    /// past it throws `.misuse` when read, never reads another row's values.
    public func forEachRow(sql: String, arguments: StatementArguments = .none, _ body: (Row) throws -> Void) throws {
        let statement = try cachedStatement(sql: sql)
        if !arguments.isEmpty { try statement.bind(arguments) }
        let iteration = statement.beginIteration()
        // Rewind even when `body` throws: a statement left half-run keeps its read transaction open,
        // and every later query on this connection would go on seeing that old snapshot.
        defer { statement.endIteration(iteration) }
        while try statement.step() { try body(statement.row) }
    }

    /// Maps every row of a query through `transform`.
    public func fetchAll<T>(sql: String, arguments: StatementArguments = .none, _ transform: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(sql: sql, arguments: arguments) { result.append(try transform($0)) }
        return result
    }

    /// The first column of the first row, or nil when there is no row (or the value is NULL).
    public func fetchOne<T: SQLiteColumnDecodable>(_ type: T.Type = T.self, sql: String, arguments: StatementArguments = .none) throws -> T? {
        let statement = try cachedStatement(sql: sql)
        if !arguments.isEmpty { try statement.bind(arguments) }
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        let value: T? = try statement.row[0]
        return value
    }

    // MARK: - State

    /// Rows changed by the most recent INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed since the connection opened.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// The rowid of the most recent successful INSERT on this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// True while a transaction is open (read from SQLite, never tracked on the side).
    public var isInsideTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// True if the main database was opened read-only.
    public var isReadonly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Sets how long a statement waits for another connection's lock before failing with `.busy`.
    public func setBusyTimeout(_ seconds: Double) {
        sqlite3_busy_timeout(handle, Database.milliseconds(seconds))
    }

    /// Seconds as SQLite's milliseconds, clamped to what an Int32 holds (NaN and negatives are 0).
    static func milliseconds(_ seconds: Double) -> Int32 {
        guard seconds > 0 else { return 0 }
        return Int32(min(seconds * 1000, Double(Int32.max)).rounded())
    }

    /// `PRAGMA user_version`: the schema version, used by `Migrator`.
    public func userVersion() throws -> Int {
        try fetchOne(Int.self, sql: "PRAGMA user_version") ?? 0
    }

    /// Version of the SQLite library in use, such as "3.40.1".
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }
}

/// A connection is used from one thread at a time; share it through an actor or a queue.
@available(*, unavailable)
extension Database: Sendable {}
