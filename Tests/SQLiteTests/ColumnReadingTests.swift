import Foundation
import Testing
@testable import SQLite

/// Reading columns by index and by name into Swift types, without losing or inventing anything.
@Suite struct ColumnReadingTests {
    /// Runs `sql` with `arguments` and hands its first row to `body`.
    private func firstRow(_ db: Database, _ sql: String, _ arguments: StatementArguments = .none, _ body: (Row) throws -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        let cursor = try statement.rows(arguments)
        let row = try #require(try cursor.next())
        try body(row)
    }

    @Test func readsEveryTypeByIndexAndByName() throws {
        try withTemporaryDatabase { db in
            try firstRow(db, "SELECT 42 AS i, 2.5 AS r, 'text' AS s, x'00ff' AS b, 1 AS yes, 0 AS no, NULL AS n") { row throws in
                #expect(try row[0] as Int == 42)
                #expect(try row["i"] as Int64 == 42)
                #expect(try row[1] as Double == 2.5)
                #expect(try row["r"] as Double == 2.5)
                #expect(try row[2] as String == "text")
                #expect(try row["s"] as String == "text")
                #expect(try row[3] as Data == Data([0x00, 0xFF]))
                #expect(try row["b"] as Data == Data([0x00, 0xFF]))
                #expect(try row[4] as Bool == true)
                #expect(try row["no"] as Bool == false)
                #expect(try row["i"] as Int? == 42)
                #expect(try row["n"] as Int? == nil)
                #expect(try row[6] as String? == nil)
                #expect(try row["n"] as Data? == nil)
                #expect(try row["n"] as Double? == nil)
                #expect(try row["n"] as Bool? == nil)
                #expect(try row[0] as SQLiteValue == .integer(42))
                #expect(try row["n"] as SQLiteValue == .null)
                #expect(try row.values == [42, 2.5, "text", .blob(Data([0x00, 0xFF])), 1, 0, .null])
            }
        }
    }

    @Test func columnNamesAreMatchedCaseInsensitively() throws {
        try withTemporaryDatabase { db in
            try firstRow(db, "SELECT 1 AS Name, 2 AS name2") { row throws in
                #expect(try row["name"] as Int == 1)
                #expect(try row["NAME"] as Int == 1)
                #expect(try row["Name2"] as Int == 2)
            }
        }
    }

