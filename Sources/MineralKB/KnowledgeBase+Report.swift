import SQLite

extension KnowledgeBase {
    /// The relationship report of any entity found by name or alias: identity, aliases, every link in
    /// both directions grouped by kind, forums, quotes by and about it, and the sources of each line.
    /// With `depth` above 1 it adds the neighbourhood to that depth, walking the connections of
    /// `neighbourhoodCategories` (see `connectionCategories()`); by default every category but the
    /// place hierarchy, which would otherwise fill a report with reference geography.
    ///
    /// - Throws: `.unknownEntity`, or `.ambiguousName` with the candidates.
    public func report(for name: String, depth: Int = 1, neighbourhoodCategories: Set<String>? = nil) throws -> EntityReport {
        try report(of: try entity(named: name), depth: depth, neighbourhoodCategories: neighbourhoodCategories)
    }

    func report(of entity: EntityRef, depth: Int, neighbourhoodCategories: Set<String>? = nil) throws -> EntityReport {
        guard KnowledgeBase.neighbourhoodDepths.contains(depth) else {
            throw KnowledgeBaseError.outOfRange(argument: .depth, value: depth, allowed: KnowledgeBase.neighbourhoodDepths)
        }
        let categories = try neighbourhoodCategories
            ?? Set(connectionCategories().filter { $0 != KnowledgeBase.hierarchyCategory })
        let neighbourhood = depth > 1 ? try self.neighbourhood(around: entity, depth: depth, categories: categories) : nil
        return try KnowledgeBase.wrap {
            let description = try database.fetchOne(String.self, sql: "SELECT description FROM entities WHERE id = ?", arguments: [entity.id])
            let aliases = try database.fetchAll(sql: "SELECT alias FROM aliases WHERE entity_id = ? AND alias <> ? ORDER BY alias",
                                                arguments: [entity.id, entity.name]) { row -> String in try row[0] }
            let sources = try database.fetchAll(sql: """
                SELECT s.id, s.label, s.published_on, es.evidence, pub.name FROM entity_sources AS es JOIN sources AS s ON s.id = es.source_id
                LEFT JOIN organisations AS pub ON pub.id = s.publisher_id
                WHERE es.entity_id = ? ORDER BY s.published_on, s.id
                """, arguments: [entity.id]) { row in
                SourceCitation(sourceID: try row[0], label: try row[1], publishedOn: try row[2], evidence: try row[3], publisher: try row[4])
            }
            let quotesBy = try database.fetchAll(sql: KnowledgeBase.reportQuotesBySQL, arguments: [entity.id], KnowledgeBase.quoteRow)
            let quotesAbout = try database.fetchAll(sql: KnowledgeBase.reportQuotesAboutSQL, arguments: [entity.id], KnowledgeBase.quoteRow)
            let linkGroups = try self.linkGroups(of: entity)
            return EntityReport(
                entity: entity, description: description, facts: try facts(about: entity), aliases: aliases, sources: sources,
                linkGroups: linkGroups, forums: forums(from: linkGroups, quotes: quotesBy), quotesBy: quotesBy, quotesAbout: quotesAbout,
                firmsWithin: entity.kind == .place ? try firmsActive(inPlace: entity, filter: FirmFilter(status: nil)) : [],
                projectsWithin: entity.kind == .place ? try projects(within: entity) : [],
                neighbourhood: neighbourhood)
        }
    }

