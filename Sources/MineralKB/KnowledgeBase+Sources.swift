import SQLite

extension KnowledgeBase {
    /// The source of id `id` and everything it backs.
    ///
    /// - Throws: `.invalidArgument` when no source has this id.
    public func sourceReport(id: Int64) throws -> SourceReport {
        try KnowledgeBase.wrap {
            func ref(_ row: Row, _ idColumn: String, _ nameColumn: String, _ kind: EntityKind) throws -> EntityRef? {
                guard let id: Int64 = try row[idColumn], let name: String = try row[nameColumn] else { return nil }
                return EntityRef(id: id, kind: kind, name: name)
            }
            let entities = try database.fetchAll(sql: KnowledgeBase.sourceEntitiesSQL, arguments: [id]) { row -> SourceReport.Mention? in
                guard let kind = EntityKind(rawValue: try row[1]) else { return nil }
                return SourceReport.Mention(entity: EntityRef(id: try row[0], kind: kind, name: try row[2]), evidence: try row[3])
            }.compactMap { $0 }
            let facts = try database.fetchAll(sql: KnowledgeBase.sourceFactsSQL, arguments: [id]) { row -> SourceReport.Fact? in
                guard let fromKind = EntityKind(rawValue: try row["from_kind"]), let toKind = EntityKind(rawValue: try row["to_kind"]) else { return nil }
                return SourceReport.Fact(
                    linkID: try row["link_id"], from: EntityRef(id: try row["from_id"], kind: fromKind, name: try row["from_name"]),
                    relation: try row["relation"], label: try row["label"],
                    to: EntityRef(id: try row["to_id"], kind: toKind, name: try row["to_name"]),
                    detail: try row["role"], sharePercent: try row["share_percent"],
                    since: QualifiedDate(try row["since"], try row["since_qualifier"]),
                    until: QualifiedDate(try row["until"], try row["until_qualifier"]),
                    asOf: try row["as_of"], status: try row["status"], evidence: try row["evidence"])
            }.compactMap { $0 }
            let quotes = try database.fetchAll(sql: KnowledgeBase.sourceQuotesSQL, arguments: [id], KnowledgeBase.quoteRow)
            let reports = try database.fetchAll(sql: KnowledgeBase.sourceSQL, arguments: [id]) { row in
                SourceReport(
                    id: id, label: try row["label"], sourceType: try row["source_type"], title: try row["title"],
                    publisher: try ref(row, "publisher_id", "publisher", .organisation), via: try ref(row, "via_id", "via", .organisation),
                    url: try row["url"], reference: try row["reference"], publishedOn: try row["published_on"],
                    dateline: try ref(row, "dateline_place_id", "dateline", .place),
                    entities: entities, facts: facts, quotes: quotes)
            }
            guard let report = reports.first else {
                throw KnowledgeBaseError.invalidArgument(name: "source", problem: "no source has id \(id)")
            }
            return report
        }
    }

    /// The sources published last (then added last), at most `limit`.
    public func latestSources(limit: Int = 10) throws -> [SourceCitation] {
        try KnowledgeBase.wrap {
            try database.fetchAll(sql: "SELECT id, label, published_on FROM sources ORDER BY published_on DESC, id DESC LIMIT ?",
                                  arguments: [max(0, limit)]) { row in
                SourceCitation(sourceID: try row[0], label: try row[1], publishedOn: try row[2], evidence: nil)
            }
        }
    }

    static let sourceSQL = """
        SELECT s.label, s.source_type, s.title, s.url, s.reference, s.published_on,
               s.publisher_id, p.name AS publisher, s.via_id, v.name AS via, s.dateline_place_id, d.name AS dateline
        FROM sources AS s LEFT JOIN organisations AS p ON p.id = s.publisher_id LEFT JOIN organisations AS v ON v.id = s.via_id
        LEFT JOIN places AS d ON d.id = s.dateline_place_id
        WHERE s.id = ?
        """

    static let sourceEntitiesSQL = """
        SELECT e.id, e.kind, e.name, es.evidence FROM entity_sources AS es JOIN entities AS e ON e.id = es.entity_id
        WHERE es.source_id = ? ORDER BY e.kind, e.name
        """

    static let sourceFactsSQL = """
        SELECT l.id AS link_id, l.relation, r.label, f.id AS from_id, f.kind AS from_kind, f.name AS from_name,
               t.id AS to_id, t.kind AS to_kind, t.name AS to_name, l.role, l.share_percent, l.since, l.since_qualifier,
               l.until, l.until_qualifier, l.as_of, l.status, ls.evidence
        FROM link_sources AS ls JOIN links AS l ON l.id = ls.link_id
        JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
        JOIN entities AS f ON f.id = l.from_id JOIN entities AS t ON t.id = l.to_id
        WHERE ls.source_id = ? ORDER BY f.name, l.relation, t.name
        """

    static let sourceQuotesSQL = """
        SELECT q.*, NULL AS snippet FROM quote_details AS q
        WHERE q.quote_id IN (SELECT id FROM quotes WHERE source_id = ?) ORDER BY q.said_on, q.quote_id
        """
}
