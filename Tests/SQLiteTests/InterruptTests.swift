import Foundation
import Testing
@testable import SQLite

/// Interrupting a running query from another thread, and time limits for queries.
@Suite struct InterruptTests {
    /// Interrupts through `handle` every 20 ms from another thread until `done` is set, so the
    /// test cannot hang if one interrupt lands before the query starts (SQLite then ignores it).
    private func keepInterrupting(_ handle: InterruptHandle, until done: SharedFlag, onThread: Bool) {
        let loop: @Sendable () -> Void = {
            while !done.isSet {
                Thread.sleep(forTimeInterval: 0.02)
                handle.interrupt()
            }
        }
        if onThread {
            Thread.detachNewThread(loop)
        } else {
            DispatchQueue.global().async(execute: loop)
        }
    }

    /// Runs `body`; if it still runs after `seconds`, interrupts `db` from another thread, so that a
    /// broken time limit fails the test (on its elapsed time) instead of hanging it.
    private func withWatchdog<T>(_ db: Database, seconds: Double, _ body: () throws -> T) rethrows -> T {
        let finished = DispatchSemaphore(value: 0)
        let handle = db.interruptHandle
        Thread.detachNewThread {
            if finished.wait(timeout: .now() + seconds) == .timedOut { handle.interrupt() }
        }
        defer { finished.signal() }
        return try body()
    }

    @Test(arguments: [true, false])
    func anotherThreadInterruptsAnEndlessQuery(onThread: Bool) throws {
        try withTemporaryDatabase { db in
            let done = SharedFlag()
            defer { done.set() }
            keepInterrupting(db.interruptHandle, until: done, onThread: onThread)
            let error = try requireError(SQLiteError.self) {
                // The time limit is only a backstop: were interrupting broken, it would stop the query.
                _ = try db.withTimeLimit(seconds: 30) { try db.fetchOne(Int.self, sql: endlessQuery) }
            }
            done.set()
            #expect(!error.message.contains("time limit"), "stopped by the backstop, not by the interrupt")
            #expect(error.isInterrupted)
            #expect(error.code == .interrupt)
            #expect(error.sql == endlessQuery)
            // The connection is still usable.
            #expect(try db.fetchOne(Int.self, sql: "SELECT 1") == 1)
        }
    }

    @Test func anInterruptWhileIdleDoesNotHitTheNextQuery() throws {
        try withTemporaryDatabase { db throws in
            db.interrupt()
            db.interruptHandle.interrupt()
            #expect(try db.fetchOne(Int.self, sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 10000) SELECT count(*) FROM c") == 10000)
        }
    }

    @Test func aHandleOutlivingItsConnectionDoesNothing() throws {
        let handle = try withTemporaryDatabase { $0.interruptHandle }
        handle.interrupt()
        let fromThread = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            handle.interrupt()
            fromThread.signal()
        }
        fromThread.wait()
    }

    @Test func aTimeLimitStopsAnEndlessQuery() throws {
        try withTemporaryDatabase { db throws in
            var error: SQLiteError?
            let elapsed = secondsTaken {
                error = expectError(SQLiteError.self) {
                    try withWatchdog(db, seconds: 30) {
                        try db.withTimeLimit(seconds: 0.2) { try db.fetchOne(Int.self, sql: endlessQuery) }
                    }
                }
            }
            #expect(error?.isInterrupted == true)
            #expect(error?.message.contains("time limit") == true)
            #expect(error?.message.contains("0.2") == true)
            #expect(error?.sql == endlessQuery)
            #expect(elapsed >= 0.19)
            #expect(elapsed < 10)
            #expect(try db.fetchOne(Int.self, sql: "SELECT 1") == 1)
        }
    }

    @Test func theLimitEndsWithItsBlock() throws {
        try withTemporaryDatabase { db in
            try db.withTimeLimit(seconds: 0.05) { _ = try db.fetchOne(Int.self, sql: "SELECT 1") }
            // Were the progress handler left behind, every long query from now on would be interrupted.
            Thread.sleep(forTimeInterval: 0.1)
            let count = try db.fetchOne(Int.self, sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c")
            #expect(count == 100_000)
            expectError(SQLiteError.self) {
                try withWatchdog(db, seconds: 30) { try db.withTimeLimit(seconds: 0.05) { try db.execute(sql: endlessQuery) } }
            }
            Thread.sleep(forTimeInterval: 0.1)
            #expect(try db.fetchOne(Int.self, sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c") == 100_000)
        }
    }

    @Test func aQueryWithinTheLimitIsUnaffected() throws {
        try withTemporaryDatabase { db in
            let count = try db.withTimeLimit(seconds: 30) {
                try db.fetchOne(Int.self, sql: "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 100000) SELECT count(*) FROM c")
            }
            #expect(count == 100_000)
        }
    }

    @Test func otherErrorsPassThroughTheLimitUnchanged() throws {
        try withTemporaryDatabase { db in
            expectError(TestError.boom) { try db.withTimeLimit(seconds: 5) { throw TestError.boom } }
            let error = try requireError(SQLiteError.self) {
                try db.withTimeLimit(seconds: 5) { try db.execute(sql: "SELECT * FROM nowhere") }
            }
            #expect(error.message == "no such table: nowhere")
        }
    }

    @Test func aWriteStoppedByTheLimitRollsBackItsTransactionWithoutABogusError() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x)")
            let error = try requireError(SQLiteError.self) {
                try db.transaction {
                    try db.execute(sql: "INSERT INTO t VALUES (-1)")
                    try withWatchdog(db, seconds: 30) {
                        try db.withTimeLimit(seconds: 0.2) {
                            // An endless write: SQLite rolls back the whole transaction when it is interrupted.
                            try db.execute(sql: "INSERT INTO t WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c WHERE x < 0")
                        }
                    }
                }
            }
            #expect(error.isInterrupted)
            #expect(error.message.contains("time limit"))
            #expect(!db.isInsideTransaction)
            #expect(try rowCount(db, "t") == 0)
        }
    }
}