    private func facts(about entity: EntityRef) throws -> [EntityReport.Fact] {
        let sql: String
        switch entity.kind {
        case .organisation: sql = "SELECT 'type', organisation_type FROM organisations WHERE id = ?1"
        case .person: return try otherNameFacts(of: entity)
        case .place:
            sql = """
                SELECT 'type', place_type FROM places WHERE id = ?1
                UNION ALL SELECT 'ISO 3166 code', iso_code FROM places WHERE id = ?1 AND iso_code IS NOT NULL
                UNION ALL SELECT 'within', group_concat(name, ', ') FROM (
                    SELECT w.name FROM place_ancestors AS a JOIN places AS w ON w.id = a.ancestor_id
                    WHERE a.place_id = ?1 AND a.depth > 0 ORDER BY a.depth) HAVING count(*) > 0
                UNION ALL SELECT 'parent', 'in ' || parent.name || ' as background knowledge (no source states it)'
                    FROM places AS p JOIN places AS parent ON parent.id = p.parent_id WHERE p.id = ?1 AND p.parent_basis = 'background'
                UNION ALL SELECT 'parent', 'in ' || parent.name || ' per ' || s.label || coalesce(' [' || pps.certainty || ']', '')
                        || coalesce(' (note: ' || pps.note || ')', '')
                    FROM place_parent_sources AS pps JOIN sources AS s ON s.id = pps.source_id
                    JOIN places AS p ON p.id = pps.place_id JOIN places AS parent ON parent.id = p.parent_id WHERE pps.place_id = ?1
                """
        case .mineral:
            sql = """
                SELECT 'symbol', symbol FROM minerals WHERE id = ?1 AND symbol IS NOT NULL
                UNION ALL SELECT 'group', mineral_group FROM minerals WHERE id = ?1 AND mineral_group IS NOT NULL
                """
        case .forum:
            sql = """
                SELECT 'starts', CASE starts_qualifier WHEN 'before' THEN starts_on || ' or before'
                    WHEN 'after' THEN starts_on || ' or after' WHEN 'about' THEN 'about ' || starts_on ELSE starts_on END
                FROM forums WHERE id = ?1 AND starts_on IS NOT NULL
                UNION ALL SELECT 'ends', ends_on FROM forums WHERE id = ?1 AND ends_on IS NOT NULL
                UNION ALL SELECT 'kind', forum_kind FROM forums WHERE id = ?1 AND forum_kind IS NOT NULL
                UNION ALL SELECT 'theme', theme FROM forums WHERE id = ?1 AND theme IS NOT NULL
                UNION ALL SELECT 'status', status FROM forums WHERE id = ?1 AND status IS NOT NULL
                UNION ALL SELECT 'venue', p.name FROM forums AS f JOIN places AS p ON p.id = f.venue_id WHERE f.id = ?1
                UNION ALL SELECT * FROM (
                    SELECT ff.figure, CASE WHEN ff.qualifier IS NULL OR ff.qualifier = 'exactly' THEN '' ELSE ff.qualifier || ' ' END
                           || CASE WHEN ff.value = CAST(ff.value AS INTEGER) THEN CAST(CAST(ff.value AS INTEGER) AS TEXT) ELSE CAST(ff.value AS TEXT) END
                           || coalesce(' (“' || ff.printed || '”)', '') || ' per ' || s.label
                    FROM forum_figures AS ff JOIN sources AS s ON s.id = ff.source_id WHERE ff.forum_id = ?1
                    ORDER BY ff.figure, s.published_on, s.id)
                UNION ALL SELECT 'agreement signed here', a.name || ' ' || r.label || ' ' || b.name
                    FROM links AS l JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
                    JOIN entities AS a ON a.id = l.from_id JOIN entities AS b ON b.id = l.to_id WHERE l.forum_id = ?1
                """
        case .project:
            sql = """
                SELECT 'type', project_type FROM projects WHERE id = ?1
                UNION ALL SELECT 'status', status FROM projects WHERE id = ?1 AND status IS NOT NULL
                """
        }
        return try (database.fetchAll(sql: sql, arguments: [entity.id]) { row in
            EntityReport.Fact(label: try row[0], value: try row[1])
        }) + otherNameFacts(of: entity)
    }

    /// The names with a kind, as facts: "name: formerly Barrick Gold Corporation (until 2025)",
    /// "name: misprint Barick".
    private func otherNameFacts(of entity: EntityRef) throws -> [EntityReport.Fact] {
        try database.fetchAll(sql: """
            SELECT CASE alias_kind WHEN 'former name' THEN 'formerly' ELSE alias_kind END || ' ' || alias
                   || coalesce(' (until ' || changed_on || ')', '')
            FROM aliases WHERE entity_id = ? AND alias_kind IS NOT NULL ORDER BY alias_kind, changed_on, alias
            """, arguments: [entity.id]) { row in EntityReport.Fact(label: "name", value: try row[0]) }
    }

