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

    /// Names that are all ASCII are scored byte by byte: exactly as the general comparison by Character.
    @Test func theByteComparisonScoresAsTheGeneralOne() throws {
        try withFixtures { kb in
            // Every few names of the fixtures, of every kind: a debug build scores a few thousand pairs a second.
            let all = try kb.database.fetchAll(sql: "SELECT DISTINCT normalised FROM aliases ORDER BY normalised") { row -> String in try row[0] }
            let names = stride(from: 0, to: all.count, by: max(1, all.count / 150)).map { all[$0] }
            #expect(names.count > 50)
            var queries = ["jiaozou creation", "creation", "coper", "cu", "min ziheng", "pakistan", "heavy industry co", "a", "zz top"]
            for name in names.prefix(40) {
                var letters = Array(name)
                if letters.count > 4 { letters.swapAt(1, 2) }
                queries.append(String(letters))
                queries.append(String(name.prefix(5)))
            }
            var compared = 0
            for query in queries {
                let prepared = NameSimilarity.Query(query)
                let trigrams = NameSimilarity.trigrams(query)
                for name in names {
                    let fast = prepared.score(name)
                    let general = NameSimilarity.characterScore(query: query, queryTrigrams: trigrams, name: name)
                    if fast != general { Issue.record("\(query) / \(name): \(fast) against \(general)") }
                    compared += 1
                }
            }
            #expect(compared > 5_000)
            // Non-ASCII names take the general path.
            #expect(NameSimilarity.score(query: "zurich", name: "zürich") == NameSimilarity.characterScore(
                query: "zurich", queryTrigrams: NameSimilarity.trigrams("zurich"), name: "zürich"))
        }
    }

    /// A text that is a name finds that name and the names containing it, not look-alikes; a text
    /// that is no name still finds its look-alikes.
    @Test func aNameIsNotAlsoSearchedAsAMisspelling() throws {
        try withFixtures { kb in
            let jiaozuo = try kb.entity(named: "Jiaozuo Creation Heavy Industry")
            let exact = try kb.search("Jiaozuo Creation Heavy Industry")
            #expect(exact.first?.entity == jiaozuo)
            #expect(exact.first?.score == 1)
            #expect(exact.allSatisfy { $0.score == 1 || $0.matchedName.contains("jiaozuo creation heavy industry") })
            let misspelt = try kb.search("Jiaozuo Creatoin Heavy Industry")
            #expect(misspelt.first?.entity == jiaozuo)
            #expect(misspelt.allSatisfy { $0.score < 1 })
            // Of another kind, the name does not count as found: look-alikes of the asked kind are searched.
            let people = try kb.search("Jiaozuo Creation Heavy Industry", kinds: [.person])
            #expect(people.allSatisfy { $0.entity.kind == .person })
        }
    }

    /// The misspelling step's expression finds the same names as one written with every pair.
    @Test func theRarePiecesExpressionMatchesEveryPair() throws {
        try withFixtures { kb in
            var tried = 0
            for text in ["jiaozou creation", "pakistn minerals", "min zihneg", "heavy industri", "coper"] {
                let pieces = try Array(Set((0...(text.count - 3)).map { start -> String in
                    let characters = Array(text)
                    return String(characters[start..<start + 3])
                })).sorted().map { piece -> (piece: String, names: Int) in
                    (piece, try kb.database.fetchOne(Int.self, sql: "SELECT doc FROM name_search_vocab WHERE term = ?", arguments: [piece]) ?? 0)
                }
                let expression = try #require(KnowledgeBase.sharedRarePieces(pieces))
                let rare = pieces.filter { $0.names > 0 }.sorted { $0.names < $1.names }.prefix(6).map { KnowledgeBase.phrase($0.piece) }
                var pairs: [String] = []
                for first in rare.indices {
                    for second in rare.indices where second > first { pairs.append("(\(rare[first]) AND \(rare[second]))") }
                }
                guard !pairs.isEmpty else { continue }
                func rowids(_ match: String) throws -> [Int64] {
                    try kb.database.fetchAll(sql: "SELECT rowid FROM name_search_fts WHERE name_search_fts MATCH ? ORDER BY rowid",
                                             arguments: [match]) { row -> Int64 in try row[0] }
                }
                let found = try rowids(expression)
                #expect(found == (try rowids(pairs.joined(separator: " OR "))), "\(text): \(expression)")
                tried += found.isEmpty ? 0 : 1
            }
            #expect(tried >= 3)
        }
    }
}
