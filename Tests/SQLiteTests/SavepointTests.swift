import Foundation
import Testing
@testable import SQLite

/// Savepoints: they nest, and a throw undoes only the work of the savepoint that threw.
@Suite struct SavepointTests {
    private func values(_ db: Database) throws -> [String] {
        try column(String.self, db, "SELECT v FROM t ORDER BY rowid")
    }

    @Test func anInnerThrowRollsBackOnlyTheInnerWork() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(v TEXT)")
            try db.transaction {
                try db.execute(sql: "INSERT INTO t VALUES ('outer before')")
                expectError(TestError.inner) {
                    try db.savepoint {
                        try db.execute(sql: "INSERT INTO t VALUES ('inner')")
                        throw TestError.inner
                    }
                }
                #expect(db.isInsideTransaction)
                try db.execute(sql: "INSERT INTO t VALUES ('outer after')")
            }
            #expect(try values(db) == ["outer before", "outer after"])
        }
    }

    @Test func savepointsNestSeveralLevels() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(v TEXT)")
            try db.transaction {
                try db.savepoint {
                    try db.execute(sql: "INSERT INTO t VALUES ('level 1')")
                    try? db.savepoint {
                        try db.execute(sql: "INSERT INTO t VALUES ('level 2')")
                        try db.savepoint {
                            try db.execute(sql: "INSERT INTO t VALUES ('level 3')")
                        }
                        throw TestError.inner  // undoes levels 2 and 3 (already released into 2)
                    }
                    try db.savepoint {
                        try db.execute(sql: "INSERT INTO t VALUES ('level 2 again')")
                        try? db.savepoint {
                            try db.execute(sql: "INSERT INTO t VALUES ('level 3 again')")
                            throw TestError.inner
                        }
                    }
                }
            }
            #expect(try values(db) == ["level 1", "level 2 again"])
        }
    }

    @Test func anOuterThrowUndoesReleasedInnerSavepoints() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(v TEXT)")
            expectError(TestError.boom) {
                try db.transaction {
                    try db.savepoint { try db.execute(sql: "INSERT INTO t VALUES ('inner')") }
                    throw TestError.boom
                }
            }
            #expect(try values(db).isEmpty)
        }
    }

    @Test func aSavepointOutsideATransactionActsAsOne() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(v TEXT)")
            expectError(TestError.boom) {
                try db.savepoint {
                    #expect(db.isInsideTransaction)
                    try db.execute(sql: "INSERT INTO t VALUES ('lost')")
                    throw TestError.boom
                }
            }
            #expect(!db.isInsideTransaction)
            let result = try db.savepoint { () -> Int in
                try db.execute(sql: "INSERT INTO t VALUES ('kept')")
                return 7
            }
            #expect(result == 7)
            #expect(!db.isInsideTransaction)
            #expect(try values(db) == ["kept"])
        }
    }

    @Test func anAutomaticRollbackInsideASavepointSurfacesTheOriginalError() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(v TEXT UNIQUE); INSERT INTO t VALUES ('existing')")
            let error = try requireError(SQLiteError.self) {
                try db.transaction {
                    try db.execute(sql: "INSERT INTO t VALUES ('outer')")
                    try db.savepoint {
                        try db.execute(sql: "INSERT OR ROLLBACK INTO t VALUES ('existing')")
                    }
                }
            }
            #expect(error.code == .constraintUnique)
            #expect(!db.isInsideTransaction)
            #expect(try values(db) == ["existing"])
            // The connection is fine afterwards, savepoints included.
            try db.savepoint { try db.execute(sql: "INSERT INTO t VALUES ('after')") }
            #expect(try values(db) == ["existing", "after"])
        }
    }

    @Test func anSQLErrorInASavepointKeepsTheOuterWork() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(v TEXT UNIQUE)")
            try db.transaction {
                try db.execute(sql: "INSERT INTO t VALUES ('a')")
                let error = try requireError(SQLiteError.self) {
                    try db.savepoint {
                        try db.execute(sql: "INSERT INTO t VALUES ('b')")
                        try db.execute(sql: "INSERT INTO t VALUES ('a')")
                    }
                }
                #expect(error.isConstraintViolation)
                #expect(db.isInsideTransaction)
            }
            #expect(try values(db) == ["a"])
        }
    }
}
