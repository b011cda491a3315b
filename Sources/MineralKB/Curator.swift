import SQLite

/// Removes what a source backs and the entities left with nothing, and records changes: the work
/// shared by `mkb retract`, `mkb merge` and an import that replaces a source's facts.
///
/// Runs inside the caller's transaction and never commits by itself.
final class Curator {
    /// What one source backs: the rows to keep when a re-import gives them again.
    struct Backing {
        var links: Set<Int64> = []
        var entities: Set<Int64> = []
        var quotes: Set<Int64> = []
        /// "scheme:value" of the identifiers the source gives.
        var identifiers: Set<String> = []
    }

    /// What a removal took away, in words, and the ids it touched.
    struct Removal {
        /// One line per fact removed: "link: Min Ziheng works at Jiaozuo Creation (Director)".
        var lines: [String] = []
        var linksRemoved = 0
        var citationsRemoved = 0
        var quotesRemoved = 0
        var entityCitationsRemoved = 0
        var identifiersRemoved = 0
        var entitiesRemoved: [EntityRef] = []
        /// Entities whose facts changed (to check for orphans, and to record in `changes`).
        var touched: Set<Int64> = []

        var isEmpty: Bool { lines.isEmpty && entitiesRemoved.isEmpty }
    }

    let database: Database

    init(database: Database) { self.database = database }

    // MARK: - What a source backs

    /// The rows `sourceID` backs now.
    func backing(of sourceID: Int64) throws -> Backing {
        var backing = Backing()
        backing.links = Set(try database.fetchAll(sql: "SELECT link_id FROM link_sources WHERE source_id = ?", arguments: [sourceID]) { try $0[0] })
        backing.entities = Set(try database.fetchAll(sql: "SELECT entity_id FROM entity_sources WHERE source_id = ?", arguments: [sourceID]) { try $0[0] })
        backing.quotes = Set(try database.fetchAll(sql: "SELECT id FROM quotes WHERE source_id = ?", arguments: [sourceID]) { try $0[0] })
        backing.identifiers = Set(try database.fetchAll(sql: "SELECT scheme || ':' || value FROM identifiers WHERE source_id = ?",
                                                        arguments: [sourceID]) { try $0[0] })
        return backing
    }

    /// Takes away what `sourceID` backs except `kept`: its citations of links (a link no other
    /// source backs goes with it), of entities, its quotes with their mentions, the identifiers it
    /// gave. Entities left with nothing are not removed here: see `removeOrphans`.
    func removeBacking(of sourceID: Int64, except kept: Backing = Backing()) throws -> Removal {
        var removal = Removal()
        let now = try backing(of: sourceID)
        for linkID in now.links.subtracting(kept.links).sorted() {
            let ends = try database.fetchAll(sql: "SELECT from_id, to_id FROM links WHERE id = ?", arguments: [linkID]) { row -> [Int64] in
                [try row[0], try row[1]]
            }.first ?? []
            removal.touched.formUnion(ends)
            let others = try database.fetchOne(Int.self, sql: "SELECT count(*) FROM link_sources WHERE link_id = ? AND source_id <> ?",
                                               arguments: [linkID, sourceID]) ?? 0
            let text = try describeLink(linkID)
            if others == 0 {
                try database.execute(sql: "DELETE FROM links WHERE id = ?", arguments: [linkID])
                removal.linksRemoved += 1
                removal.lines.append("link: \(text)")
            } else {
                try database.execute(sql: "DELETE FROM link_sources WHERE link_id = ? AND source_id = ?", arguments: [linkID, sourceID])
                removal.citationsRemoved += 1
                removal.lines.append("citation of a link other sources still back: \(text)")
            }
        }
        for quoteID in now.quotes.subtracting(kept.quotes).sorted() {
            removal.touched.formUnion(try database.fetchAll(sql: """
                SELECT speaker_id FROM quotes WHERE id = ?1 AND speaker_id IS NOT NULL
                UNION SELECT organisation_id FROM quotes WHERE id = ?1 AND organisation_id IS NOT NULL
                UNION SELECT forum_id FROM quotes WHERE id = ?1 AND forum_id IS NOT NULL
                UNION SELECT told_to_id FROM quotes WHERE id = ?1 AND told_to_id IS NOT NULL
                UNION SELECT entity_id FROM quote_mentions WHERE quote_id = ?1
                """, arguments: [quoteID]) { try $0[0] })
            removal.lines.append("quote: \(try describeQuote(quoteID))")
            // Another outlet's rewording loses the original it pointed at, not its own words.
            try database.execute(sql: "UPDATE quotes SET original_quote_id = NULL WHERE original_quote_id = ?", arguments: [quoteID])
            try database.execute(sql: "DELETE FROM quotes WHERE id = ?", arguments: [quoteID])
            removal.quotesRemoved += 1
        }
        for entityID in now.entities.subtracting(kept.entities).sorted() {
            removal.touched.insert(entityID)
            try database.execute(sql: "DELETE FROM entity_sources WHERE entity_id = ? AND source_id = ?", arguments: [entityID, sourceID])
            removal.entityCitationsRemoved += 1
            removal.lines.append("citation of \(try describeEntity(entityID))")
        }
        for identifier in now.identifiers.subtracting(kept.identifiers).sorted() {
            try database.forEachRow(sql: "SELECT entity_id FROM identifiers WHERE scheme || ':' || value = ? AND source_id = ?",
                                    arguments: [identifier, sourceID]) { row in
                let entityID: Int64 = try row[0]
                removal.touched.insert(entityID)
                removal.lines.append("identifier \(identifier) of \(try describeEntity(entityID))")
            }
            try database.execute(sql: "DELETE FROM identifiers WHERE scheme || ':' || value = ? AND source_id = ?", arguments: [identifier, sourceID])
            removal.identifiersRemoved += 1
        }
        return removal
    }

