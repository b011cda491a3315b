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
            var cursor = try statement.rows()
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
                var cursor = try statement.rows()
                var sum = 0
                for _ in 0..<5 { sum += try #require(try cursor.next())[0] as Int }
                #expect(sum == 15)
            }
        }
    }

    @Test func readsEveryRowThenStopsForGood() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT x FROM c")
            var cursor = try statement.rows([100_000])
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
            var again = try statement.rows()
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
