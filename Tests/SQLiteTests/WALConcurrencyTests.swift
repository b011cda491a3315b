import Foundation
import Testing
@testable import SQLite

/// Write-ahead logging: readers see committed data only, and readers and a writer do not block each other.
@Suite struct WALConcurrencyTests {
    @Test func aReaderSeesOnlyCommittedData() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (0)")
            let reader = try Database(path: path, busyTimeout: 0)
            #expect(try rowCount(reader, "t") == 1)

            try writer.transaction {
                for value in 1...100 {
                    try writer.execute(sql: "INSERT INTO t VALUES (?)", arguments: [value])
                }
                #expect(try rowCount(writer, "t") == 101)
                // The writer holds its transaction open: the reader reads, without waiting, the last commit.
                #expect(try rowCount(reader, "t") == 1)
                #expect(try reader.fetchOne(Int.self, sql: "SELECT max(x) FROM t") == 0)
            }
            #expect(try rowCount(reader, "t") == 101)
            #expect(try reader.fetchOne(Int.self, sql: "SELECT max(x) FROM t") == 100)
        }
    }

    @Test func aRolledBackWriteIsNeverSeen() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t(x)")
            let reader = try Database(path: path, mode: .readOnly, busyTimeout: 0)
            expectError(TestError.boom) {
                try writer.transaction {
                    try writer.execute(sql: "INSERT INTO t VALUES (1)")
                    #expect(try rowCount(reader, "t") == 0)
                    throw TestError.boom
                }
            }
            #expect(try rowCount(reader, "t") == 0)
        }
    }

    @Test func aReadTransactionKeepsItsSnapshotAndDoesNotBlockTheWriter() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path, busyTimeout: 0)
            try writer.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            let reader = try Database(path: path, busyTimeout: 0)
            try reader.transaction(.deferred) {
                #expect(try rowCount(reader, "t") == 1)
                // The writer commits while the reader's transaction is open: no busy error.
                try writer.transaction { try writer.execute(sql: "INSERT INTO t VALUES (2)") }
                // The reader still sees the snapshot it started with.
                #expect(try rowCount(reader, "t") == 1)
            }
            #expect(try rowCount(reader, "t") == 2)
        }
    }

    @Test func aQueryAbandonedByAThrowDoesNotPinAnOldSnapshot() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)")
            let reader = try Database(path: path)
            expectError(TestError.boom) {
                try reader.forEachRow(sql: "SELECT x FROM t") { _ in throw TestError.boom }
            }
            try writer.execute(sql: "INSERT INTO t VALUES (4)")
            // Left half-run, the query would keep its read transaction (and its snapshot) open.
            #expect(try rowCount(reader, "t") == 4)
            #expect(!reader.isInsideTransaction)
        }
    }

    @Test func writersOnSeveralThreadsAreSerializedByTheBusyTimeout() throws {
        try withTemporaryDatabasePath { path in
            try Database(path: path).execute(sql: "CREATE TABLE t(thread INTEGER, n INTEGER)")
            let group = DispatchGroup()
            let failures = SharedFlag()
            for thread in 0..<4 {
                DispatchQueue.global().async(group: group) {
                    do {
                        // Each thread its own connection: a Database is never shared between threads.
                        let db = try Database(path: path)
                        for n in 0..<25 {
                            try db.transaction {
                                try db.execute(sql: "INSERT INTO t VALUES (?, ?)", arguments: [thread, n])
                            }
                        }
                    } catch {
                        failures.set()
                    }
                }
            }
            group.wait()
            #expect(!failures.isSet)
            #expect(try rowCount(Database(path: path, mode: .readOnly), "t") == 100)
        }
    }
}
