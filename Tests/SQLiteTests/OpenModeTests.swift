import Foundation
import Testing
@testable import SQLite

/// Opening files read-write, read-only and in memory, and the setup every connection gets at open.
@Suite struct OpenModeTests {
    @Test func readWriteCreatesTheFileAndKeepsData() throws {
        try withTemporaryDatabasePath { path in
            #expect(!fileExists(path))
            do {
                let db = try Database(path: path)
                #expect(fileExists(path))
                #expect(db.path == path)
                #expect(!db.isReadonly)
                try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            }
            let reopened = try Database(path: path)
            #expect(try rowCount(reopened, "t") == 1)
        }
    }

    @Test func readOnlyReadsButRefusesWritesWithTheReadOnlyError() throws {
        try withTemporaryDatabasePath { path in
            do {
                let writer = try Database(path: path)
                try writer.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            }
            let db = try Database(path: path, mode: .readOnly)
            #expect(db.isReadonly)
            #expect(try rowCount(db, "t") == 1)

            let insert = try requireError(SQLiteError.self) {
                try db.execute(sql: "INSERT INTO t VALUES (2)")
            }
            #expect(insert.isReadOnly)
            #expect(insert.code.primary == .readOnly)
            #expect(!insert.isConstraintViolation && !insert.isBusy)

            let create = try requireError(SQLiteError.self) {
                try db.execute(sql: "CREATE TABLE u(y)", arguments: [])
            }
            #expect(create.isReadOnly)
            #expect(try rowCount(db, "t") == 1)
        }
    }

