import Foundation
import Testing
@testable import SQLite

/// Errors carry the primary and extended result code, SQLite's message and the SQL.
@Suite struct ErrorTests {
    private let schema = """
        CREATE TABLE parent(id INTEGER PRIMARY KEY);
        CREATE TABLE t(
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            year INTEGER CHECK (year > 1800),
            parent_id INTEGER REFERENCES parent(id)
        );
        CREATE TABLE keyed(code TEXT PRIMARY KEY);
        INSERT INTO parent(id) VALUES (1);
        INSERT INTO t(id, name, year) VALUES (1, 'Karachi', 1900);
        INSERT INTO keyed VALUES ('PK');
        """

    @Test(arguments: [
        ("INSERT INTO t(name) VALUES ('Karachi')", ResultCode.constraintUnique, 2067, "UNIQUE constraint failed: t.name"),
        ("INSERT INTO t(name, parent_id) VALUES ('Sindh', 99)", .constraintForeignKey, 787, "FOREIGN KEY constraint failed"),
        ("INSERT INTO t(name) VALUES (NULL)", .constraintNotNull, 1299, "NOT NULL constraint failed: t.name"),
        ("INSERT INTO t(name, year) VALUES ('Lahore', 1200)", .constraintCheck, 275, "CHECK constraint failed"),
        ("INSERT INTO keyed VALUES ('PK')", .constraintPrimaryKey, 1555, "UNIQUE constraint failed: keyed.code"),
    ])
    func constraintErrorsCarryTheExtendedCode(sql: String, code: ResultCode, rawCode: Int32, message: String) throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            // Through a script and through a prepared statement: the same error either way.
            let fromScript = try requireError(SQLiteError.self) { try db.execute(sql: sql) }
            let fromStatement = try requireError(SQLiteError.self) { try db.execute(sql: sql, arguments: []) }
            for error in [fromScript, fromStatement] {
                #expect(error.code == code)
                #expect(error.code.rawValue == rawCode)
                #expect(error.code.primary == .constraint)
                #expect(error.isConstraintViolation)
                #expect(!error.isBusy && !error.isReadOnly && !error.isInterrupted)
                #expect(error.message.contains(message), "\(error.message)")
                #expect(error.sql == sql)
            }
            #expect(fromScript == fromStatement)
        }
    }

    @Test func theDescriptionHoldsCodeMessageAndSQL() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            let error = try requireError(SQLiteError.self) {
                try db.execute(sql: "INSERT INTO t(name) VALUES (?)", arguments: ["Karachi"])
            }
            #expect(error.description.contains("2067"))
            #expect(error.description.contains("UNIQUE constraint failed: t.name"))
            #expect(error.description.contains("INSERT INTO t(name) VALUES (?)"))
            // Bound values are not part of the message (they may be private).
            #expect(!error.description.contains("Karachi"))
        }
    }

    @Test func busyReadOnlyAndConstraintAreTellApart() throws {
        try withTemporaryDatabasePath { path in
            let writer = try Database(path: path)
            try writer.execute(sql: "CREATE TABLE t(x UNIQUE); INSERT INTO t VALUES (1)")

            let constraint = try requireError(SQLiteError.self) { try writer.execute(sql: "INSERT INTO t VALUES (1)") }

            let reader = try Database(path: path, mode: .readOnly)
            let readOnly = try requireError(SQLiteError.self) { try reader.execute(sql: "INSERT INTO t VALUES (2)") }

            try writer.execute(sql: "BEGIN IMMEDIATE")
            let blocked = try Database(path: path, busyTimeout: 0)
            let busy = try requireError(SQLiteError.self) { try blocked.execute(sql: "INSERT INTO t VALUES (3)") }
            try writer.execute(sql: "ROLLBACK")

            #expect(constraint.isConstraintViolation && !constraint.isBusy && !constraint.isReadOnly)
            #expect(readOnly.isReadOnly && !readOnly.isBusy && !readOnly.isConstraintViolation)
            #expect(busy.isBusy && !busy.isReadOnly && !busy.isConstraintViolation)
            #expect(busy.code.primary == .busy)
            #expect(readOnly.code.primary == .readOnly)

            // Callers can also match a class of error by its primary code.
            for (error, expected) in [(constraint, "constraint"), (readOnly, "read-only"), (busy, "busy")] {
                let kind: String
                switch error.code.primary {
                case .constraint: kind = "constraint"
                case .readOnly: kind = "read-only"
                case .busy: kind = "busy"
                default: kind = "other"
                }
                #expect(kind == expected)
            }
        }
    }

    @Test func syntaxAndMissingTableErrorsCarrySQLitesMessage() throws {
        try withTemporaryDatabase { db in
            let missing = try requireError(SQLiteError.self) { try db.execute(sql: "SELECT * FROM nowhere", arguments: []) }
            #expect(missing.code == .error)
            #expect(missing.message == "no such table: nowhere")
            #expect(missing.sql == "SELECT * FROM nowhere")

            let syntax = try requireError(SQLiteError.self) { try db.execute(sql: "CREATE TABLE (") }
            #expect(syntax.code.primary == .error)
            #expect(syntax.message.contains("syntax error"))
        }
    }

    @Test func anErrorDoesNotLeakIntoTheNextStatement() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO t(name) VALUES ('Karachi')", arguments: []) }
            try db.execute(sql: "INSERT INTO t(name) VALUES ('Quetta')", arguments: [])
            // A later, different failure reports its own code, not the previous one.
            let error = try requireError(SQLiteError.self) { try db.execute(sql: "INSERT INTO t(name) VALUES (NULL)", arguments: []) }
            #expect(error.code == .constraintNotNull)
        }
    }

    @Test func misuseThrowsInsteadOfCrashing() throws {
        try withTemporaryDatabase { db in
            expectError(SQLiteError.self) { _ = try db.makeStatement(sql: "") }
            expectError(SQLiteError.self) { try db.execute(sql: "SELECT ?", arguments: [1, 2]) }
            expectError(SQLiteError.self) { try db.makeStatement(sql: "SELECT ?").bind(1, at: 9) }
            expectError(SQLiteError.self) { try db.transaction { try db.transaction { } } }
        }
    }

    @Test func extendedCodesKeepTheirPrimaryClass() {
        #expect(ResultCode.constraintUnique.primary == .constraint)
        #expect(ResultCode.constraintForeignKey.primary == .constraint)
        #expect(ResultCode.constraintNotNull.primary == .constraint)
        #expect(ResultCode.readOnlyDatabaseMoved.primary == .readOnly)
        #expect(ResultCode.busySnapshot.primary == .busy)
        #expect(ResultCode.busy.primary == .busy)
    }
}
