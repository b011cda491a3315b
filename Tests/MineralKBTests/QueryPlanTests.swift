import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

/// The named queries stay fast as the base grows only if SQLite walks indexes for them. These
/// tests read the plans SQLite chooses (`EXPLAIN QUERY PLAN`) on a generated base with planner
/// statistics, and fail if a query scans a whole link table or uses no index at all: a check of
/// the cause of speed that does not depend on the machine's timing.
@Suite(.serialized) struct QueryPlanTests {
    /// A base of some twenty thousand facts: enough rows that the statistics the import leaves
    /// (ANALYZE) make the planner choose as it does for millions, with hubs like real data.
    static func withPlannedBase(_ body: (KnowledgeBase) throws -> Void) throws {
        try withTemporaryKnowledgeBase { kb in
            try kb.importDocuments(QueryPlanTests.documents())
            try body(kb)
        }
    }

    static func documents() throws -> [ImportInput] {
        let countries = ["Pakistan", "China", "Chile", "Peru", "Australia"]
        let provinces = ["Sindh", "Balochistan", "Khyber Pakhtunkhwa", "Henan", "Antofagasta"]
        let minerals = ["copper", "gold", "coal", "lithium", "zinc"]
        func firm(_ n: Int) -> String { "Plan Firm \(n)" }
        func person(_ n: Int) -> String { "Plan Person \(n)" }
        func district(_ n: Int) -> String { "Plan District \(n)" }
        var documents: [[String: Any]] = []
        documents.append([
            "source": ["title": "Plan gazetteer"],
            "places": (0..<100).map { ["name": district($0), "type": "district", "in": provinces[$0 % provinces.count]] },
        ])
        documents.append([
            "source": ["title": "Plan register"],
            "organisations": (0..<1_500).map { ["name": firm($0), "aliases": ["PF\($0)"]] },
            "links": (0..<1_500).map { ["from": firm($0), "relation": "based_in", "to": countries[$0 % countries.count]] },
        ])
        documents.append([
            "source": ["title": "Plan people"],
            "people": (0..<3_000).map { person($0) },
            "forums": (0..<20).map { "Plan Forum \($0)" },
            "projects": (0..<100).map { "Plan Project \($0)" },
            // Hubs: every tenth person works for one of ten firms.
            "links": (0..<3_000).map { ["from": person($0), "relation": "works_at", "to": firm($0 % 10 == 0 ? $0 % 100 / 10 : $0 % 1_500)] }
                + (0..<100).map { ["from": "Plan Project \($0)", "relation": "located_in", "to": district($0)] }
                + (0..<100).map { ["from": "Plan Project \($0)", "relation": "works", "to": minerals[$0 % minerals.count]] }
                + (0..<100).map { ["from": firm($0 * 7 % 1_500), "relation": "operates", "to": "Plan Project \($0)"] },
        ])
        for part in 0..<6 {
            var links: [[String: Any]] = []
            var quotes: [[String: Any]] = []
            for index in 0..<1_500 {
                let n = part * 1_500 + index
                let hub = n % 4 == 0 ? n % 40 : n * 13 % 1_500
                let place = n % 3 == 0 ? district(n % 100) : n % 3 == 1 ? provinces[n % provinces.count] : countries[n % countries.count]
                links.append(["from": firm(hub), "relation": ["has_office_in", "operates_in", "has_mine_in"][n % 3], "to": place,
                              "since": String(1990 + n % 35), "evidence": "Plan evidence \(n)"])
                if n % 2 == 0 { links.append(["from": firm(n % 1_500), "relation": "interested_in", "to": minerals[n % minerals.count]]) }
                if n % 3 == 0 { links.append(["from": firm(n % 1_500), "relation": "partner_of", "to": firm((n * 7 + 1) % 1_500)]) }
                if n % 9 == 0 {
                    quotes.append(["text": "Plan quote \(n): \(minerals[n % minerals.count]) in \(place) is promising",
                                   "speaker": person(n % 3_000), "organisation": firm(n % 1_500), "forum": "Plan Forum \(n % 20)",
                                   "mentions": [minerals[n % minerals.count], place]])
                }
            }
            documents.append(["source": ["title": "Plan review \(part)"], "links": links, "quotes": quotes])
        }
        return try documents.enumerated().map { index, document in
            ImportInput(name: "plan-\(index).json", data: try JSONSerialization.data(withJSONObject: document))
        }
    }

    /// The plan's lines, as SQLite prints them ("SEARCH l USING INDEX links_by_to (to_id=?)").
    static func plan(of sql: String, in kb: KnowledgeBase) throws -> [String] {
        try kb.database.fetchAll(sql: "EXPLAIN QUERY PLAN " + sql) { row -> String in try row[3] }
    }

