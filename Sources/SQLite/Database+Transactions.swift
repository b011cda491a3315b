internal import CSQLite

/// How a transaction takes its locks. See <https://www.sqlite.org/lang_transaction.html>.
public enum TransactionKind: String, Sendable {
    /// Locks on first read or write; a later upgrade to a writer can fail with `.busy`.
    case deferred = "DEFERRED"
    /// Takes the write lock at BEGIN, so a writer never fails halfway on a lock upgrade.
    case immediate = "IMMEDIATE"
    /// Like immediate; in WAL mode the same.
    case exclusive = "EXCLUSIVE"
}

extension Database {
    /// Runs `body` in a transaction: commits when it returns, rolls back and rethrows when it throws.
    ///
    /// Writers should use `.immediate` (the default). After an error, whether SQLite already
    /// rolled back is read with `sqlite3_get_autocommit`, not assumed.
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        guard !isInsideTransaction else {
            throw SQLiteError(code: .misuse, message: "a transaction is already open; nest with savepoint(_:)", sql: nil)
        }
        try execute(sql: "BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute(sql: "COMMIT TRANSACTION")
        } catch {
            if isInsideTransaction { try? execute(sql: "ROLLBACK TRANSACTION") }
            throw error
        }
        return result
    }

    /// Runs `body` inside a savepoint, which nests within a transaction or another savepoint.
    ///
    /// A throw rolls back to the savepoint (undoing only `body`'s work) and rethrows.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        // Names are generated from a counter, never from user input.
        let name = "mkb_savepoint_\(savepointDepth)"
        try execute(sql: "SAVEPOINT \(name)")
        let result: T
        do {
            result = try body()
            try execute(sql: "RELEASE SAVEPOINT \(name)")
        } catch {
            // If SQLite rolled the whole transaction back on its own (disk full, I/O error), the savepoint is gone.
            if isInsideTransaction { try? execute(sql: "ROLLBACK TO SAVEPOINT \(name); RELEASE SAVEPOINT \(name)") }
            throw error
        }
        return result
    }
}
