import SQLite

extension KnowledgeBase {
    /// Quotes by speaker, organisation, forum, mentioned entity, date range and words, newest first
    /// (best match first for a word search), one page at a time (`filter.limit` after `filter.offset`).
    /// A quote whose document gives no date is placed, for sorting and the date range only, at its
    /// source's publication date; its own date stays nil.
    ///
    /// A word search ranks its matches by relevance (bm25), best first, and reads details and
    /// highlights for the page alone. Without other filters only the `rankedQuoteMatches` most
    /// recently added matches are ranked, the older ones follow newest first: a common word
    /// then costs a bounded ranking, not one per match.
    public func quotes(matching filter: QuoteFilter) throws -> [QuoteRow] {
        try quotes(matching: filter, rankedMatches: KnowledgeBase.rankedQuoteMatches)
    }

    /// `quotes(matching:)` ranking at most `rankedMatches` matches of a plain word search (tests use a few).
    func quotes(matching filter: QuoteFilter, rankedMatches: Int) throws -> [QuoteRow] {
        let speaker = try filter.speaker.map { try entity(named: $0, kinds: [.person]) }
        let organisation = try filter.organisation.map { try entity(named: $0, kinds: [.organisation]) }
        let forum = try filter.forum.map { try entity(named: $0, kinds: [.forum]) }
        let mentioned = try filter.mentions.map { try entity(named: $0) }
        var match: String?
        if let search = filter.search {
            match = KnowledgeBase.ftsQuery(for: search)
            if match == nil {
                throw KnowledgeBaseError.emptySearch
            }
        }
        guard filter.limit > 0 else {
            throw KnowledgeBaseError.outOfRange(argument: .limit, value: filter.limit, allowed: 1...Int.max)
        }
        guard filter.offset >= 0 else {
            throw KnowledgeBaseError.outOfRange(argument: .offset, value: filter.offset, allowed: 0...Int.max)
        }
        let arguments: [String: (any SQLiteBindable)?] = [
            "speaker": speaker?.id, "organisation": organisation?.id, "forum": forum?.id, "mentioned": mentioned?.id,
            "since": filter.since?.text, "until": filter.until?.text, "limit": filter.limit, "offset": filter.offset,
            "match": match,
        ]
        // A list starts from the quotes of the most selective entity asked for, through its index.
        let start: QuoteListStart = speaker != nil ? .speaker : organisation != nil ? .organisation
            : forum != nil ? .forum : mentioned != nil ? .mentioned : .all
        guard let match else {
            return try KnowledgeBase.wrap {
                try database.fetchAll(sql: KnowledgeBase.quoteListSQL(startingFrom: start),
                                      arguments: .named(arguments.filter { $0.key != "match" }), KnowledgeBase.quoteRow)
            }
        }
        let isFiltered = start != .all || filter.since != nil || filter.until != nil
        return try KnowledgeBase.wrap {
            // Several statements, one snapshot: an import committing between them cannot shift the page.
            try database.savepoint {
                let page: [Int64]
                if isFiltered {
                    page = try database.fetchAll(sql: KnowledgeBase.quoteFilteredSearchSQL, arguments: .named(arguments)) { row -> Int64 in try row[0] }
                } else {
                    page = try bestQuoteMatches(match, limit: filter.limit, offset: filter.offset, rankedMatches: rankedMatches)
                }
                return try quoteDetails(page: page, match: match)
            }
        }
    }

    /// The most matches a plain word search ranks by relevance (bm25): the most recently added ones.
    /// Ranking costs about 2 µs a match (FTS5 reads each match's length and hits), so a word found in
    /// 10,000 quotes would cost 20 ms to rank in full; older matches follow the ranked ones, newest first.
    static let rankedQuoteMatches = 500

    /// The page's quote ids for a plain word search: matches ranked by bm25 among the `window`
    /// most recently added, then the older ones by id, newest first. A search with no more matches
    /// than that is ranked in full.
    private func bestQuoteMatches(_ match: String, limit: Int, offset: Int, rankedMatches window: Int) throws -> [Int64] {
        // The newest match left out of the ranking, if there are more matches than are ranked.
        let floor = try database.fetchOne(Int64.self, sql: KnowledgeBase.quoteRankFloorSQL, arguments: [match, window])
        var page: [Int64] = []
        if floor == nil || offset < window {
            page = try database.fetchAll(sql: KnowledgeBase.quoteRankedPageSQL, arguments: [match, floor ?? Int64.min, limit, offset]) { row -> Int64 in
                try row[0]
            }
        }
        if let floor, page.count < limit {
            page += try database.fetchAll(sql: KnowledgeBase.quoteOlderPageSQL, arguments: [match, floor, limit - page.count, max(0, offset - window)]) {
                row -> Int64 in try row[0]
            }
        }
        return page
    }

    /// The page's quotes in the page's order, each with its matches highlighted.
    private func quoteDetails(page: [Int64], match: String) throws -> [QuoteRow] {
        guard let first = page.min(), let last = page.max() else { return [] }
        let ids = "[" + page.map(String.init).joined(separator: ",") + "]"
        return try database.fetchAll(sql: KnowledgeBase.quotePageSQL, arguments: [match, ids, first, last], KnowledgeBase.quoteRow)
    }

    /// Where a quote list starts reading: one of the indexed ways into the quotes, or all of them.
    enum QuoteListStart: CaseIterable {
        case speaker, organisation, forum, mentioned, all

