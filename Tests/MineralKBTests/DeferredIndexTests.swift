import Foundation
import SQLite
import Testing
@_spi(Tools) @testable import MineralKB

/// A bulk import drops the triggers that keep the full-text indexes of quotes and names, fills both
/// indexes at the end and creates the triggers again: afterwards the base is as if every row had gone
/// through its trigger, and a failed or dry import leaves the triggers as they were.
@Suite struct DeferredIndexTests {
    /// More names and quotes than the importer writes before it defers their indexes.
    static func bulkDocument(title: String, firms: Int, quotes: Int) throws -> ImportInput {
        let document: [String: Any] = [
            "source": ["title": title],
            "organisations": (0..<firms).map { ["name": "Bulk Firm \(title) \($0)", "aliases": ["BF \(title) \($0)"]] },
            "people": ["Bulk Speaker"],
            "quotes": (0..<quotes).map { ["text": "Bulk quote \($0) of \(title) about lithium", "speaker": "Bulk Speaker"] },
        ]
        return ImportInput(name: "\(title).json", data: try JSONSerialization.data(withJSONObject: document))
    }

    static func triggers(_ kb: KnowledgeBase) throws -> [String] {
        try kb.database.fetchAll(sql: "SELECT name || ':' || sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name") { row -> String in try row[0] }
    }

    @Test func aBulkImportLeavesBothIndexesCompleteAndTheTriggersBack() throws {
        let kb = try KnowledgeBase.inMemory()
        let triggers = try DeferredIndexTests.triggers(kb)
        let count = DeferredIndex.rowsBeforeDeferring * 2
        try kb.importDocuments([try DeferredIndexTests.bulkDocument(title: "one", firms: count, quotes: count)])
        #expect(try DeferredIndexTests.triggers(kb) == triggers)
        let db = kb.database
        // Every alias has its row in name_search and both full-text indexes match their tables.
        #expect(try db.fetchOne(Int.self, sql: """
            SELECT count(*) FROM aliases AS a LEFT JOIN name_search AS n ON n.normalised = a.normalised AND n.entity_id = a.entity_id
            WHERE n.id IS NULL
            """) == 0)
        #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM aliases") == db.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search"))
        try db.execute(sql: "INSERT INTO name_search_fts(name_search_fts) VALUES ('integrity-check')")
        try db.execute(sql: "INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
        #expect(try kb.check().isEmpty)
        // The names written after the trigger was dropped are found, misspelt too, and so are the quotes.
        let last = count - 1
        #expect(try kb.search("Bulk Firm one \(last)").first?.entity.name == "Bulk Firm one \(last)")
        #expect(try kb.search("BF one \(last)").first?.entity.name == "Bulk Firm one \(last)")
        #expect(try kb.quotes(matching: QuoteFilter(search: "lithium")).count == min(count, 50))
        // Any other writer still goes through the triggers.
        let firm = try kb.entity(named: "Bulk Firm one \(last)")
        try db.execute(sql: "INSERT INTO aliases(normalised, entity_id, alias) VALUES ('late name', ?, 'Late Name')", arguments: [firm.id])
        #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search_fts WHERE name_search_fts MATCH 'late name'") == 1)
        // A second bulk import, into a base that has both indexes already, completes them again.
        try kb.importDocuments([try DeferredIndexTests.bulkDocument(title: "two", firms: count, quotes: count)])
        #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM aliases") == db.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search"))
        try db.execute(sql: "INSERT INTO name_search_fts(name_search_fts) VALUES ('integrity-check')")
        #expect(try kb.check().isEmpty)
        #expect(try DeferredIndexTests.triggers(kb) == triggers)
    }

    @Test func aFailedOrDryImportLeavesTheTriggersAndIndexesAsTheyWere() throws {
        let kb = try KnowledgeBase.inMemory()
        let triggers = try DeferredIndexTests.triggers(kb)
        let names = try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search")
        let count = DeferredIndex.rowsBeforeDeferring * 2
        let bad = ImportInput(name: "bad.json", data: Data(#"{"source": {"title": "Bad"}, "links": [{"from": "Nobody", "relation": "owns", "to": "Nothing"}]}"#.utf8))
        #expect(throws: ImportError.self) {
            try kb.importDocuments([try DeferredIndexTests.bulkDocument(title: "one", firms: count, quotes: count), bad])
        }
        #expect(try DeferredIndexTests.triggers(kb) == triggers)
        #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search") == names)
        let summary = try kb.importDocuments([try DeferredIndexTests.bulkDocument(title: "one", firms: count, quotes: count)], dryRun: true)
        #expect(summary.rowsAdded["aliases"] == count * 2 + 1)
        #expect(try DeferredIndexTests.triggers(kb) == triggers)
        #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search") == names)
        #expect(try kb.check().isEmpty)
    }
}
