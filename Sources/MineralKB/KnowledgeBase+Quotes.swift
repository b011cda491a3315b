import SQLite

extension KnowledgeBase {
    /// Quotes by speaker, organisation, forum, mentioned entity, date range and words, newest first
    /// (best match first for a word search), one page at a time (`filter.limit` after `filter.offset`).
    /// A quote whose document gives no date is placed, for sorting and the date range only, at its
    /// source's publication date; its own date stays nil.
    ///
    /// A word search ranks the matches (bm25) and keeps only the page's best before it reads their
    /// details and highlights them: a common word costs its ranking, not a highlight per match.
    public func quotes(matching filter: QuoteFilter) throws -> [QuoteRow] {
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
        var arguments: [String: (any SQLiteBindable)?] = [
            "speaker": speaker?.id, "organisation": organisation?.id, "forum": forum?.id, "mentioned": mentioned?.id,
            "since": filter.since?.text, "until": filter.until?.text, "limit": filter.limit, "offset": filter.offset,
        ]
        // A list starts from the quotes of the most selective entity asked for, through its index.
        let start: QuoteListStart = speaker != nil ? .speaker : organisation != nil ? .organisation
            : forum != nil ? .forum : mentioned != nil ? .mentioned : .all
        let sql: String
        if let match {
            arguments["match"] = match
            let isFiltered = start != .all || filter.since != nil || filter.until != nil
            // Unused filters are left out of the SQL: the plain search then reads nothing but the index.
            if !isFiltered { arguments = arguments.filter { ["match", "limit", "offset"].contains($0.key) } }
            sql = isFiltered ? KnowledgeBase.quoteFilteredSearchSQL : KnowledgeBase.quoteSearchSQL
        } else {
            sql = KnowledgeBase.quoteListSQL(startingFrom: start)
        }
        return try KnowledgeBase.wrap {
            try database.fetchAll(sql: sql, arguments: .named(arguments), KnowledgeBase.quoteRow)
        }
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
            originalQuoteID: try row["original_quote_id"], snippet: try row["snippet"])
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

    /// A page of the best matches: the index alone ranks every match and keeps the page's ids
    /// (`page`); then only those are read again from the index for their highlight, and joined to
    /// their details. bm25 is the only cost that grows with the number of matches.
    static let quoteSearchSQL = quoteSearchSQL(page: """
        SELECT rowid AS id, rank FROM quotes_fts WHERE quotes_fts MATCH :match
        ORDER BY rank, rowid LIMIT :limit OFFSET :offset
        """)

    /// As `quoteSearchSQL`, with the other filters applied to each match before the page is cut.
    static let quoteFilteredSearchSQL = quoteSearchSQL(page: """
        SELECT f.rowid AS id, f.rank AS rank FROM quotes_fts AS f JOIN quote_details AS q ON q.quote_id = f.rowid
        WHERE quotes_fts MATCH :match
        \(quoteFilterSQL)
        ORDER BY f.rank, f.rowid LIMIT :limit OFFSET :offset
        """)

    private static func quoteSearchSQL(page: String) -> String {
        """
        WITH page AS MATERIALIZED (\(page))
        SELECT q.*, highlight(quotes_fts, 0, '[', ']') AS snippet
        FROM page
        JOIN quotes_fts ON quotes_fts.rowid = page.id AND quotes_fts MATCH :match
        JOIN quote_details AS q ON q.quote_id = page.id
        ORDER BY page.rank, page.id
        """
    }
}