    @Test func readOnlyWhileAWriterHasTheFileOpen() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            let reader = try Database(path: path, mode: .readOnly)
            #expect(try rowCount(reader, "t") == 1)
            try writer.execute(sql: "INSERT INTO t VALUES (2)")
            #expect(try rowCount(reader, "t") == 2)
            expectError(SQLiteError.self) { try reader.execute(sql: "DELETE FROM t") }
        }
    }

    @Test func readOnlyDoesNotCreateAMissingFile() throws {
        try withTemporaryDatabasePath { path in
            let error = try requireError(SQLiteError.self) {
                _ = try Database(path: path, mode: .readOnly)
            }
            #expect(error.code.primary == .cannotOpen)
            #expect(error.message.contains(path))
            #expect(!fileExists(path))
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAtOpen() throws {
        try withTemporaryDatabasePath { path in
            try Data(String(repeating: "not a database, just text\n", count: 100).utf8).write(to: URL(fileURLWithPath: path))
            let error = try requireError(SQLiteError.self) { _ = try Database(path: path) }
            #expect(error.code.primary == .notADatabase)
        }
    }

    @Test func inMemoryDatabasesArePrivateAndLeaveNoFile() throws {
        let first = try Database.inMemory()
        let second = try Database.inMemory()
        #expect(first.path == ":memory:")
        #expect(!fileExists(":memory:"))
        try first.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
        #expect(try rowCount(first, "t") == 1)
        #expect(try !tableExists(second, "t"))
        #expect(try first.fetchOne(String.self, sql: "PRAGMA journal_mode") == "memory")
    }

    @Test func foreignKeysAreEnforced() throws {
        let check = { (db: Database) throws in
            #expect(try db.fetchOne(Int.self, sql: "PRAGMA foreign_keys") == 1)
            try db.execute(sql: """
                CREATE TABLE parent(id INTEGER PRIMARY KEY);
                CREATE TABLE child(id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id));
                INSERT INTO parent(id) VALUES (1);
                INSERT INTO child(parent_id) VALUES (1);
                """)
            let error = try requireError(SQLiteError.self) {
                try db.execute(sql: "INSERT INTO child(parent_id) VALUES (?)", arguments: [99])
            }
            #expect(error.isConstraintViolation)
            #expect(error.code == .constraintForeignKey)
            #expect(try rowCount(db, "child") == 1)
        }
        try withTemporaryDatabase(check)
        try check(try Database.inMemory())
    }

    @Test func filesUseWriteAheadLogging() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            #expect(try db.fetchOne(String.self, sql: "PRAGMA journal_mode") == "wal")
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            #expect(fileExists(path + "-wal"))
            #expect(fileExists(path + "-shm"))
        }
    }

    @Test func theConnectionIsClosedWhenReleased() throws {
        try withTemporaryDatabasePath { path in
            do {
                let db = try Database(path: path)
                _ = try db.cachedStatement(sql: "SELECT 1")
                try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
                #expect(fileExists(path + "-wal"))
            }
            // The last connection to close checkpoints and deletes the WAL: proof that it closed.
            #expect(!fileExists(path + "-wal"))
        }
    }

    @Test func doubleQuotedStringLiteralsAreRefused() throws {
        let check = { (db: Database) in
            let error = try requireError(SQLiteError.self) {
                _ = try db.fetchOne(String.self, sql: #"SELECT "nope""#)
            }
            #expect(error.message.contains("no such column: nope"))
            // In DDL too: a CHECK with a double-quoted "string" names a column that does not exist.
            expectError(SQLiteError.self) {
                try db.execute(sql: #"CREATE TABLE t(x TEXT CHECK (x <> "a"))"#)
            }
            #expect(try db.fetchOne(String.self, sql: "SELECT 'yes'") == "yes")
        }
        try withTemporaryDatabase(check)
        try check(try Database.inMemory())
    }

    @Test func theBusyTimeoutWaitsForAnotherConnectionsLock() throws {
        try withTemporaryDatabasePath { path in
            try Database(path: path).execute(sql: "CREATE TABLE t(x)")
            let locked = DispatchSemaphore(value: 0)
            let released = DispatchSemaphore(value: 0)
            // Another thread (with its own connection) holds the write lock for 0.3 s.
            Thread.detachNewThread {
                defer { released.signal() }
                guard let holder = try? Database(path: path) else { locked.signal(); return }
                try? holder.execute(sql: "BEGIN IMMEDIATE")
                locked.signal()
                Thread.sleep(forTimeInterval: 0.3)
                try? holder.execute(sql: "COMMIT")
            }
            locked.wait()
            let db = try Database(path: path)  // default busy timeout: 5 s
            let waited = try secondsTaken {
                try db.execute(sql: "INSERT INTO t VALUES (1)")
            }
            released.wait()
            #expect(waited >= 0.1, "the insert should have waited for the lock, not failed at once")
            #expect(try rowCount(db, "t") == 1)
        }
    }

    @Test func aShortBusyTimeoutFailsWithBusyAfterWaiting() throws {
        try withTemporaryDatabasePath { path in
            let holder = try Database(path: path)
            try holder.execute(sql: "CREATE TABLE t(x); BEGIN IMMEDIATE")
            let db = try Database(path: path, busyTimeout: 0.3)
            var error: SQLiteError?
            let waited = secondsTaken {
                error = expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO t VALUES (1)") }
            }
            #expect(error?.isBusy == true)
            #expect(error?.code.primary == .busy)
            #expect(waited >= 0.25)

            db.setBusyTimeout(0)
            let immediate = secondsTaken {
                expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO t VALUES (1)") }
            }
            #expect(immediate < waited)
            try holder.execute(sql: "COMMIT")
            try db.execute(sql: "INSERT INTO t VALUES (1)")
        }
    }
}

@Suite struct LimitTests {
    @Test func lengthLimitRefusesHugeValuesWithTooBig() throws {
        let db = try Database.inMemory()
        let previous = db.setLimit(.length, to: 1_000_000)
        #expect(previous > 1_000_000)
        #expect(db.limit(.length) == 1_000_000)
        do {
            _ = try db.fetchOne(Int.self, sql: "SELECT length(zeroblob(2000000000))")
            Issue.record("a 2 GB blob was allowed")
        } catch let error as SQLiteError {
            #expect(error.code.primary == .tooBig)
        }
        #expect(try db.fetchOne(Int.self, sql: "SELECT length(zeroblob(1000))") == 1000)
    }
}