    private func linkGroups(of entity: EntityRef) throws -> [EntityReport.LinkGroup] {
        var rows: [(category: String, title: String, linkID: Int64?, link: EntityReport.Link)] = []
        try database.forEachRow(sql: KnowledgeBase.reportLinksSQL, arguments: [entity.id]) { row in
            guard let kind = EntityKind(rawValue: try row["other_kind"]) else { return }
            let link = EntityReport.Link(
                relation: try row["relation"], label: try row["label"], isIncoming: try row["incoming"],
                other: EntityRef(id: try row["other_id"], kind: kind, name: try row["other_name"]),
                detail: try row["role"], sharePercent: try row["share_percent"], quantity: try row["quantity"], unit: try row["unit"],
                since: QualifiedDate(try row["since"], try row["since_qualifier"]),
                until: QualifiedDate(try row["until"], try row["until_qualifier"]),
                asOf: try row["as_of"], status: try row["status"], sources: [],
                through: try (row["through_id"] as Int64?).map { EntityRef(id: $0, kind: .organisation, name: try row["through"]) },
                forum: try (row["forum_id"] as Int64?).map { EntityRef(id: $0, kind: .forum, name: try row["forum"]) })
            rows.append((try row["category"], try row["category_title"], try row["link_id"], link))
        }
        let citations = try citations(forLinks: rows.compactMap(\.linkID))
        var groups: [String: [EntityReport.Link]] = [:]
        var order: [(category: String, title: String)] = []
        for row in rows {
            let link = row.link
            let cited = EntityReport.Link(
                relation: link.relation, label: link.label, isIncoming: link.isIncoming, other: link.other, detail: link.detail,
                sharePercent: link.sharePercent, quantity: link.quantity, unit: link.unit, since: link.since, until: link.until,
                asOf: link.asOf, status: link.status, sources: row.linkID.flatMap { citations[$0] } ?? [], through: link.through,
                forum: link.forum)
            if groups[row.category] == nil { order.append((row.category, row.title)) }
            groups[row.category, default: []].append(cited)
        }
        return order.map { EntityReport.LinkGroup(category: $0.category, title: $0.title, links: groups[$0.category] ?? []) }
    }

    /// The projects located in `place` or inside it, each with its stakes (organisation → project links).
    private func projects(within place: EntityRef) throws -> [PlaceProject] {
        var order: [(project: EntityRef, place: EntityRef)] = []
        var stakes: [Int64: [PlaceProject.Stake]] = [:]
        try database.forEachRow(sql: KnowledgeBase.placeProjectsSQL, arguments: [place.id]) { row in
            let project = EntityRef(id: try row["project_id"], kind: .project, name: try row["project"])
            let located = EntityRef(id: try row["place_id"], kind: .place, name: try row["place"])
            if !order.contains(where: { $0.project == project && $0.place == located }) { order.append((project, located)) }
            let organisationID: Int64? = try row["organisation_id"]
            guard let organisationID else { return }
            stakes[project.id, default: []].append(PlaceProject.Stake(
                organisation: EntityRef(id: organisationID, kind: .organisation, name: try row["organisation"]),
                relation: try row["relation"], label: try row["label"], sharePercent: try row["share_percent"],
                detail: try row["role"],
                since: QualifiedDate(try row["since"], try row["since_qualifier"]),
                until: QualifiedDate(try row["until"], try row["until_qualifier"]),
                status: try row["status"]))
        }
        return order.map { PlaceProject(project: $0.project, place: $0.place, stakes: stakes[$0.project.id] ?? []) }
    }

    /// Projects located in a place's subtree (from the place hierarchy, then `located_in` links by
    /// place), with every stake an organisation holds in each, by relation and date.
    static let placeProjectsSQL = """
        SELECT pr.id AS project_id, pr.name AS project, p.id AS place_id, p.name AS place,
               o.id AS organisation_id, o.name AS organisation, s.relation, r.label, s.share_percent, s.role,
               s.since, s.since_qualifier, s.until, s.until_qualifier, s.status
        FROM place_ancestors AS a
        JOIN links AS w ON w.to_id = a.place_id AND w.relation = 'located_in' AND w.from_kind = 'project'
        JOIN projects AS pr ON pr.id = w.from_id
        JOIN places AS p ON p.id = w.to_id
        LEFT JOIN links AS s ON s.to_id = pr.id AND s.from_kind = 'organisation' AND s.to_kind = 'project'
        LEFT JOIN relations AS r ON r.name = s.relation AND r.from_kind = 'organisation' AND r.to_kind = 'project'
        LEFT JOIN organisations AS o ON o.id = s.from_id
        WHERE a.ancestor_id = ?1
        ORDER BY pr.name, p.name, s.relation, s.since IS NULL, s.since, o.name
        """

