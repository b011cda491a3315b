import Foundation
import SQLite
import TestSupport
import Testing
@_spi(Tools) @testable import MineralKB

/// Migration 0006 on a base written before it: sources re-keyed, ISO codes as identifiers,
/// reference data marked, nothing lost.
@Suite struct IdentityMigrationTests {
    @Test func sourcesOfAnOlderBaseAreReKeyedAndKept() throws {
        let directory = try TemporaryDirectory(prefix: "mkb-v5")
        defer { withExtendedLifetime(directory) {} }   // a local lives only to its last use otherwise
        let path = directory.path("kb.sqlite")
        // A base at version 5, as the program before identifiers wrote it, with sources of each kind of old key.
        do {
            let database = try Database(path: path, mode: .readWrite)
            try database.createFunction("mkb_normalise", argumentCount: 1) { arguments in
                guard case .text(let name)? = arguments.first else { return .null }
                return .text(NameNormaliser.normalise(name))
            }
            try Migrator(migrations: Array(try Schema.migrator().migrations.prefix(5))).migrate(database)
            try database.execute(sql: """
                INSERT INTO entities(id, kind, name) VALUES (9001, 'organisation', 'Dawn');
                INSERT INTO organisations(id, name) VALUES (9001, 'Dawn');
                INSERT INTO sources(citation_key, label, title, url, reference, publisher_id, published_on) VALUES
                    ('https://example.com/a', 'A', 'A', 'https://example.com/a', 'ref-a', 9001, '2026-02-01'),
                    ('ref-b', 'B', 'B', NULL, 'ref-b', NULL, NULL),
                    ('Copper prices climb', 'Copper prices climb', 'Copper prices climb', NULL, NULL, 9001, '2026-02-01'),
                    ('Dawn, Karachi, 2026-02-01', 'Dawn, Karachi, 2026-02-01', NULL, NULL, NULL, 9001, '2026-02-01');
                """)
            #expect(try database.userVersion() == 5)
        }
        let kb = try KnowledgeBase.create(at: path)
        let keys = try kb.database.fetchAll(sql: "SELECT citation_key FROM sources ORDER BY id") { row -> String in try row[0] }
        #expect(keys == ["url:https://example.com/a", "reference:ref-b", "title:Copper prices climb\u{1F}9001\u{1F}2026-02-01",
                         "label:Dawn, Karachi, 2026-02-01"])
        // The same key the importer computes, so a document of an old source replaces it rather than adding a second.
        #expect(keys[2] == SourceKey.key(url: nil, reference: nil, title: "Copper prices climb", publisherID: 9001, published: "2026-02-01"))
        #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM identifiers WHERE scheme = 'iso3166'") == 3964)
        #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM reference_entities WHERE entity_id <= 4027") == 4027)
        #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM reference_entities WHERE entity_id = 9001") == 0)
        #expect(try kb.check().isEmpty)
    }
}
