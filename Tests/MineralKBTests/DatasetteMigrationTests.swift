import Foundation
import SQLite
import TestSupport
import Testing
@_spi(Tools) @testable import MineralKB

/// The migration for Datasette and sqlite-utils: the quotes' index is rebuilt under the spelling the
/// tools look for, sources' label becomes `name`, and a base written before keeps every row.
@Suite struct DatasetteMigrationTests {
    @Test func migrationKeepsQuotesSearchableAndSourcesLabelled() throws {
        let directory = try TemporaryDirectory(prefix: "mkb-datasette")
        defer { withExtendedLifetime(directory) {} }   // a local lives only to its last use otherwise
        let path = directory.path("kb.sqlite")
        let all = try Schema.migrator().migrations
        // Found by name: its number is the next free one when it lands.
        let version = try #require(all.first { $0.name == "datasette_and_sqlite_utils" }?.version)
        do {
            let database = try Database(path: path)
            // The reference data's migrations fold names with the base's own function.
            try database.createFunction("mkb_normalise", argumentCount: 1) { arguments in
                guard case .text(let name)? = arguments.first else { return .null }
                return .text(NameNormaliser.normalise(name))
            }
            try Migrator(migrations: Array(all.prefix(version - 1))).migrate(database)
            try database.execute(sql: """
                INSERT INTO sources(id, citation_key, label) VALUES (1, 'k1', 'Dawn, Karachi, 2026-02-01');
                INSERT INTO quotes(id, source_id, text, form) VALUES (1, 1, 'Copper output will double', 'direct');
                INSERT INTO quotes(id, source_id, text, form) VALUES (2, 1, 'Gold is next', 'paraphrase');
                """)
        }
        let kb = try KnowledgeBase.create(at: path)
        let db = kb.database
        #expect(try db.fetchOne(Int.self, sql: "PRAGMA user_version") == Schema.migrator().latestVersion)
        #expect(try db.fetchOne(Int64.self, sql: "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'copper'") == 1)
        #expect(try db.fetchOne(String.self, sql: "SELECT name FROM sources WHERE id = 1") == "Dawn, Karachi, 2026-02-01")
        #expect(try db.fetchOne(String.self, sql: "SELECT label FROM sources WHERE id = 1") == "Dawn, Karachi, 2026-02-01")
        #expect(try db.fetchOne(String.self, sql: "SELECT source FROM quote_details WHERE quote_id = 2") == "Dawn, Karachi, 2026-02-01")
        // What Datasette's and sqlite-utils' detect_fts look for, and the label column they pick.
        let ftsSQL = try db.fetchOne(String.self, sql: "SELECT sql FROM sqlite_schema WHERE name = 'quotes_fts'") ?? ""
        #expect(ftsSQL.contains(#"content="quotes""#))
        let columns = try db.fetchAll(sql: "SELECT name FROM pragma_table_info('sources') ORDER BY cid") { row -> String in try row[0] }
        #expect(columns.first { $0 == "name" || $0 == "title" } == "name")
        #expect(!columns.contains("label"))
        #expect(try kb.check().isEmpty)
        // New quotes are still indexed by the recreated triggers.
        try db.execute(sql: "INSERT INTO quotes(id, source_id, text, form) VALUES (3, 1, 'Lithium matters', 'direct')")
        #expect(try db.fetchOne(Int64.self, sql: "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'lithium'") == 3)
    }
}
