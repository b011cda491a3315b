import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

/// Identifiers are the one thing put into SQL text; `SQLIdentifier.quoted` is the one function that does it.
@Suite struct SQLIdentifierTests {
    static let awkwardNames = ["plain", "with space", "a\"b", "\"quoted\"", "x\"; DROP TABLE quotes; --", "Ünïcode 名前", "select", "'single'"]

    @Test(arguments: awkwardNames)
    func quotedNamesRoundTripThroughSQLite(name: String) throws {
        let kb = try KnowledgeBase.inMemory()
        let table = SQLIdentifier.quoted(name)
        try kb.database.execute(sql: "CREATE TABLE \(table) (\(SQLIdentifier.quoted(name + " column")) TEXT)")
        try kb.database.execute(sql: "INSERT INTO \(table) VALUES (?)", arguments: ["value"])
        #expect(try kb.database.fetchOne(String.self, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name = ?", arguments: [name]) == name)
        #expect(try kb.database.fetchOne(String.self, sql: "SELECT * FROM \(table)") == "value")
        // The library's own catalog and counts, which quote what they read from the schema, see it too.
        let counts = try kb.tableCounts()
        #expect(counts.contains { $0.table == name && $0.rows == 1 })
        #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM quotes") == 0)  // the injection did nothing
    }

    @Test func quotingDoublesEmbeddedQuotes() {
        #expect(SQLIdentifier.quoted("quotes") == "\"quotes\"")
        #expect(SQLIdentifier.quoted("a\"b") == "\"a\"\"b\"")
        #expect(SQLIdentifier.quoted("") == "\"\"")
    }
}
