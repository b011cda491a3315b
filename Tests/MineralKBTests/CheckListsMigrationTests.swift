import Foundation
import SQLite
import Testing
@_spi(Tools) @testable import MineralKB

/// The migration that states the allowed values of the bulk-written tables as OR chains: a base
/// written before it keeps every row, index, trigger and planner statistic, and the rules refuse
/// exactly what they refused before.
@Suite struct CheckListsMigrationTests {
    /// The tables the migration rebuilds.
    static let rebuilt = ["links", "link_sources", "aliases", "quotes", "organisations"]

    @Test func rowsIndexesTriggersAndStatisticsSurviveTheRebuild() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mkb-checks-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let all = try Schema.migrator().migrations
        // Found by name: its number is the next free one when it lands.
        let version = try #require(all.first { $0.name == "checks_without_in_lists" }?.version)
        var before: [String: [String]] = [:]
        var statisticsBefore: [String] = []
        do {
            let database = try Database(path: path)
            // The reference data's migrations fold names with the base's own function.
            try database.createFunction("mkb_normalise", argumentCount: 1) { arguments in
                guard case .text(let name)? = arguments.first else { return .null }
                return .text(NameNormaliser.normalise(name))
            }
            try Migrator(migrations: Array(all.prefix(version - 1))).migrate(database)
            // A base as the importer before this migration wrote it, with every constrained column used.
            try database.execute(sql: """
                INSERT INTO entities(id, kind, name) VALUES (9001, 'organisation', 'Karakoram Copper'), (9002, 'organisation', 'Dawn Media'),
                    (9003, 'person', 'Min Ziheng'), (9004, 'project', 'Tharabad Copper');
                INSERT INTO organisations(id, name, organisation_type) VALUES (9001, 'Karakoram Copper', 'state enterprise'), (9002, 'Dawn Media', 'media');
                INSERT INTO people(id, name) VALUES (9003, 'Min Ziheng');
                INSERT INTO projects(id, name) VALUES (9004, 'Tharabad Copper');
                INSERT INTO aliases(normalised, entity_id, alias, alias_kind, changed_on) VALUES
                    ('karakoram copper', 9001, 'Karakoram Copper', NULL, NULL), ('kcc', 9001, 'KCC', 'abbreviation', NULL),
                    ('karakorum copper', 9001, 'Karakorum Copper', 'former name', '2019'), ('dawn media', 9002, 'Dawn Media', NULL, NULL),
                    ('min ziheng', 9003, 'Min Ziheng', NULL, NULL), ('tharabad copper', 9004, 'Tharabad Copper', NULL, NULL);
                INSERT INTO sources(id, citation_key, name, source_type) VALUES (1, 'url:https://example.com/a', 'Dawn, 2026-02-01', 'article');
                INSERT INTO links(id, relation, from_id, from_kind, to_id, to_kind, role, share_percent, since, since_qualifier, until,
                                  until_qualifier, status, claim_key) VALUES
                    (1, 'works_at', 9003, 'person', 9001, 'organisation', 'chairman', NULL, '2006', 'before', '2024', 'about', 'former', 'k1'),
                    (2, 'owns', 9001, 'organisation', 9004, 'project', NULL, 51.5, NULL, NULL, NULL, NULL, 'active', 'k2');
                INSERT INTO link_sources(link_id, source_id, evidence, certainty, note) VALUES
                    (1, 1, 'Min Ziheng, chairman', 'stated', NULL), (2, 1, NULL, 'inferred', 'from the filing');
                INSERT INTO quotes(id, source_id, speaker_id, text, form, is_fragment, attribution, attribution_certainty, spoken_by) VALUES
                    (1, 1, 9003, 'Copper output will double', 'direct', 0, 'explicit', 'stated', 'person'),
                    (2, 1, NULL, 'Gold is next', 'paraphrase', 1, 'implicit', 'uncertain', 'document');
                ANALYZE;
                """)
            for table in CheckListsMigrationTests.rebuilt {
                before[table] = try CheckListsMigrationTests.rows(of: table, in: database)
            }
            statisticsBefore = try CheckListsMigrationTests.statistics(in: database)
            #expect(statisticsBefore.contains { $0.hasPrefix("links|") })
        }
        let kb = try KnowledgeBase.create(at: path)
        let db = kb.database
        #expect(try db.fetchOne(Int.self, sql: "PRAGMA user_version") == Schema.migrator().latestVersion)
        for table in CheckListsMigrationTests.rebuilt {
            #expect(try CheckListsMigrationTests.rows(of: table, in: db) == before[table], "\(table)")
            let sql = try db.fetchOne(String.self, sql: "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", arguments: [table]) ?? ""
            #expect(!sql.contains(" IN ("), "\(table): \(sql)")
        }
        #expect(try CheckListsMigrationTests.statistics(in: db) == statisticsBefore)
        #expect(try kb.check().isEmpty)

