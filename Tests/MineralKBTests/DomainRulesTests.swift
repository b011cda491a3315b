import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

/// Each domain rule lives in one place, the base's `relations` and `relation_categories` tables and
/// the views over them, and every query, description and report reads it from there: changing the
/// table changes them all.
@Suite struct DomainRulesTests {
    private let document = #"""
        {"source": {"title": "Rules"},
         "organisations": ["Headquarters Only Ltd"],
         "links": [{"from": "Headquarters Only Ltd", "relation": "headquartered_in", "to": "Henan"},
                   {"from": "Headquarters Only Ltd", "relation": "has_office_in", "to": "Sindh"}]}
        """#

    @Test func whereAFirmComesFromIsReadFromTheRelationsTable() throws {
        try withTemporaryKnowledgeBase { kb in
            try kb.importDocuments([ImportInput(name: "rules.json", data: Data(document.utf8))])
            let fromChina = { try kb.firmsActive(in: "Pakistan", filter: FirmFilter(from: "China")).map(\.organisation.name) }
            #expect(try fromChina() == ["Headquarters Only Ltd"])
            #expect(try kb.firmsActive(in: "Sindh").first?.origins.first?.hasPrefix("Henan") == true)
            let describer = EntityDescriber(database: kb.database)
            let firm = try kb.entity(named: "Headquarters Only Ltd")
            #expect(try describer.describe(firm).context?.contains("from Henan") == true)

            try kb.database.execute(sql: "UPDATE relations SET is_origin = 0 WHERE name = 'headquartered_in'")
            #expect(try fromChina().isEmpty)
            #expect(try kb.firmsActive(in: "Sindh").first?.origins == [])
            #expect(try describer.describe(firm).context?.contains("from") == false)
            #expect(try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM firm_origins WHERE organisation = 'Headquarters Only Ltd'") == 0)
        }
    }

    @Test func reportHeadingsAndTheirOrderAreReadFromTheBase() throws {
        try withTemporaryKnowledgeBase { kb in
            try kb.importDocuments([ImportInput(name: "rules.json", data: Data(document.utf8))])
            #expect(try kb.report(for: "Headquarters Only Ltd").linkGroups.map(\.title) == ["Presence"])
            try kb.database.execute(sql: "UPDATE relation_categories SET title = 'Where it is' WHERE category = 'presence'")
            #expect(try kb.report(for: "Headquarters Only Ltd").linkGroups.map(\.title) == ["Where it is"])
            // Every category a relation uses has a heading.
            #expect(try kb.database.fetchOne(Int.self, sql: """
                SELECT count(*) FROM relations WHERE category NOT IN (SELECT category FROM relation_categories)
                """) == 0)
        }
    }
}