    /// Removes the entities among `candidates` that nothing holds any more: no source reports them,
    /// no link joins them, no quote or source refers to them, no place lies inside them, and they
    /// are not reference data. A place removed may leave its container with nothing: it is looked
    /// at too.
    func removeOrphans(among candidates: Set<Int64>, into removal: inout Removal) throws {
        var pending = candidates
        while let id = pending.min() {
            pending.remove(id)
            guard let entity = try entityRef(id), try isOrphan(id) else { continue }
            let parent = try database.fetchOne(Int64.self, sql: "SELECT parent_id FROM places WHERE id = ?", arguments: [id])
            try database.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [id])
            removal.entitiesRemoved.append(entity)
            removal.lines.append("entity: \(entity.name) (\(entity.kind.rawValue) #\(entity.id)), reported by no source any more")
            if let parent { pending.insert(parent) }
        }
    }

    private func isOrphan(_ id: Int64) throws -> Bool {
        try database.fetchOne(Int.self, sql: """
            SELECT NOT (EXISTS (SELECT 1 FROM reference_entities WHERE entity_id = ?1)
                OR EXISTS (SELECT 1 FROM entity_sources WHERE entity_id = ?1)
                OR EXISTS (SELECT 1 FROM links WHERE from_id = ?1) OR EXISTS (SELECT 1 FROM links WHERE to_id = ?1)
                OR EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1) OR EXISTS (SELECT 1 FROM quotes WHERE organisation_id = ?1)
                OR EXISTS (SELECT 1 FROM quotes WHERE forum_id = ?1) OR EXISTS (SELECT 1 FROM quotes WHERE told_to_id = ?1)
                OR EXISTS (SELECT 1 FROM quote_mentions WHERE entity_id = ?1)
                OR EXISTS (SELECT 1 FROM sources WHERE publisher_id = ?1) OR EXISTS (SELECT 1 FROM sources WHERE via_id = ?1)
                OR EXISTS (SELECT 1 FROM sources WHERE dateline_place_id = ?1)
                OR EXISTS (SELECT 1 FROM places WHERE parent_id = ?1))
            """, arguments: [id]) == 1
    }

    // MARK: - The audit log

    /// Adds a row to `changes`; returns its id.
    @discardableResult
    func record(command: String, summary: String, entityIDs: Set<Int64>, sourceIDs: Set<Int64>, details: String?) throws -> Int64 {
        try database.execute(sql: "INSERT INTO changes(command, summary, entity_ids, source_ids, details) VALUES (?, ?, ?, ?, ?)",
                             arguments: [command, summary, KnowledgeBase.jsonArray(entityIDs.sorted()),
                                         KnowledgeBase.jsonArray(sourceIDs.sorted()), details])
        return database.lastInsertedRowID
    }

    // MARK: - Facts in words

    func entityRef(_ id: Int64) throws -> EntityRef? {
        try database.fetchAll(sql: "SELECT kind, name FROM entities WHERE id = ?", arguments: [id]) { row -> EntityRef? in
            guard let kind = EntityKind(rawValue: try row[0]) else { return nil }
            return EntityRef(id: id, kind: kind, name: try row[1])
        }.first ?? nil
    }

    func describeEntity(_ id: Int64) throws -> String {
        guard let entity = try entityRef(id) else { return "entity #\(id)" }
        return "\(entity.name) (\(entity.kind.rawValue) #\(id))"
    }

    /// "Min Ziheng works at Jiaozuo Creation Heavy Industry Co Ltd (Director Marketing Planning; since 2006)".
    func describeLink(_ id: Int64) throws -> String {
        try database.fetchAll(sql: """
            SELECT f.name, r.label, t.name, l.role, l.share_percent, l.since, l.until, l.as_of, l.status
            FROM links AS l JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
            JOIN entities AS f ON f.id = l.from_id JOIN entities AS t ON t.id = l.to_id WHERE l.id = ?
            """, arguments: [id]) { row -> String in
            var details: [String] = []
            if let role: String = try row[3] { details.append(role) }
            if let share: Double = try row[4] { details.append((share == share.rounded() ? String(Int(share)) : String(share)) + "%") }
            if let since: String = try row[5] { details.append("since \(since)") }
            if let until: String = try row[6] { details.append("until \(until)") }
            if let asOf: String = try row[7] { details.append("as of \(asOf)") }
            let status: String = try row[8]
            if status != "active" { details.append(status) }
            let from: String = try row[0]
            let label: String = try row[1]
            let to: String = try row[2]
            return "\(from) \(label) \(to)" + (details.isEmpty ? "" : " (\(details.joined(separator: "; ")))")
        }.first ?? "link #\(id)"
    }

    /// `Min Ziheng: “Pakistan has vast mineral…”`, the text cut at 80 characters.
    func describeQuote(_ id: Int64) throws -> String {
        try database.fetchAll(sql: """
            SELECT coalesce(sp.name, o.name), q.text FROM quotes AS q LEFT JOIN entities AS sp ON sp.id = q.speaker_id
            LEFT JOIN entities AS o ON o.id = q.organisation_id WHERE q.id = ?
            """, arguments: [id]) { row -> String in
            let text: String = try row[1]
            let short = text.count > 80 ? String(text.prefix(79)) + "…" : text
            let who: String? = try row[0]
            return (who.map { "\($0): " } ?? "") + "“\(short)”"
        }.first ?? "quote #\(id)"
    }
}
