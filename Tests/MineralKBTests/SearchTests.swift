import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

@Suite struct SearchTests {
    @Test func findsAFirmFromAMisspellingAndFromAPartOfItsName() throws {
        try withFixtures { kb in
            let jiaozuo = try kb.entity(named: "Jiaozuo Creation Heavy Industry")
            let misspelt = try kb.search("Jiaozou Creation")
            #expect(misspelt.first?.entity == jiaozuo)
            let part = try kb.search("creation")
            #expect(part.first?.entity == jiaozuo)
            #expect(part.first?.context?.contains("company") == true)
            // Ranked: the whole name first, then names that contain it.
            let exact = try kb.search("JCHI")
            #expect(exact.first?.entity == jiaozuo)
            #expect(exact.first?.score == 1)
        }
    }

    @Test func kindsRestrictTheSearch() throws {
        try withFixtures { kb in
            let people = try kb.search("creation", kinds: [.person])
            #expect(people.allSatisfy { $0.entity.kind == .person })
            let minerals = try kb.search("coper", kinds: [.mineral])
            #expect(minerals.first?.entity.name == "copper")
            // Names too short for trigrams are found by prefix: "Cu" is copper's symbol.
            let short = try kb.search("cu", kinds: [.mineral]).map(\.entity.name)
            #expect(short.contains("copper"))
        }
    }

    @Test func unknownNamesSuggestTheClosestOnes() throws {
        try withFixtures { kb in
            let jiaozuo = try kb.entity(named: "Jiaozuo Creation Heavy Industry")
            #expect {
                try kb.report(for: "Jiaozou Creation")
            } throws: { error in
                guard case KnowledgeBaseError.unknownEntity(_, _, let suggestions) = error else { return false }
                return suggestions.first?.entity == jiaozuo && "\(error)".contains("did you mean")
            }
        }
    }

    @Test func anIdNamesTheEntityAndTheCallsByIdAgree() throws {
        try withFixtures { kb in
            let min = try kb.entity(named: "Min Ziheng")
            #expect(try kb.entity(named: "#\(min.id)") == min)
            #expect(try kb.entity(named: " #\(min.id) ") == min)
            #expect(try kb.report(id: min.id).entity == min)
            let byID = try kb.report(for: "#\(min.id)").quotesBy.count
            let byName = try kb.report(for: "Min Ziheng").quotesBy.count
            #expect(byID == byName)
            #expect(try kb.neighbourhood(id: min.id).center == min)
            let pakistan = try kb.entity(named: "Pakistan")
            let firmsByID = try kb.firmsActive(inPlaceID: pakistan.id)
            let firmsByName = try kb.firmsActive(in: "Pakistan")
            #expect(firmsByID == firmsByName)
            #expect(try kb.shortestPath(fromID: min.id, toID: pakistan.id) != nil)
            // A person's id where a place is needed, and an id nobody has, are errors that say so.
            #expect(throws: KnowledgeBaseError.self) { try kb.firmsActive(in: "#\(min.id)") }
            #expect(throws: KnowledgeBaseError.self) { try kb.entity(named: "#999999999") }
            // "#12abc" is not an id: it is looked up as a name (and not found).
            #expect(throws: KnowledgeBaseError.self) { try kb.entity(named: "#12abc") }
        }
    }

    @Test func textWithoutLettersIsRefused() throws {
        try withFixtures { kb in
            #expect(throws: KnowledgeBaseError.self) { try kb.search("  --- ") }
            #expect(throws: KnowledgeBaseError.self) { try kb.search("copper", limit: 0) }
        }
    }

    @Test func theIndexFollowsAliasesAsTheyChange() throws {
        try withFixtures { kb in
            let aliases = try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM aliases")
            let indexed = try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM name_search")
            #expect(aliases == indexed)
            let jiaozuo = try kb.entity(named: "JCHI")
            try kb.database.execute(sql: "DELETE FROM aliases WHERE entity_id = ? AND normalised = 'jchi'", arguments: [jiaozuo.id])
            let after = try kb.search("JCHI").first
            #expect(after?.entity != jiaozuo || (after?.score ?? 0) < 1)
            try kb.database.execute(sql: "INSERT INTO name_search_fts(name_search_fts) VALUES ('integrity-check')")
        }
    }

    @Test func sourceReportsListWhatTheSourceBacks() throws {
        try withFixtures { kb in
            let latest = try kb.latestSources(limit: 5)
            #expect(latest.count == 3)
            for citation in latest {
                let source = try kb.sourceReport(id: citation.sourceID)
                #expect(source.label == citation.label)
                #expect(!source.facts.isEmpty)
            }
            let min = try kb.report(for: "Min Ziheng")
            let quoteSource = try #require(min.quotesBy.first?.source.sourceID)
            let quotes = try kb.sourceReport(id: quoteSource).quotes
            #expect(quotes.contains { $0.speaker?.name == "Min Ziheng" })
            #expect(throws: KnowledgeBaseError.self) { try kb.sourceReport(id: 987654) }
        }
    }
}
