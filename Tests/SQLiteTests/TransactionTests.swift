import Foundation
import Testing
@testable import SQLite

/// Transactions: commit on return, roll back and rethrow on a throw, locks taken as asked,
/// and the state after an error read from SQLite.
@Suite struct TransactionTests {
    @Test func commitsWhenTheBodyReturns() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute(sql: "CREATE TABLE t(x)")
            #expect(!db.isInsideTransaction)
            let result = try db.transaction { () -> String in
                #expect(db.isInsideTransaction)
                try db.execute(sql: "INSERT INTO t VALUES (1), (2)")
                return "done"
            }
            #expect(result == "done")
            #expect(!db.isInsideTransaction)
            // Committed: another connection sees it.
            #expect(try rowCount(Database(path: path), "t") == 2)
        }
    }

    @Test func aThrowRollsBackAndRethrowsTheSameError() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (0)")
            expectError(TestError.boom) {
                try db.transaction {
                    try db.execute(sql: "INSERT INTO t VALUES (1)")
                    try db.execute(sql: "DELETE FROM t WHERE x = 0")
                    throw TestError.boom
                }
            }
            #expect(!db.isInsideTransaction)
            #expect(try column(Int.self, db, "SELECT x FROM t") == [0])
        }
    }

    @Test func anSQLErrorInTheBodyRollsBackEverything() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x UNIQUE)")
            let error = try requireError(SQLiteError.self) {
                try db.transaction {
                    try db.execute(sql: "INSERT INTO t VALUES (1)")
                    try db.execute(sql: "INSERT INTO t VALUES (1)")
                }
            }
            #expect(error.code == .constraintUnique)
            #expect(!db.isInsideTransaction)
            #expect(try rowCount(db, "t") == 0)
        }
    }

    @Test func immediateTakesTheWriteLockAtBegin() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute(sql: "CREATE TABLE t(x)")
            let other = try Database(path: path, busyTimeout: 0.05)
            try db.transaction(.immediate) {
                // Nothing written yet, but the lock is held: another writer cannot begin.
                let error = try requireError(SQLiteError.self) { try other.execute(sql: "BEGIN IMMEDIATE") }
                #expect(error.isBusy)
                #expect(!other.isInsideTransaction)
            }
            try other.execute(sql: "BEGIN IMMEDIATE; ROLLBACK")
        }
    }

    @Test func theDefaultKindIsImmediate() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            let other = try Database(path: path, busyTimeout: 0.05)
            try db.transaction { () throws -> Void in
                expectError(SQLiteError.self) { try other.execute(sql: "BEGIN IMMEDIATE") }
            }
        }
    }

    @Test func deferredTakesNoLockUntilItWrites() throws {
        try withTemporaryDatabasePath { path in
            let db = try Database(path: path)
            try db.execute(sql: "CREATE TABLE t(x)")
            let other = try Database(path: path, busyTimeout: 0.05)
            try db.transaction(.deferred) {
                try other.execute(sql: "BEGIN IMMEDIATE; ROLLBACK")
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                expectError(SQLiteError.self) { try other.execute(sql: "BEGIN IMMEDIATE") }
            }
        }
    }

    @Test func aSecondTransactionInsideTheFirstIsRefused() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x)")
            try db.transaction {
                try db.execute(sql: "INSERT INTO t VALUES (1)")
                let error = try requireError(SQLiteError.self) { try db.transaction { } }
                #expect(error.code == .misuse)
                #expect(error.message.contains("savepoint"))
                #expect(db.isInsideTransaction, "the outer transaction is untouched")
            }
            #expect(try rowCount(db, "t") == 1)
        }
    }

    @Test func whenSQLiteRollsBackByItselfNoBogusRollbackIsIssued() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x UNIQUE); INSERT INTO t VALUES (1)")
            let error = try requireError(SQLiteError.self) {
                try db.transaction {
                    try db.execute(sql: "INSERT INTO t VALUES (2)")
                    // OR ROLLBACK: SQLite ends the whole transaction itself on the conflict.
                    try db.execute(sql: "INSERT OR ROLLBACK INTO t VALUES (1)")
                }
            }
            // The caller gets the constraint error, not "cannot rollback - no transaction is active".
            #expect(error.code == .constraintUnique)
            #expect(!db.isInsideTransaction)
            #expect(try column(Int.self, db, "SELECT x FROM t") == [1])
            try db.transaction { try db.execute(sql: "INSERT INTO t VALUES (3)") }
            #expect(try rowCount(db, "t") == 2)
        }
    }

    @Test func workLostToAnAutomaticRollbackIsNotReportedAsCommitted() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x UNIQUE); INSERT INTO t VALUES (1)")
            // The body swallows the error, but SQLite has already rolled back: COMMIT must fail.
            let error = try requireError(SQLiteError.self) {
                try db.transaction {
                    try db.execute(sql: "INSERT INTO t VALUES (2)")
                    try? db.execute(sql: "INSERT OR ROLLBACK INTO t VALUES (1)")
                    #expect(!db.isInsideTransaction)
                }
            }
            #expect(error.message.contains("no transaction is active"))
            #expect(try rowCount(db, "t") == 1)
        }
    }

    @Test func aFailedCommitRollsBack() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: """
                CREATE TABLE parent(id INTEGER PRIMARY KEY);
                CREATE TABLE child(parent_id INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);
                """)
            let error = try requireError(SQLiteError.self) {
                try db.transaction {
                    // Deferred: accepted now, checked at COMMIT.
                    try db.execute(sql: "INSERT INTO child VALUES (42)")
                }
            }
            #expect(error.code == .constraintForeignKey)
            #expect(!db.isInsideTransaction, "a COMMIT that fails leaves the transaction open: it must be rolled back")
            #expect(try rowCount(db, "child") == 0)
        }
    }

    @Test func theBodysValueIsReturned() throws {
        try withTemporaryDatabase { db in
            let value = try db.transaction(.deferred) { try db.fetchOne(Int.self, sql: "SELECT 6 * 7") }
            #expect(value == 42)
        }
    }
}
