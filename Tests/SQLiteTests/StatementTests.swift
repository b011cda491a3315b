import Foundation
import Testing
@testable import SQLite

/// Scripts of several statements, preparing exactly one statement, and what a statement says about itself.
@Suite struct StatementTests {
    @Test func executeRunsAScriptOfSeveralStatements() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: """
                -- a script, as a migration would hold it
                CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                INSERT INTO places(name) VALUES ('Karachi');
                INSERT INTO places(name) VALUES ('Jiaozuo'); /* a comment */
                CREATE INDEX places_name ON places(name);

                """)
            #expect(try rowCount(db, "places") == 2)
            #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'places_name'") == 1)
        }
    }

    @Test func executeAcceptsEmptyTextAndComments() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "")
            try db.execute(sql: "   \n ")
            try db.execute(sql: "-- nothing to do")
            try db.execute(sql: ";;")
        }
    }

    @Test func aScriptStopsAtTheFirstFailingStatement() throws {
        try withTemporaryDatabase { db in
            let error = try requireError(SQLiteError.self) {
                try db.execute(sql: """
                    CREATE TABLE t(x UNIQUE);
                    INSERT INTO t VALUES (1);
                    INSERT INTO t VALUES (1);
                    INSERT INTO t VALUES (3);
                    """)
            }
            #expect(error.code == .constraintUnique)
            // The error names the statement that failed, not the whole script.
            #expect(error.sql?.trimmingCharacters(in: .whitespacesAndNewlines) == "INSERT INTO t VALUES (1);")
            // Outside a transaction each statement stands alone: the ones before the failure stay.
            #expect(try column(Int.self, db, "SELECT x FROM t") == [1])
        }
    }

    @Test func makeStatementRefusesSeveralStatements() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)")
            for sql in ["SELECT 1; DROP TABLE t", "SELECT 1;DROP TABLE t;", "SELECT 1; SELECT 2", "SELECT 1; nonsense"] {
                let error = try requireError(SQLiteError.self) { _ = try db.makeStatement(sql: sql) }
                #expect(error.code == .misuse, "\(sql)")
                #expect(error.sql == sql)
                expectError(SQLiteError.self) { _ = try db.cachedStatement(sql: sql) }
                expectError(SQLiteError.self) { try db.execute(sql: sql, arguments: []) }
            }
            #expect(try tableExists(db, "t"))
            #expect(try rowCount(db, "t") == 1)
        }
    }

    @Test func makeStatementAcceptsOneStatementWithTrailingSemicolonsOrComments() throws {
        try withTemporaryDatabase { db in
            for sql in ["SELECT 1", "SELECT 1;", "SELECT 1;  ", "SELECT 1; -- done", "SELECT 1; /* done */", "SELECT 1;;"] {
                let statement = try db.makeStatement(sql: sql)
                #expect(try statement.step(), "\(sql)")
                #expect(try statement.row[0] as Int == 1)
            }
        }
    }

    @Test func makeStatementRefusesEmptyText() throws {
        try withTemporaryDatabase { db in
            for sql in ["", "  ", "-- only a comment"] {
                let error = try requireError(SQLiteError.self) { _ = try db.makeStatement(sql: sql) }
                #expect(error.code == .misuse)
            }
        }
    }

    @Test func aSyntaxErrorFailsAtPrepare() throws {
        try withTemporaryDatabase { db in
            let error = try requireError(SQLiteError.self) { _ = try db.makeStatement(sql: "SELEC 1") }
            #expect(error.code == .error)
            #expect(error.message.contains("syntax error"))
            #expect(error.sql == "SELEC 1")
        }
    }

    @Test func isReadonlyTellsQueriesFromWrites() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x)")
            #expect(try db.makeStatement(sql: "SELECT x FROM t").isReadonly)
            #expect(try db.makeStatement(sql: "WITH c(n) AS (SELECT 1) SELECT n FROM c").isReadonly)
            #expect(try !db.makeStatement(sql: "INSERT INTO t VALUES (1)").isReadonly)
            #expect(try !db.makeStatement(sql: "UPDATE t SET x = 2").isReadonly)
            #expect(try !db.makeStatement(sql: "DELETE FROM t").isReadonly)
            #expect(try !db.makeStatement(sql: "CREATE TABLE u(y)").isReadonly)
        }
    }

    @Test func columnNamesAndCount() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE firms(id INTEGER PRIMARY KEY, name TEXT, country TEXT)")
            let all = try db.makeStatement(sql: "SELECT * FROM firms")
            #expect(all.columnCount == 3)
            #expect(all.columnNames == ["id", "name", "country"])

            let aliased = try db.makeStatement(sql: #"SELECT name AS "Firm", count(*) AS n, 1 + 1 FROM firms"#)
            #expect(aliased.columnCount == 3)
            #expect(aliased.columnNames == ["Firm", "n", "1 + 1"])
            #expect(aliased.columnIndex(named: "firm") == 0)
            #expect(aliased.columnIndex(named: "N") == 1)
            #expect(aliased.columnIndex(named: "missing") == nil)
            #expect(try aliased.step())
            #expect(aliased.row.count == 3)
            #expect(aliased.row.columnNames == ["Firm", "n", "1 + 1"])

            let insert = try db.makeStatement(sql: "INSERT INTO firms(name) VALUES (?)")
            #expect(insert.columnCount == 0)
            #expect(insert.columnNames.isEmpty)
        }
    }

    @Test func aStatementRunsAgainAfterAnError() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(x UNIQUE)")
            let insert = try db.makeStatement(sql: "INSERT INTO t VALUES (?)")
            try insert.execute([1])
            expectError(SQLiteError.self) { try insert.execute([1]) }
            try insert.execute([2])
            #expect(try column(Int.self, db, "SELECT x FROM t ORDER BY x") == [1, 2])
        }
    }
}
