import Foundation
import Testing
@testable import SQLite

/// Reading text and blobs as bytes lent from SQLite's buffer, without making a String.
@Suite struct BorrowedReadTests {
    @Test func textIsLentAsItsStoredUTF8() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT 'Karachi', 'کراچی', 42, 2.5, NULL, x'00FF', CAST(x'C328' AS TEXT)")
            #expect(try statement.step())
            let row = statement.row
            #expect(try row.withUTF8(at: 0) { Array($0) } == Array("Karachi".utf8))
            #expect(try row.withUTF8(at: 1) { Array($0) } == Array("کراچی".utf8))
            // Numbers read as text the way SQLite prints them, as the String read does.
            #expect(try row.withUTF8(at: 2) { Array($0) } == Array("42".utf8))
            #expect(try row.withUTF8(at: 3) { Array($0) } == Array("2.5".utf8))
            // Invalid UTF-8 is lent as stored; the String read repairs it.
            #expect(try row.withUTF8(at: 6) { Array($0) } == [0xC3, 0x28])
            #expect(try row[6] as String == "\u{FFFD}(")
            for index in [4, 5] {
                let error = try requireError(SQLiteError.self) { try row.withUTF8(at: index) { $0.count } }
                #expect(error.code == .mismatch)
            }
            expectError(SQLiteError.self) { try row.withUTF8(at: 7) { $0.count } }
        }
    }

    @Test func everyStorageClassIsLentAsItIs() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT 'Sindh', 42, 2.5, NULL, x'00FF', ''")
            #expect(try statement.step())
            let row = statement.row
            #expect(try row.withBorrowedValue(at: 0) { $0.isText("Sindh") })
            #expect(try row.withBorrowedValue(at: 0) { !$0.isText("sindh") })
            #expect(try row.withBorrowedValue(at: 1) { $0 == .integer(42) })
            #expect(try row.withBorrowedValue(at: 2) { $0 == .real(2.5) })
            #expect(try row.withBorrowedValue(at: 3) { $0 == .null })
            #expect(try row.withBorrowedValue(at: 4) { value -> Bool in
                guard case .blob(let bytes) = value else { return false }
                return Array(bytes) == [0x00, 0xFF]
            })
            #expect(try row.withBorrowedValue(at: 5) { $0.isText("") })
            // The owned forms agree with the checked reads.
            #expect(try (0..<6).map { index in try row.withBorrowedValue(at: index) { $0.owned } } == (try row.values))
        }
    }

    @Test func equalityAndHashingGoByBytes() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT 'copper', 'cop' || 'per', 'gold', CAST('copper' AS BLOB)")
            #expect(try statement.step())
            let row = statement.row
            let (same, hashesMatch, differs, textIsNotBlob) = try row.withBorrowedValue(at: 0) { a in
                try row.withBorrowedValue(at: 1) { b in
                    try row.withBorrowedValue(at: 2) { c in
                        try row.withBorrowedValue(at: 3) { d in (a == b, a.hashValue == b.hashValue, a != c, a != d) }
                    }
                }
            }
            #expect(same && hashesMatch && differs && textIsNotBlob)
        }
    }

    @Test func aLentValueOfAStaleRowIsRefused() throws {
        try withTemporaryDatabase { db in
            let statement = try db.makeStatement(sql: "SELECT 'a' UNION ALL SELECT 'b'")
            #expect(try statement.step())
            let first = statement.row
            #expect(try statement.step())
            let error = try requireError(SQLiteError.self) { try first.withUTF8(at: 0) { $0.count } }
            #expect(error.code == .misuse)
        }
    }
}
