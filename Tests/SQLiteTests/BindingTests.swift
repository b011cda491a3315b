import Foundation
import Testing
@testable import SQLite

/// Binding parameters by position and by name, and refusing wrong bindings with an error.
@Suite struct BindingTests {
    @Test func bindsByPosition() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(a, b, c)")
            let insert = try db.makeStatement(sql: "INSERT INTO t(a, b, c) VALUES (?, ?, ?)")
            #expect(insert.parameterCount == 3)
            try insert.bind(1, at: 1)
            try insert.bind("two", at: 2)
            try insert.bind(3.5, at: 3)
            try insert.execute()
            try insert.execute([4, "five", nil])

            let rows = try db.fetchAll(sql: "SELECT a, b, c FROM t ORDER BY rowid") { row in
                [try row[0] as SQLiteValue, try row[1] as SQLiteValue, try row[2] as SQLiteValue]
            }
            #expect(rows == [[1, "two", 3.5], [4, "five", .null]])
        }
    }

    @Test func bindsNumberedParameters() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT ?2, ?1, ?2")
            #expect(statement.parameterCount == 2)
            let cursor = try statement.rows(["first", "second"])
            let row = try #require(try cursor.next())
            #expect(try row.values == ["second", "first", "second"])
        }
    }

    @Test(arguments: [":", "@", "$"])
    func bindsByNameWithOrWithoutThePrefix(prefix: String) throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT \(prefix)a, \(prefix)b")
            #expect(statement.parameterIndex(named: "a") == 1)
            #expect(statement.parameterIndex(named: prefix + "b") == 2)
            #expect(statement.parameterIndex(named: "c") == nil)

            try statement.bind("with prefix", named: prefix + "a")
            try statement.bind("without prefix", named: "b")
            #expect(try statement.step())
            #expect(try statement.row.values == ["with prefix", "without prefix"])

            let cursor = try statement.rows(["a": 1, prefix + "b": 2])
            #expect(try cursor.next()?.values == [1, 2])
            #expect(try cursor.next() == nil)
        }
    }

    @Test func namedArgumentsThroughTheDatabase() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(name TEXT, founded INTEGER)")
            try db.execute(sql: "INSERT INTO t VALUES (:name, @founded)", arguments: ["name": "Lucky Cement", "founded": 1993])
            try db.execute(sql: "INSERT INTO t VALUES (:name, @founded)", arguments: ["name": "Fauji", "@founded": nil as Int?])
            let rows = try db.fetchAll(sql: "SELECT name, founded FROM t ORDER BY rowid") { row in
                (try row["name"] as String, try row["founded"] as Int?)
            }
            #expect(rows.map(\.0) == ["Lucky Cement", "Fauji"])
            #expect(rows.map(\.1) == [1993, nil])
        }
    }

    @Test func everyBindableTypeIsStoredInItsStorageClass() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT typeof(?), ?")
            let cases: [(any SQLiteBindable, String, SQLiteValue)] = [
                (42, "integer", 42),
                (Int64(-7), "integer", -7),
                (Int32(5), "integer", 5),
                (true, "integer", 1),
                (false, "integer", 0),
                (2.5, "real", 2.5),
                ("text", "text", "text"),
                ("sub-string".dropFirst(4), "text", "string"),
                ("", "text", ""),
                (Data([1, 0, 2]), "blob", .blob(Data([1, 0, 2]))),
                (Data(), "blob", .blob(Data())),
                (nil as String?, "null", .null),
                ("optional" as String?, "text", "optional"),
                (SQLiteValue.real(-0.5), "real", -0.5),
                (SQLiteValue.null, "null", .null),
            ]
            for (value, type, stored) in cases {
                let cursor = try statement.rows([value, value])
                let row = try #require(try cursor.next())
                #expect(try row[0] as String == type, "\(value)")
                #expect(try row[1] as SQLiteValue == stored, "\(value)")
            }
        }
    }

    @Test func rebindingReplacesEveryPreviousValue() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT :a, :b")
            var cursor = try statement.rows(["a": 1, "b": 2])
            #expect(try cursor.next()?.values == [1, 2])
            // A named list that leaves out :b binds it as NULL, not as the previous run's 2.
            cursor = try statement.rows(["a": 3])
            #expect(try cursor.next()?.values == [3, .null])
        }
    }

    @Test func aWrongIndexThrowsARangeError() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT ?, ?")
            for index in [0, 3, -1, Int.max, Int.min] {
                let error = try requireError(SQLiteError.self) { try statement.bind(1, at: index) }
                #expect(error.code == .range, "index \(index)")
                #expect(error.sql == "SELECT ?, ?")
            }
            // A statement without parameters refuses any index.
            let none = try db.makeStatement(sql: "SELECT 1")
            expectError(SQLiteError.self) { try none.bind("x", at: 1) }
        }
    }

    @Test func anUnknownNameThrowsARangeError() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT :a")
            let error = try requireError(SQLiteError.self) { try statement.bind(1, named: "b") }
            #expect(error.code == .range)
            #expect(error.message.contains("b"))
            expectError(SQLiteError.self) { try statement.bind(["a": 1, "nope": 2]) }
            expectError(SQLiteError.self) {
                try db.execute(sql: "SELECT :a", arguments: ["zzz": 1])
            }
        }
    }

    @Test func aWrongNumberOfPositionalArgumentsThrows() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(a, b)")
            let sql = "INSERT INTO t VALUES (?, ?)"
            for arguments: StatementArguments in [[1], [1, 2, 3], []] {
                let error = try requireError(SQLiteError.self) { try db.execute(sql: sql, arguments: arguments) }
                #expect(error.code == .range)
                #expect(error.sql == sql)
            }
            #expect(try rowCount(db, "t") == 0)
            try db.execute(sql: sql, arguments: [1, 2])
            #expect(try rowCount(db, "t") == 1)
        }
    }

    @Test func boundTextIsCopiedNotBorrowed() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT ?")
            do {
                // A string built at run time (heap storage) that goes away before the step.
                let text = String(repeating: "کراچی-", count: 50)
                try statement.bind(text, at: 1)
            }
            _ = String(repeating: "x", count: 400)  // reuse the freed memory, if any
            #expect(try statement.step())
            #expect(try statement.row[0] as String == String(repeating: "کراچی-", count: 50))
        }
    }
}