        /// Constant SQL per case: the quote ids to start from.
        var candidates: String {
            switch self {
            case .speaker: return "SELECT id FROM quotes WHERE speaker_id = :speaker"
            case .organisation: return "SELECT id FROM quotes WHERE organisation_id = :organisation"
            case .forum: return "SELECT id FROM quotes WHERE forum_id = :forum"
            case .mentioned: return "SELECT quote_id FROM quote_mentions WHERE entity_id = :mentioned"
            case .all: return "SELECT id FROM quotes"
            }
        }
    }

    /// Turns what a user typed into a safe FTS5 query: each word becomes a quoted term (all must
    /// match), so FTS operators or quotes in the input can never make a syntax error.
    static func ftsQuery(for text: String) -> String? {
        let words = text.split { !($0.isLetter || $0.isNumber) }.map { "\"\($0)\"" }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    static func quoteRow(_ row: Row) throws -> QuoteRow {
        func ref(_ idColumn: String, _ nameColumn: String, _ kind: EntityKind) throws -> EntityRef? {
            guard let id: Int64 = try row[idColumn], let name: String = try row[nameColumn] else { return nil }
            return EntityRef(id: id, kind: kind, name: name)
        }
        return QuoteRow(
            id: try row["quote_id"], text: try row["text"], form: try row["form"], saidOn: try row["said_on"],
            speaker: try ref("speaker_id", "speaker", .person), speakerRole: try row["speaker_role"],
            organisation: try ref("organisation_id", "organisation", .organisation),
            forum: try ref("forum_id", "forum", .forum), toldTo: try row["told_to"],
            source: SourceCitation(sourceID: try row["source_id"], label: try row["source"], publishedOn: try row["published_on"], evidence: nil),
            originalQuoteID: try row["original_quote_id"], snippet: try row["snippet"],
            isFragment: try (row["is_fragment"] as Int?).map { $0 == 1 }, attribution: try row["attribution"],
            attributionNote: try row["attribution_note"], attributionCertainty: try row["attribution_certainty"],
            spokenBy: try row["spoken_by"], printedIn: try row["printed_in"], originalSource: try row["original_source"],
            about: try row["about"])
    }

    /// The filters on a quote `q` of `quote_details`; each is a bound parameter that is NULL when unused.
    private static let quoteFilterSQL = """
          AND (:speaker IS NULL OR q.speaker_id = :speaker)
          AND (:organisation IS NULL OR q.organisation_id = :organisation)
          AND (:forum IS NULL OR q.forum_id = :forum)
          AND (:mentioned IS NULL OR EXISTS (SELECT 1 FROM quote_mentions AS m WHERE m.quote_id = q.quote_id AND m.entity_id = :mentioned))
          AND (:since IS NULL OR coalesce(q.said_on, q.published_on) >= :since)
          AND (:until IS NULL OR substr(coalesce(q.said_on, q.published_on), 1, length(:until)) <= :until)
        """

    /// The other filters are bound parameters that are NULL when unused.
    static func quoteListSQL(startingFrom start: QuoteListStart) -> String {
        """
        SELECT q.*, NULL AS snippet FROM quote_details AS q
        WHERE q.quote_id IN (\(start.candidates))
        \(quoteFilterSQL)
        ORDER BY coalesce(q.said_on, q.published_on) DESC, q.quote_id
        LIMIT :limit OFFSET :offset
        """
    }

    /// The id of the `?2`+1-th newest match: matches above it are ranked, the rest are not.
    /// FTS5 walks the matches by rowid, newest first, and stops there; nothing is ranked.
    static let quoteRankFloorSQL = """
        SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1 ORDER BY rowid DESC LIMIT 1 OFFSET ?2
        """

    /// A page of the ranked matches (ids above `?2`), best first: the index alone ranks them.
    static let quoteRankedPageSQL = """
        SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1 AND rowid > ?2
        ORDER BY rank, rowid LIMIT ?3 OFFSET ?4
        """

    /// A page of the matches left out of the ranking (ids up to `?2`), newest first, unranked.
    static let quoteOlderPageSQL = """
        SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?1 AND rowid <= ?2
        ORDER BY rowid DESC LIMIT ?3 OFFSET ?4
        """

    /// A page of the best matches that pass the other filters: each match is joined to its details
    /// and filtered before every one of them is ranked.
    static let quoteFilteredSearchSQL = """
        SELECT f.rowid AS id FROM quotes_fts AS f JOIN quote_details AS q ON q.quote_id = f.rowid
        WHERE quotes_fts MATCH :match
        \(quoteFilterSQL)
        ORDER BY f.rank, f.rowid LIMIT :limit OFFSET :offset
        """

    /// The quotes of a page (`?2`, a JSON array of ids, in order) with their matches highlighted.
    /// The highlights come from one walk of the matches between the page's lowest and highest id
    /// (`?3`, `?4`): looking each row up by id would parse the search and seek every word's
    /// entries again for each of them, ten times the cost.
    static let quotePageSQL = """
        WITH page AS MATERIALIZED (SELECT key AS position, value AS id FROM json_each(?2)),
        lit AS MATERIALIZED (
            SELECT rowid AS id, highlight(quotes_fts, 0, '[', ']') AS snippet FROM quotes_fts
            WHERE quotes_fts MATCH ?1 AND rowid BETWEEN ?3 AND ?4 AND +rowid IN (SELECT id FROM page))
        SELECT q.*, lit.snippet FROM page JOIN lit ON lit.id = page.id JOIN quote_details AS q ON q.quote_id = page.id
        ORDER BY page.position
        """
}