    private func forums(from groups: [EntityReport.LinkGroup], quotes: [QuoteRow]) -> [EntityReport.ForumAppearance] {
        var result: [EntityReport.ForumAppearance] = []
        for link in groups.flatMap(\.links) where link.other.kind == .forum && !link.isIncoming {
            result.append(.init(forum: link.other, role: link.relation, through: link.detail))
        }
        for quote in quotes {
            guard let forum = quote.forum, !result.contains(where: { $0.forum == forum }) else { continue }
            result.append(.init(forum: forum, role: "quoted", through: quote.speaker.map { "quotes by \($0.name)" }))
        }
        return result
    }

    /// Quotes said by the entity (a person) or on its behalf (an organisation).
    ///
    /// Filtered on the quotes table's own indexed columns: the view's speaker_id and organisation_id
    /// come from its LEFT JOINs, and a condition on them made SQLite scan every quote.
    static let reportQuotesBySQL = """
        SELECT q.*, NULL AS snippet FROM quote_details AS q
        WHERE q.quote_id IN (SELECT id FROM quotes WHERE speaker_id = ?1 UNION ALL SELECT id FROM quotes WHERE organisation_id = ?1)
        ORDER BY coalesce(q.said_on, q.published_on), q.quote_id
        """

    /// Quotes by others that mention the entity, or that the surrounding text says are about it.
    static let reportQuotesAboutSQL = """
        SELECT q.*, NULL AS snippet
        FROM (SELECT quote_id FROM quote_mentions WHERE entity_id = ?1 UNION SELECT quote_id FROM quote_subjects WHERE entity_id = ?1) AS m
        JOIN quote_details AS q ON q.quote_id = m.quote_id
        WHERE q.speaker_id IS NOT ?1 AND q.organisation_id IS NOT ?1
        ORDER BY coalesce(q.said_on, q.published_on), q.quote_id
        """

    /// Both directions of every link, plus the place hierarchy (a place's container and its parts),
    /// each with its category's heading as seen from the entity, in its order (`relation_categories`);
    /// within a relation, by date (since, else as of; undated last), so roles read in order.
    static let reportLinksSQL = """
        SELECT x.*, coalesce(CASE WHEN x.incoming THEN c.incoming_title ELSE c.title END, x.category) AS category_title FROM (
        SELECT r.category, l.id AS link_id, l.relation, r.label, 0 AS incoming, e.id AS other_id, e.kind AS other_kind,
               e.name AS other_name, l.role, l.share_percent, l.quantity, l.unit, l.since, l.since_qualifier,
               l.until, l.until_qualifier, l.as_of, l.status, coalesce(l.since, l.as_of) IS NULL AS undated,
               coalesce(l.since, l.as_of) AS dated, l.through_id, (SELECT name FROM organisations WHERE id = l.through_id) AS through,
               l.forum_id, (SELECT name FROM forums WHERE id = l.forum_id) AS forum
        FROM links AS l JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
        JOIN entities AS e ON e.id = l.to_id WHERE l.from_id = ?1
        UNION ALL
        SELECT r.category, l.id, l.relation, r.label, 1, e.id, e.kind, e.name, l.role, l.share_percent, l.quantity, l.unit,
               l.since, l.since_qualifier, l.until, l.until_qualifier, l.as_of, l.status,
               coalesce(l.since, l.as_of) IS NULL, coalesce(l.since, l.as_of), l.through_id,
               (SELECT name FROM organisations WHERE id = l.through_id), l.forum_id, (SELECT name FROM forums WHERE id = l.forum_id)
        FROM links AS l JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
        JOIN entities AS e ON e.id = l.from_id WHERE l.to_id = ?1
        UNION ALL
        SELECT 'hierarchy', NULL, 'part_of', 'is part of', 0, parent.id, 'place', parent.name, NULL, NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL, 'active', 1, NULL, NULL, NULL, NULL, NULL
        FROM places AS p JOIN places AS parent ON parent.id = p.parent_id WHERE p.id = ?1
        UNION ALL
        SELECT 'hierarchy', NULL, 'part_of', 'is part of', 1, child.id, 'place', child.name, NULL, NULL, NULL, NULL,
               NULL, NULL, NULL, NULL, NULL, 'active', 1, NULL, NULL, NULL, NULL, NULL
        FROM places AS child WHERE child.parent_id = ?1
        ) AS x LEFT JOIN relation_categories AS c ON c.category = x.category
        ORDER BY c.position, x.category, x.relation, x.incoming, x.undated, x.dated, x.other_name
        """
}
