import Foundation
import Testing
@testable import SQLite

/// Scalar SQL functions implemented in Swift.
@Suite struct FunctionTests {
    @Test func aSwiftFunctionIsCallableFromSQL() throws {
        try withTemporaryDatabase { db in
            try db.createFunction("double_it", argumentCount: 1) { arguments in
                guard case .integer(let value) = arguments[0] else { return .null }
                return .integer(value * 2)
            }
            #expect(try db.fetchOne(Int.self, sql: "SELECT double_it(21)") == 42)
            try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1), (2), (3)")
            #expect(try column(Int.self, db, "SELECT x FROM t WHERE double_it(x) > 3 ORDER BY x") == [2, 3])
            #expect(try rowValues(db, "SELECT double_it('text')") == [[.null]])
        }
    }

    @Test func argumentsArriveExactly() throws {
        try withTemporaryDatabase { db in
            final class Received { var values: [SQLiteValue] = [] }
            let received = Received()
            try db.createFunction("capture", argumentCount: -1, isDeterministic: false) { arguments in
                received.values = arguments
                return .integer(Int64(arguments.count))
            }
            let arguments: [SQLiteValue] = [.null, .integer(.min), .real(-2.5), .text("کراچی 焦作 🪨 a\u{0}b"), .blob(Data([0, 1, 0])), .text(""), .blob(Data())]
            let count = try db.fetchOne(Int.self, sql: "SELECT capture(?, ?, ?, ?, ?, ?, ?)", arguments: .positional(arguments))
            #expect(count == 7)
            #expect(received.values == arguments)
            #expect(try db.fetchOne(Int.self, sql: "SELECT capture()") == 0)
        }
    }

    @Test func resultsComeBackExactly() throws {
        try withTemporaryDatabase { db in
            let results: [SQLiteValue] = [.null, .integer(.max), .real(0.1), .text("焦作 e\u{301} 👩🏽‍🔬"), .text("a\u{0}b"), .text(""), .blob(Data([0, 0, 7])), .blob(Data())]
            try db.createFunction("result_at", argumentCount: 1) { arguments in
                guard case .integer(let index) = arguments[0] else { throw TestError.boom }
                return results[Int(index)]
            }
            for (index, expected) in results.enumerated() {
                let value = try db.fetchOne(SQLiteValue.self, sql: "SELECT result_at(?)", arguments: [index]) ?? .null
                #expect(value == expected, "result \(index)")
                if case .text(let text) = value, case .text(let original) = expected {
                    #expect(Array(text.utf8) == Array(original.utf8))
                }
            }
            #expect(try rowValues(db, "SELECT typeof(result_at(5)), typeof(result_at(7))") == [["text", "blob"]])
        }
    }

    @Test func aThrowingFunctionBecomesAnSQLError() throws {
        try withTemporaryDatabase { db in
            struct Refusal: Error, CustomStringConvertible {
                var description: String { "no mineral called unobtainium" }
            }
            try db.createFunction("lookup", argumentCount: 1) { _ in throw Refusal() }
            let error = try requireError(SQLiteError.self) { _ = try db.fetchOne(String.self, sql: "SELECT lookup('unobtainium')") }
            #expect(error.code.primary == .error)
            #expect(error.message.contains("no mineral called unobtainium"))
            #expect(error.sql == "SELECT lookup('unobtainium')")
            #expect(try db.fetchOne(Int.self, sql: "SELECT 1") == 1)
        }
    }

    @Test func theArgumentCountIsChecked() throws {
        try withTemporaryDatabase { db in
            try db.createFunction("one", argumentCount: 1) { $0[0] }
            let error = try requireError(SQLiteError.self) { _ = try db.fetchOne(Int.self, sql: "SELECT one(1, 2)") }
            #expect(error.message.contains("wrong number of arguments"))
        }
    }

    @Test func registeringAgainReplacesTheFunction() throws {
        try withTemporaryDatabase { db in
            try db.createFunction("version_tag", argumentCount: 0) { _ in "first" }
            #expect(try db.fetchOne(String.self, sql: "SELECT version_tag()") == "first")
            try db.createFunction("version_tag", argumentCount: 0) { _ in "second" }
            #expect(try db.fetchOne(String.self, sql: "SELECT version_tag()") == "second")
        }
    }

    @Test func anInvalidRegistrationThrows() throws {
        try withTemporaryDatabase { db in
            let error = try requireError(SQLiteError.self) {
                try db.createFunction("too_many", argumentCount: 1000) { _ in .null }
            }
            #expect(error.code.primary == .misuse || error.code.primary == .error)
        }
    }
}
