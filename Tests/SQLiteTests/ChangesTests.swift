import Foundation
import Testing
@testable import SQLite

/// Rows changed by the last statement, since the connection opened, and the last inserted row id.
@Suite struct ChangesTests {
    @Test func changesCountsTheRowsOfTheLastWrite() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, x)")
            let base = db.totalChanges
            try db.execute(sql: "INSERT INTO t(x) VALUES (1), (2), (3)")
            #expect(db.changes == 3)
            try db.execute(sql: "UPDATE t SET x = x + 1 WHERE x >= ?", arguments: [2])
            #expect(db.changes == 2)
            _ = try column(Int.self, db, "SELECT x FROM t")
            #expect(db.changes == 2, "a query does not change the count")
            try db.execute(sql: "DELETE FROM t")
            #expect(db.changes == 3)
            #expect(db.totalChanges - base == 8)
        }
    }

    @Test func lastInsertedRowIDFollowsEachInsert() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, x)")
            try db.execute(sql: "INSERT INTO t(x) VALUES ('a')")
            #expect(db.lastInsertedRowID == 1)
            try db.execute(sql: "INSERT INTO t(id, x) VALUES (?, ?)", arguments: [Int64.max - 1, "b"])
            #expect(db.lastInsertedRowID == Int64.max - 1)
            try db.execute(sql: "INSERT INTO t(id, x) VALUES (?, ?)", arguments: [1000, "c"])
            #expect(db.lastInsertedRowID == 1000)
            // A failed insert leaves it unchanged.
            expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO t(id, x) VALUES (1, 'dup')") }
            #expect(db.lastInsertedRowID == 1000)
        }
    }

    @Test func totalChangesIsPerConnection() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            let other = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t(x)")
            let before = other.totalChanges
            try writer.execute(sql: "INSERT INTO t VALUES (1), (2)")
            #expect(other.totalChanges == before)
            #expect(try rowCount(other, "t") == 2)
        }
    }
}