    /// The names a query gives the link tables: the tables' own names and their aliases.
    static func linkTableNames(in sql: String) throws -> Set<String> {
        var names: Set<String> = ["links", "link_sources"]
        let expression = try NSRegularExpression(pattern: #"\b(?:links|link_sources)\s+(?:AS\s+)?([A-Za-z_][A-Za-z_0-9]*)"#, options: [.caseInsensitive])
        let keywords: Set<String> = ["where", "join", "on", "left", "inner", "cross", "group", "order", "union", "limit", "using", "natural"]
        for match in expression.matches(in: sql, range: NSRange(sql.startIndex..., in: sql)) {
            guard let range = Range(match.range(at: 1), in: sql) else { continue }
            let name = String(sql[range])
            if !keywords.contains(name.lowercased()) { names.insert(name) }
        }
        return names
    }

    /// Fails unless the plan uses an index and never scans a link table from end to end.
    static func expectIndexed(_ name: String, _ sql: String, in kb: KnowledgeBase) throws {
        let plan = try plan(of: sql, in: kb)
        // A query may read the links through a view (firm_origins): the view's names for them count too.
        let views = try kb.database.fetchAll(sql: "SELECT sql FROM sqlite_schema WHERE type = 'view'") { row -> String in try row[0] }
        let linkTables = try views.reduce(try linkTableNames(in: sql)) { $0.union(try linkTableNames(in: $1)) }
        for line in plan {
            let words = line.split(separator: " ")
            guard words.first == "SCAN", words.count > 1 else { continue }
            #expect(!linkTables.contains(String(words[1])), "\(name) scans a link table: \(line)\n\(plan.joined(separator: "\n"))")
        }
        #expect(plan.contains { $0.contains(" USING ") || $0.contains("VIRTUAL TABLE INDEX") },
                "\(name) uses no index:\n\(plan.joined(separator: "\n"))")
    }

    @Test func theImportLeftPlannerStatistics() throws {
        try QueryPlanTests.withPlannedBase { kb in
            let analysed = try kb.database.fetchAll(sql: "SELECT DISTINCT tbl FROM sqlite_stat1") { row -> String in try row[0] }
            for table in ["links", "link_sources", "place_ancestors", "aliases", "quotes"] {
                #expect(analysed.contains(table), "no statistics for \(table)")
            }
        }
    }

    @Test func namedQueriesUseIndexesAndNeverScanALinkTable() throws {
        try QueryPlanTests.withPlannedBase { kb in
            let queries: [(String, String)] = [
                ("firms", KnowledgeBase.firmsSQL),
                ("firm origins", KnowledgeBase.originNamesSQL),
                ("link citations", KnowledgeBase.citationsSQL),
                ("report links", KnowledgeBase.reportLinksSQL),
                ("report quotes by", KnowledgeBase.reportQuotesBySQL),
                ("report quotes about", KnowledgeBase.reportQuotesAboutSQL),
                ("quote search floor", KnowledgeBase.quoteRankFloorSQL),
                ("quote search ranked page", KnowledgeBase.quoteRankedPageSQL),
                ("quote search older page", KnowledgeBase.quoteOlderPageSQL),
                ("quote search details", KnowledgeBase.quotePageSQL),
                ("filtered quote search", KnowledgeBase.quoteFilteredSearchSQL),
                ("name search exact", KnowledgeBase.exactNameSQL),
                ("name search trigrams", KnowledgeBase.trigramNameSQL),
                ("name search prefix", KnowledgeBase.prefixNameSQL),
                ("path steps", KnowledgeBase.stepsSQL),
            ] + KnowledgeBase.QuoteListStart.allCases.map { ("quote list from \($0)", KnowledgeBase.quoteListSQL(startingFrom: $0)) }
            for (name, sql) in queries { try QueryPlanTests.expectIndexed(name, sql, in: kb) }
        }
    }

    /// A report's quotes are found through the quotes' indexes, never by reading every quote.
    @Test func reportQuotesNeverScanTheQuotes() throws {
        try QueryPlanTests.withPlannedBase { kb in
            for sql in [KnowledgeBase.reportQuotesBySQL, KnowledgeBase.reportQuotesAboutSQL] {
                let plan = try QueryPlanTests.plan(of: sql, in: kb)
                #expect(!plan.contains { $0.hasPrefix("SCAN q") || $0.hasPrefix("SCAN quotes") }, "\(plan.joined(separator: "\n"))")
            }
        }
    }

