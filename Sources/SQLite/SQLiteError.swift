internal import CSQLite

/// An error reported by SQLite, or a misuse of the wrapper caught before it reached SQLite.
///
/// It carries the extended result code, SQLite's own message and the SQL that failed, so a
/// caller can tell a constraint violation (`isConstraintViolation`), a busy database
/// (`isBusy`) and a read-only refusal (`isReadOnly`) apart without parsing text.
public struct SQLiteError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The extended result code (`code.primary` for the class of error).
    public let code: ResultCode
    /// SQLite's message, or the wrapper's for a misuse.
    public let message: String
    /// The SQL being run, when there was one.
    public let sql: String?
    /// Which misuse of the wrapper this is, when the wrapper caught one (`code` is then `.misuse`),
    /// so callers tell them apart by value, never by the message's words.
    public let misuse: Misuse?

    /// The misuses of the wrapper a caller may want to tell apart.
    public enum Misuse: Equatable, Sendable {
        /// The text to prepare holds no statement (empty, or only comments); it holds several.
        case noStatement, severalStatements
    }

    /// An error with `code` and `message`; `sql` is the statement being run, when there is one;
    /// `misuse` says which misuse of the wrapper it is, when it is one.
    public init(code: ResultCode, message: String, sql: String? = nil, misuse: Misuse? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.misuse = misuse
    }

    /// Reads the current error of a connection. `code` is the value a C call returned.
    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        // The connection's extended code belongs to this failure only if its primary part agrees.
        let resolved = (extended & 0xFF) == (code & 0xFF) ? extended : code
        let text = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        self.init(code: ResultCode(rawValue: resolved), message: text, sql: sql)
    }

    /// A UNIQUE, PRIMARY KEY, FOREIGN KEY, NOT NULL, CHECK or trigger constraint refused a write.
    public var isConstraintViolation: Bool { code.primary == .constraint }
    /// Another connection held a lock past the busy timeout.
    public var isBusy: Bool { code.primary == .busy || code.primary == .locked }
    /// The connection or the file is read-only.
    public var isReadOnly: Bool { code.primary == .readOnly }
    /// The statement was interrupted, by `interrupt()` or a time limit.
    public var isInterrupted: Bool { code.primary == .interrupt }
    /// The authorizer refused the statement.
    public var isAuthorizationDenied: Bool { code.primary == .authorization }

    /// Code, message and the SQL being run, on one line for a log or a user.
    public var description: String {
        var text = "SQLite error \(code.rawValue): \(message)"
        if let sql { text += " — while running: \(sql)" }
        return text
    }
}