        // The triggers came back: a new alias reaches the name index, a new quote the quotes' index,
        // and an organisation must still match its entity.
        try db.execute(sql: "INSERT INTO aliases(normalised, entity_id, alias) VALUES ('kk copper', 9001, 'KK Copper')")
        #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search WHERE normalised = 'kk copper' AND entity_id = 9001") == 1)
        #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search_fts WHERE name_search_fts MATCH '\"kk copper\"'") == 1)
        try db.execute(sql: "INSERT INTO quotes(id, source_id, text, form) VALUES (3, 1, 'Lithium matters', 'direct')")
        #expect(try db.fetchOne(Int64.self, sql: "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'lithium'") == 3)
        #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO organisations(id, name) VALUES (9003, 'Min Ziheng')") }
        // The foreign keys that point at rebuilt tables still hold.
        #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO link_sources(link_id, source_id) VALUES (99, 1)") }
        #expect(throws: SQLiteError.self) { try db.execute(sql: "INSERT INTO quote_mentions(quote_id, entity_id) VALUES (99, 9001)") }
    }

    /// Each rule accepts and refuses what its IN list did: the listed values and NULL pass, anything else fails.
    @Test(arguments: [
        ("links", "since_qualifier", ["before", "after", "about"]),
        ("links", "until_qualifier", ["before", "after", "about"]),
        ("links", "status", ["active", "former", "planned"]),
        ("link_sources", "certainty", ["stated", "inferred", "uncertain"]),
        ("aliases", "alias_kind", ["former name", "misprint", "abbreviation", "transliteration", "spelling"]),
        ("quotes", "form", ["direct", "paraphrase"]),
        ("quotes", "attribution", ["explicit", "implicit"]),
        ("quotes", "attribution_certainty", ["stated", "inferred", "uncertain"]),
        ("quotes", "spoken_by", ["person", "organisation", "document"]),
        ("organisations", "organisation_type", ["company", "state enterprise", "government body", "media", "association", "university", "other"]),
    ])
    func rulesAcceptExactlyTheListedValues(table: String, column: String, allowed: [String]) throws {
        let kb = try KnowledgeBase.inMemory()
        let db = kb.database
        try db.execute(sql: """
            INSERT INTO entities(id, kind, name) VALUES (9001, 'organisation', 'A'), (9002, 'organisation', 'B');
            INSERT INTO organisations(id, name) VALUES (9001, 'A'), (9002, 'B');
            INSERT INTO sources(id, citation_key, name) VALUES (1, 'k', 'S');
            INSERT INTO links(id, relation, from_id, from_kind, to_id, to_kind, claim_key) VALUES (1, 'partner_of', 9001, 'organisation', 9002, 'organisation', 'k0');
            INSERT INTO link_sources(link_id, source_id) VALUES (1, 1);
            INSERT INTO quotes(id, source_id, text, form) VALUES (1, 1, 'q', 'direct');
            """)
        // The row each table's column is tried on; names come from the fixed list above.
        let key: String
        switch table {
        case "aliases": key = "entity_id = 9001 AND normalised = 'a'"
        case "link_sources": key = "link_id = 1"
        case "organisations": key = "id = 9001"
        default: key = "id = 1"
        }
        if table == "aliases" { try db.execute(sql: "INSERT OR IGNORE INTO aliases(normalised, entity_id, alias) VALUES ('a', 9001, 'A')") }
        let update = "UPDATE \(table) SET \(column) = ? WHERE \(key)"
        for value in allowed {
            try db.execute(sql: update, arguments: [value])
            #expect(try db.fetchOne(String.self, sql: "SELECT \(column) FROM \(table) WHERE \(key)") == value)
        }
        for value in ["", "Direct", "other ", "unknown", allowed[0].uppercased()] {
            #expect(throws: SQLiteError.self, "\(table).\(column) = \(value)") { try db.execute(sql: update, arguments: [value]) }
        }
        let nullable = try db.fetchOne(Int.self, sql: "SELECT \"notnull\" FROM pragma_table_info(?) WHERE name = ?", arguments: [table, column]) == 0
        if nullable { try db.execute(sql: update, arguments: [nil as String?]) }
    }

    private static func rows(of table: String, in database: Database) throws -> [String] {
        // Every column as text, in key order; names come from the fixed list above.
        let columns = try database.fetchAll(sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [table]) { row -> String in try row[0] }
        let key = table == "aliases" ? "normalised, entity_id" : table == "link_sources" ? "link_id, source_id" : "id"
        let select = columns.map { "quote(\($0))" }.joined(separator: " || '|' || ")
        return try database.fetchAll(sql: "SELECT \(select) FROM \(table) ORDER BY \(key)") { row -> String in try row[0] }
    }

    private static func statistics(in database: Database) throws -> [String] {
        try database.fetchAll(sql: """
            SELECT tbl || '|' || coalesce(idx, '') || '|' || stat FROM sqlite_stat1 WHERE tbl IN ('links', 'link_sources', 'aliases', 'quotes', 'organisations')
            ORDER BY 1
            """) { row -> String in try row[0] }
    }
}