    /// A quote list filtered by speaker, organisation, forum or mention starts from that index, never reading every quote.
    @Test func filteredQuoteListsNeverScanTheQuotes() throws {
        try QueryPlanTests.withPlannedBase { kb in
            for start in KnowledgeBase.QuoteListStart.allCases where start != .all {
                let plan = try QueryPlanTests.plan(of: KnowledgeBase.quoteListSQL(startingFrom: start), in: kb)
                #expect(!plan.contains { $0.hasPrefix("SCAN q") || $0.hasPrefix("SCAN quotes") || $0.hasPrefix("SCAN quote_mentions") },
                        "\(start): \(plan.joined(separator: "\n"))")
            }
        }
    }

    /// A word search cuts its page from the full-text index alone (no quote table in the ranking)
    /// and reads details and snippets only for the page's rows, each by its key.
    @Test func quoteSearchRanksInTheIndexAndReadsOnlyThePage() throws {
        try QueryPlanTests.withPlannedBase { kb in
            // The plain search's steps read nothing but the index: the newest matches by rowid
            // (FTS5 walks them in order, no sort), the ranked ones above a rowid, the older ones below it.
            let floor = try QueryPlanTests.plan(of: KnowledgeBase.quoteRankFloorSQL, in: kb)
            #expect(floor.count == 1 && floor[0].hasPrefix("SCAN quotes_fts VIRTUAL TABLE INDEX") && floor[0].hasSuffix(":M1"), "\(floor)")
            let ranked = try QueryPlanTests.plan(of: KnowledgeBase.quoteRankedPageSQL, in: kb)
            #expect(ranked.first?.hasSuffix(":M1>") == true, "\(ranked)")
            let older = try QueryPlanTests.plan(of: KnowledgeBase.quoteOlderPageSQL, in: kb)
            #expect(older.count == 1 && older[0].hasSuffix(":M1<"), "\(older)")
            for sql in [KnowledgeBase.quoteRankFloorSQL, KnowledgeBase.quoteRankedPageSQL, KnowledgeBase.quoteOlderPageSQL] {
                #expect(!sql.contains("quotes ") && !sql.contains("quote_details"))
            }
            // The page's details: one walk of the index between the page's ids for the highlights
            // (not one full match per row), then each quote by its key.
            let page = try QueryPlanTests.plan(of: KnowledgeBase.quotePageSQL, in: kb)
            let text = page.joined(separator: "\n")
            #expect(page.contains { $0.hasPrefix("SCAN quotes_fts VIRTUAL TABLE INDEX 0:M1><") }, "\(text)")
            #expect(page.contains { $0.hasPrefix("SEARCH q USING INTEGER PRIMARY KEY") }, "\(text)")
            #expect(!page.contains { $0.hasPrefix("SCAN q ") || $0.hasPrefix("SCAN quotes ") || $0 == "SCAN q" }, "\(text)")
            // The filtered search ranks its matches through their details, never by reading every quote.
            let filtered = try QueryPlanTests.plan(of: KnowledgeBase.quoteFilteredSearchSQL, in: kb)
            #expect(filtered.contains { $0.hasPrefix("SCAN f VIRTUAL TABLE INDEX 0:M") }, "\(filtered)")
            #expect(!filtered.contains { $0.hasPrefix("SCAN q ") || $0.hasPrefix("SCAN quotes ") || $0 == "SCAN q" }, "\(filtered)")
        }
    }

    /// Name search reads the aliases by their key and the trigram index with a bound on its matches.
    @Test func nameSearchUsesTheAliasKeyAndTheTrigramIndex() throws {
        try QueryPlanTests.withPlannedBase { kb in
            let exact = try QueryPlanTests.plan(of: KnowledgeBase.exactNameSQL, in: kb)
            #expect(exact.contains { $0.hasPrefix("SEARCH a USING") && $0.contains("normalised=?") }, "\(exact)")
            let prefix = try QueryPlanTests.plan(of: KnowledgeBase.prefixNameSQL, in: kb)
            #expect(prefix.contains { $0.hasPrefix("SEARCH a USING") && $0.contains("normalised>? AND normalised<?") }, "\(prefix)")
            let trigrams = try QueryPlanTests.plan(of: KnowledgeBase.trigramNameSQL, in: kb)
            #expect(trigrams.contains { $0.hasPrefix("SCAN name_search_fts VIRTUAL TABLE INDEX 0:M") }, "\(trigrams)")
            #expect(trigrams.contains { $0.hasPrefix("SEARCH s USING INTEGER PRIMARY KEY") }, "\(trigrams)")
            #expect(trigrams.contains { $0.hasPrefix("SEARCH e USING INTEGER PRIMARY KEY") }, "\(trigrams)")
            #expect(KnowledgeBase.trigramNameSQL.contains("LIMIT \(KnowledgeBase.trigramCandidates)"))
        }
    }

    /// The firms of a country start from the place hierarchy, then the links that end there:
    /// the order that was measured 90 times faster than the planner's choice without statistics.
    @Test func firmsStartFromThePlaceHierarchy() throws {
        try QueryPlanTests.withPlannedBase { kb in
            let plan = try QueryPlanTests.plan(of: KnowledgeBase.firmsSQL, in: kb)
            let first = try #require(plan.first { $0.hasPrefix("SEARCH") || $0.hasPrefix("SCAN") })
            #expect(first.contains("place_ancestors"), "\(plan.joined(separator: "\n"))")
            #expect(plan.contains { $0.contains("links_by_to") }, "\(plan.joined(separator: "\n"))")
        }
    }

    /// The check itself: a query that does scan links is caught.
    @Test func aFullScanOfLinksIsCaught() throws {
        try QueryPlanTests.withPlannedBase { kb in
            let plan = try QueryPlanTests.plan(of: "SELECT count(*) FROM links AS l WHERE l.status = 'former'", in: kb)
            #expect(plan.contains { $0.hasPrefix("SCAN l") })
            #expect(try QueryPlanTests.linkTableNames(in: KnowledgeBase.firmsSQL).isSuperset(of: ["l", "m", "s", "w"]))
        }
    }
}
