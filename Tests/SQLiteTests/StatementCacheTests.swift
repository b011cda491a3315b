import Foundation
import Testing
@testable import SQLite

/// The connection's cache of prepared statements, keyed by SQL text.
@Suite struct StatementCacheTests {
    @Test func theSameSQLGivesTheSameStatement() throws {
        try withTemporaryDatabase { db in
            let first = try db.cachedStatement(sql: "SELECT ?")
            let second = try db.cachedStatement(sql: "SELECT ?")
            let other = try db.cachedStatement(sql: "SELECT ? + 1")
            #expect(first === second)
            #expect(first !== other)
            #expect(try db.makeStatement(sql: "SELECT ?") !== first, "makeStatement never uses the cache")
        }
    }

    @Test func theConvenienceMethodsReuseTheCachedStatement() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x)")
            let insert = try db.cachedStatement(sql: "INSERT INTO t VALUES (?)")
            let query = try db.cachedStatement(sql: "SELECT count(*) FROM t WHERE x > ?")
            for value in 0..<10 {
                try db.execute(sql: "INSERT INTO t VALUES (?)", arguments: [value])
            }
            #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM t WHERE x > ?", arguments: [4]) == 5)
            #expect(try db.cachedStatement(sql: "INSERT INTO t VALUES (?)") === insert)
            #expect(try db.cachedStatement(sql: "SELECT count(*) FROM t WHERE x > ?") === query)
        }
    }

    @Test func aCachedStatementComesBackResetWithBindingsCleared() throws {
        try withTemporaryDatabase { db in
            let sql = "SELECT ? UNION ALL SELECT 'second' UNION ALL SELECT 'third'"
            let statement = try db.cachedStatement(sql: sql)
            try statement.bind("bound", at: 1)
            #expect(try statement.step())
            #expect(try statement.row[0] as String == "bound")
            #expect(try statement.step())  // left in the middle of its rows

            let again = try db.cachedStatement(sql: sql)
            #expect(again === statement)
            // Reset: it starts over from the first row. Cleared: the parameter is NULL again.
            #expect(try again.step())
            #expect(try again.row[0] as String? == nil)
            #expect(try again.step())
            #expect(try again.row[0] as String == "second")
        }
    }

    @Test func clearingTheCachePreparesAgain() throws {
        try withTemporaryDatabase { db in
            let first = try db.cachedStatement(sql: "SELECT 1")
            db.clearStatementCache()
            let second = try db.cachedStatement(sql: "SELECT 1")
            #expect(first !== second)
            #expect(try second.step())
            // The old statement object still works on its own.
            #expect(try first.step())
        }
    }

    @Test func aCachedStatementFollowsSchemaChanges() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(a, b); INSERT INTO t VALUES (1, 2)")
            #expect(try rowValues(db, "SELECT * FROM t") == [[1, 2]])
            try db.execute(sql: "ALTER TABLE t ADD COLUMN c DEFAULT 3")
            #expect(try rowValues(db, "SELECT * FROM t") == [[1, 2, 3]])
            let added = try db.fetchAll(sql: "SELECT * FROM t") { try $0["c"] as Int }
            #expect(added == [3])
            try db.execute(sql: "ALTER TABLE t DROP COLUMN a")
            #expect(try rowValues(db, "SELECT * FROM t") == [[2, 3]])
            let names = try db.fetchAll(sql: "SELECT * FROM t") { $0.columnNames }
            #expect(names == [["b", "c"]])
            let kept = try db.fetchAll(sql: "SELECT * FROM t") { try $0["b"] as Int }
            #expect(kept == [2])
        }
    }
}