    @Test func nullEmptyStringAndEmptyBlobStayApart() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, v)")
            try db.execute(sql: "INSERT INTO t(id, v) VALUES (1, ?), (2, ?), (3, ?)", arguments: [nil as String?, "", Data()])
            let stored = try db.fetchAll(sql: "SELECT typeof(v), v FROM t ORDER BY id") { row in
                (try row[0] as String, try row[1] as SQLiteValue)
            }
            #expect(stored.map(\.0) == ["null", "text", "blob"])
            #expect(stored.map(\.1) == [.null, .text(""), .blob(Data())])

            let strings = try db.fetchAll(sql: "SELECT v FROM t WHERE id IN (1, 2) ORDER BY id") { try $0[0] as String? }
            #expect(strings == [nil, ""])
            let blobs = try db.fetchAll(sql: "SELECT v FROM t WHERE id IN (1, 3) ORDER BY id") { try $0[0] as Data? }
            #expect(blobs == [nil, Data()])
            #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM t WHERE v IS NULL") == 1)
        }
    }

    @Test func extremeIntegersRoundTrip() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER)")
            let values: [Int64] = [.min, .min + 1, -1, 0, 1, Int64(Int32.max) + 1, .max - 1, .max]
            for (id, value) in values.enumerated() {
                try db.execute(sql: "INSERT INTO t(id, v) VALUES (?, ?)", arguments: [id, value])
            }
            #expect(try column(Int64.self, db, "SELECT v FROM t ORDER BY id") == values)
            let asInt = values.map(Int.init)
            #expect(try column(Int.self, db, "SELECT v FROM t ORDER BY id") == asInt)
            #expect(try Set(column(String.self, db, "SELECT typeof(v) FROM t")) == ["integer"])
            #expect(try db.fetchOne(Int64.self, sql: "SELECT ?", arguments: [Int.min]) == Int64.min)
        }
    }

    @Test func doublesRoundTripExactly() throws {
        try withTemporaryDatabase { db throws in
            let values: [Double] = [.pi, -0.1, 1e308, -1e-308, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.1 + 0.2]
            for value in values {
                #expect(try db.fetchOne(Double.self, sql: "SELECT ?", arguments: [value]) == value)
            }
            #expect(try db.fetchOne(Double.self, sql: "SELECT 3") == 3.0)
        }
    }

    @Test func unicodeTextRoundTripsByteForByte() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, name TEXT)")
            let texts = [
                "کراچی",  // Urdu, right to left
                "焦作创新重工",  // Chinese
                "🪨⛏️👩🏽‍🔬🇵🇰",  // emoji, with variation selector, skin tone, ZWJ and a flag
                "e\u{301}",  // e + combining acute accent (decomposed)
                "\u{E9}",  // é precomposed: canonically equal in Swift, different bytes
                "a\u{0}b",  // an embedded NUL
                "Pak–China “Mineral” Forum",
            ]
            for (id, text) in texts.enumerated() {
                try db.execute(sql: "INSERT INTO t(id, name) VALUES (?, ?)", arguments: [id, text])
            }
            let read = try db.fetchAll(sql: "SELECT name, hex(name) FROM t ORDER BY id") { row in
                (try row[0] as String, try row[1] as String)
            }
            #expect(read.count == texts.count)
            for (original, (text, hex)) in zip(texts, read) {
                // Compare bytes: Swift's == would call the two forms of "é" equal.
                #expect(Array(text.utf8) == Array(original.utf8), "\(original)")
                let expectedHex = original.utf8.map { String(format: "%02X", $0) }.joined()
                #expect(hex == expectedHex, "\(original)")
            }
            // SQLite compares bytes too: the decomposed form does not match the precomposed one.
            #expect(try db.fetchOne(Int.self, sql: "SELECT id FROM t WHERE name = ?", arguments: ["\u{E9}"]) == 4)
            #expect(try db.fetchOne(Int.self, sql: "SELECT id FROM t WHERE name = ?", arguments: ["کراچی"]) == 0)
            #expect(try db.fetchOne(SQLiteValue.self, sql: "SELECT name FROM t WHERE id = 1") == .text("焦作创新重工"))
        }
    }

    @Test func blobsWithZeroBytesRoundTrip() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE t(id INTEGER PRIMARY KEY, b BLOB)")
            let blobs = [Data([0]), Data([0, 0, 1, 0, 255, 0]), Data((0..<1000).map { UInt8($0 % 7) }), Data()]
            for (id, blob) in blobs.enumerated() {
                try db.execute(sql: "INSERT INTO t(id, b) VALUES (?, ?)", arguments: [id, blob])
            }
            let byName = try db.fetchAll(sql: "SELECT b FROM t ORDER BY id") { try $0["b"] as Data }
            #expect(byName == blobs)
            #expect(try column(Int.self, db, "SELECT length(b) FROM t ORDER BY id") == blobs.map(\.count))
            #expect(try db.fetchOne(SQLiteValue.self, sql: "SELECT b FROM t WHERE id = 1") == .blob(Data([0, 0, 1, 0, 255, 0])))
        }
    }

    @Test func nullIntoANonOptionalThrowsAMismatch() throws {
        try withTemporaryDatabase { db in
            try firstRow(db, "SELECT NULL AS missing") { row in
                let error = try requireError(SQLiteError.self) { _ = try row[0] as Int }
                #expect(error.code == .mismatch)
                #expect(error.message.contains("missing"))
                #expect(error.message.contains("NULL"))
                expectError(SQLiteError.self) { _ = try row[0] as Int64 }
                expectError(SQLiteError.self) { _ = try row[0] as Double }
                expectError(SQLiteError.self) { _ = try row["missing"] as String }
                expectError(SQLiteError.self) { _ = try row[0] as Data }
                expectError(SQLiteError.self) { _ = try row[0] as Bool }
            }
        }
    }

    @Test func textIntoANumberThrowsAMismatch() throws {
        try withTemporaryDatabase { db in
            try firstRow(db, "SELECT 'abc', '12', 1.5, x'01', 2.0") { row in
                for index in 0...3 {
                    let error = try requireError(SQLiteError.self) { _ = try row[index] as Int }
                    #expect(error.code == .mismatch, "column \(index)")
                }
                expectError(SQLiteError.self) { _ = try row[0] as Double }
                expectError(SQLiteError.self) { _ = try row[1] as Int? }
                expectError(SQLiteError.self) { _ = try row[3] as String }
                // Exact conversions are allowed: a whole real into Int, a number into String.
                #expect(try row[4] as Int == 2)
                #expect(try row[2] as String == "1.5")
            }
        }
    }

    @Test func aWrongColumnIndexOrNameThrows() throws {
        try withTemporaryDatabase { db in
            try firstRow(db, "SELECT 1 AS a") { row in
                expectError(SQLiteError.self) { _ = try row[1] as Int }
                expectError(SQLiteError.self) { _ = try row[-1] as Int }
                let error = try requireError(SQLiteError.self) { _ = try row["b"] as Int }
                #expect(error.code == .range)
                #expect(error.message.contains("b"))
            }
        }
    }

    @Test func fetchOneReturnsNilForNoRowOrNull() throws {
        try withTemporaryDatabase { db throws in
            #expect(try db.fetchOne(Int.self, sql: "SELECT 1 WHERE 0") == nil)
            #expect(try db.fetchOne(Int.self, sql: "SELECT NULL") == nil)
            #expect(try db.fetchOne(String.self, sql: "SELECT ''") == "")
        }
    }
}
