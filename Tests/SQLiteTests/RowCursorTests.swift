import Foundation
import Testing
@testable import SQLite

/// Iterating rows one at a time, without materialising the result.
@Suite struct RowCursorTests {
    /// Registers `tick(x)`, which counts its calls in `counter` and returns `x`.
    private final class Counter { var calls = 0 }

    private func installTick(_ db: Database) throws -> Counter {
        let counter = Counter()
        try db.createFunction("tick", argumentCount: 1, isDeterministic: false) { arguments in
            counter.calls += 1
            return arguments[0]
        }
        return counter
    }

    @Test func stoppingEarlyComputesOnlyTheRowsRead() throws {
        try withTemporaryDatabase { db in
            let counter = try installTick(db)
            let statement = try db.makeStatement(sql: """
                WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000)
                SELECT tick(x) FROM c
                """)
            let cursor = try statement.rows()
            var read: [Int] = []
            while let row = try cursor.next() {
                read.append(try row[0])
                if read.count == 3 { break }
            }
            #expect(read == [1, 2, 3])
            // Had the cursor materialised the result, tick() would have run 100,000 times.
            #expect(counter.calls == 3)
        }
    }

    @Test func anEndlessQueryCanBeReadInPart() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")
            try db.withTimeLimit(seconds: 10) {
                let cursor = try statement.rows()
                var sum = 0
                for _ in 0..<5 { sum += try #require(try cursor.next())[0] as Int }
                #expect(sum == 15)
            }
        }
    }

    @Test func readsEveryRowThenStopsForGood() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT x FROM c")
            let cursor = try statement.rows([100_000])
            var count = 0
            var sum = 0
            while let row = try cursor.next() {
                count += 1
                sum += try row[0] as Int
            }
            #expect(count == 100_000)
            #expect(sum == 100_000 * 100_001 / 2)
            #expect(try cursor.next() == nil)
            #expect(try cursor.next() == nil)

            // The statement was rewound: it runs again, with its bindings kept.
            let again = try statement.rows()
            count = 0
            try again.forEach { _ in count += 1 }
            #expect(count == 100_000)
        }
    }

    @Test func forEachRowAndFetchAllVisitEveryRowInOrder() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (3), (1), (2)")
            var seen: [Int] = []
            try db.forEachRow(sql: "SELECT x FROM t WHERE x > ? ORDER BY x", arguments: [0]) { seen.append(try $0[0]) }
            #expect(seen == [1, 2, 3])
            #expect(try column(Int.self, db, "SELECT x * 10 FROM t ORDER BY x DESC") == [30, 20, 10])
        }
    }

    @Test func anErrorInTheBodyStopsTheIterationAndIsRethrown() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)")
            var seen = 0
            expectError(TestError.boom) {
                try db.forEachRow(sql: "SELECT x FROM t") { _ in
                    seen += 1
                    throw TestError.boom
                }
            }
            #expect(seen == 1)
            // The same query runs again from its first row.
            #expect(try column(Int.self, db, "SELECT x FROM t").count == 3)
        }
    }
}

/// Rows and cursors cannot be misused into reading freed memory or the wrong row.
@Suite struct RowLifetimeTests {
    @Test func aRowKeptPastItsLoopThrowsInsteadOfDangling() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2)")
            let rows = try db.fetchAll(sql: "SELECT x FROM t ORDER BY x", arguments: .none, keepRow)
            // Finalizes every cached statement: a row that merely pointed at its statement would now
            // read freed memory (the address sanitizer's heap-use-after-free). This one holds it alive.
            db.clearStatementCache()
            db.setAuthorizer(nil)
            #expect(rows.count == 2)
            #expect(!rows[0].isCurrent)
            let error = try requireError(SQLiteError.self) { try rows[0][0] as Int }
            #expect(error.code == .misuse)
            #expect(error.message.contains("read after its statement moved on"))
            expectError(SQLiteError.self) { try rows[1].values }
            expectError(SQLiteError.self) { try rows[1][0] as Int? }
        }
    }

    @Test func aRowReadAfterTheNextStepThrows() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT 'first' UNION ALL SELECT 'second'")
            let cursor = try statement.rows()
            let first = try #require(try cursor.next())
            #expect(try first[0] as String == "first")
            let second = try #require(try cursor.next())
            #expect(try second[0] as String == "second")
            expectError(SQLiteError.self) { try first[0] as String }
        }
    }

    @Test func aDroppedCursorRewindsItsStatementAndReleasesItsSnapshot() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)")
            let reader = try Database(path: path)
            let statement = try reader.cachedStatement(sql: "SELECT x FROM t")
            try readOneRowAndDropTheCursor(statement)
            #expect(!statement.isBusy)
            // No read snapshot is left open: a new write is seen, and a full checkpoint is not blocked.
            try writer.execute(sql: "INSERT INTO t VALUES (4)")
            #expect(try reader.fetchOne(Int.self, sql: "SELECT count(*) FROM t") == 4)
            #expect(try writer.fetchOne(Int.self, sql: "PRAGMA wal_checkpoint(TRUNCATE)") == 0)
        }
    }

    private func readOneRowAndDropTheCursor(_ statement: Statement) throws {
        let cursor = try statement.rows()
        #expect(try cursor.next() != nil)
        #expect(statement.isBusy)
    }

    @Test func nestedIterationsOverTheSameCachedSQLEachSeeEveryRow() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)")
            let sql = "SELECT x FROM t ORDER BY x"
            var pairs: [[Int]] = []
            try db.forEachRow(sql: sql) { outer in
                let left: Int = try outer[0]
                try db.forEachRow(sql: sql) { inner in pairs.append([left, try inner[0]]) }
                // The outer row is still readable: the inner loop ran on a statement of its own.
                #expect(try outer[0] as Int == left)
            }
            #expect(pairs.count == 9)
            #expect(pairs.first == [1, 1] && pairs.last == [3, 3])
            // Afterwards the cached statement serves again.
            #expect(try column(Int.self, db, sql) == [1, 2, 3])
        }
    }

    @Test func aCursorWhoseStatementWasTakenOverRefusesToGoOn() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3")
            let first = try statement.rows()
            #expect(try first.next() != nil)
            let second = try statement.rows()
            #expect(try second.next() != nil)
            let error = try requireError(SQLiteError.self) { try first.next() }
            #expect(error.code == .misuse)
            // The second cursor is unaffected by the first being dropped.
            #expect(try second.next() != nil)
        }
    }
}

private func keepRow(_ row: Row) -> Row { row }
