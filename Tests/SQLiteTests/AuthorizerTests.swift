import Foundation
import Testing
@testable import SQLite

/// The authorizer hook: approving, denying or ignoring each action as statements are prepared.
@Suite struct AuthorizerTests {
    private let schema = """
        CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, phone TEXT);
        INSERT INTO people(name, phone) VALUES ('Ayesha', '+92 21 555');
        """

    @Test func denyingInsertMakesPreparingFail() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            db.setAuthorizer { $0.kind == .insert ? .deny : .allow }
            let error = try requireError(SQLiteError.self) {
                _ = try db.makeStatement(sql: "INSERT INTO people(name) VALUES ('Bilal')")
            }
            #expect(error.code == .authorization)
            #expect(error.isAuthorizationDenied)
            #expect(error.sql == "INSERT INTO people(name) VALUES ('Bilal')")
            expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO people(name) VALUES ('Bilal')") }
            expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO people(name) VALUES (?)", arguments: ["Bilal"]) }
            // Other actions still run.
            #expect(try rowCount(db, "people") == 1)
            try db.execute(sql: "UPDATE people SET name = 'Ayesha K.'")
        }
    }

    @Test func statementsCachedBeforeTheAuthorizerAreNotExempt() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            let sql = "INSERT INTO people(name) VALUES (?)"
            try db.execute(sql: sql, arguments: ["cached"])
            db.setAuthorizer { $0.kind == .insert ? .deny : .allow }
            let error = try requireError(SQLiteError.self) { try db.execute(sql: sql, arguments: ["refused"]) }
            #expect(error.isAuthorizationDenied)
            #expect(try rowCount(db, "people") == 2)
        }
    }

    @Test func ignoringAColumnReadGivesNull() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            db.setAuthorizer { action in
                action.kind == .read && action.firstArgument == "people" && action.secondArgument == "phone" ? .ignore : .allow
            }
            let row = try db.fetchAll(sql: "SELECT name, phone FROM people") { row in
                (try row["name"] as String, try row["phone"] as String?)
            }
            #expect(row.map(\.0) == ["Ayesha"])
            #expect(row.map(\.1) == [nil])
        }
    }

    @Test func removingTheAuthorizerRestoresNormalBehaviour() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            db.setAuthorizer { action in
                switch action.kind {
                case .insert: return .deny
                case .read where action.secondArgument == "phone": return .ignore
                default: return .allow
                }
            }
            #expect(try db.fetchOne(String.self, sql: "SELECT phone FROM people") == nil)
            expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO people(name) VALUES ('x')") }

            db.setAuthorizer(nil)
            #expect(try db.fetchOne(String.self, sql: "SELECT phone FROM people") == "+92 21 555")
            try db.execute(sql: "INSERT INTO people(name) VALUES ('x')")
            #expect(try rowCount(db, "people") == 2)
        }
    }

    @Test func theAuthorizerIsToldWhatEachStatementDoes() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            final class Log { var actions: [AuthorizerAction] = [] }
            let log = Log()
            db.setAuthorizer { action in
                log.actions.append(action)
                return .allow
            }
            _ = try db.makeStatement(sql: "SELECT name FROM people")
            let read = log.actions.first { $0.kind == .read }
            #expect(read?.firstArgument == "people")
            #expect(read?.secondArgument == "name")
            #expect(read?.database == "main")
            let kinds = log.actions.map(\.kind)
            #expect(kinds.contains(.select))

            log.actions.removeAll()
            _ = try db.makeStatement(sql: "PRAGMA user_version = 3")
            let pragma = log.actions.first { $0.kind == .pragma }
            #expect(pragma?.firstArgument == "user_version")
            #expect(pragma?.secondArgument == "3")
        }
    }

    @Test func aReadOnlyQueryRunnerRefusesEverythingButReading() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: schema)
            let allowed: Set<AuthorizerAction.Kind> = [.select, .read, .function, .recursive]
            db.setAuthorizer { allowed.contains($0.kind) ? .allow : .deny }
            #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM people WHERE upper(name) LIKE 'A%'") == 1)
            for sql in ["DROP TABLE people", "DELETE FROM people", "PRAGMA foreign_keys = OFF",
                        "ATTACH DATABASE ':memory:' AS other", "CREATE TABLE x(y)", "BEGIN"] {
                let error = try requireError(SQLiteError.self) { try db.execute(sql: sql) }
                #expect(error.isAuthorizationDenied, "\(sql)")
            }
            db.setAuthorizer(nil)
            #expect(try tableExists(db, "people"))
            #expect(try rowCount(db, "people") == 1)
        }
    }
}
