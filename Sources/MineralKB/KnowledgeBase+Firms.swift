import SQLite

extension KnowledgeBase {
    /// The presence relations (`has_office_in`, `operates_in`, ...), for validating user input.
    public func presenceKinds() throws -> [String] {
        try KnowledgeBase.wrap {
            try database.fetchAll(sql: "SELECT DISTINCT name FROM relations WHERE category = 'presence' ORDER BY name") { try $0[0] }
        }
    }

    /// The firms present in `place` or anywhere inside it (an office in Karachi counts for Sindh and
    /// Pakistan), each row saying where, since when, with which status, and on which sources; by
    /// firm name, then place, then start.
    ///
    /// One page at a time when `limit` is given: the `limit` rows after the first `offset`
    /// (`limit: 50, offset: 50` is the second page of fifty). Without a limit, every row.
    public func firmsActive(in place: String, filter: FirmFilter = FirmFilter(), limit: Int? = nil, offset: Int = 0) throws -> [FirmPresence] {
        var rows: [FirmPresence] = []
        try forEachFirmActive(in: place, filter: filter, limit: limit, offset: offset) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each firm presence that `firmsActive(in:filter:limit:offset:)` would return,
    /// in the same order, as the rows come: memory stays flat however many there are.
    public func forEachFirmActive(in place: String, filter: FirmFilter = FirmFilter(), limit: Int? = nil, offset: Int = 0,
                                  _ body: (FirmPresence) throws -> Void) throws {
        try forEachFirmActive(inPlace: try entity(named: place, kinds: [.place]), filter: filter, limit: limit, offset: offset, body)
    }

    func firmsActive(inPlace placeRef: EntityRef, filter: FirmFilter) throws -> [FirmPresence] {
        var rows: [FirmPresence] = []
        try forEachFirmActive(inPlace: placeRef, filter: filter, limit: nil, offset: 0) { rows.append($0) }
        return rows
    }

    /// Presences whose origins and sources are read together, one query each per batch.
    static let firmBatchSize = 256

    /// `plan` forces one way of finding the rows (tests compare the two); nil lets `firmPlan` choose.
    func forEachFirmActive(inPlace placeRef: EntityRef, filter: FirmFilter, limit: Int?, offset: Int, plan: FirmPlan? = nil,
                           _ body: (FirmPresence) throws -> Void) throws {
        if let limit, limit < 1 {
            throw KnowledgeBaseError.outOfRange(argument: .limit, value: limit, allowed: 1...Int.max)
        }
        guard offset >= 0 else {
            throw KnowledgeBaseError.outOfRange(argument: .offset, value: offset, allowed: 0...Int.max)
        }
        let fromRef = try filter.from.map { try entity(named: $0, kinds: [.place]) }
        let mineralRef = try filter.mineral.map { try entity(named: $0, kinds: [.mineral]) }
        if let kinds = filter.presenceKinds {
            let known = try presenceKinds()
            for kind in kinds where !known.contains(kind) {
                throw KnowledgeBaseError.unknownWord(argument: .presence, word: kind, known: known)
            }
        }
        try KnowledgeBase.wrap {
            var batch: [(linkID: Int64, presence: FirmPresence)] = []
            /// Adds the batch's origins and sources, and hands its rows on.
            func flush() throws {
                let citations = try citations(forLinks: batch.map(\.linkID))
                let origins = try originNames(of: Array(Set(batch.map(\.presence.organisation.id))), direct: filter.direct)
                for (linkID, presence) in batch {
                    try body(FirmPresence(
                        organisation: presence.organisation, organisationType: presence.organisationType,
                        origins: origins[presence.organisation.id] ?? [], presence: presence.presence, detail: presence.detail,
                        viaProject: presence.viaProject, place: presence.place, since: presence.since, until: presence.until, status: presence.status,
                        sources: citations[linkID] ?? []))
                }
                batch.removeAll(keepingCapacity: true)
            }
            let chosen = try plan ?? firmPlan(place: placeRef.id, filter: filter, rows: limit.map { offset > Int.max - $0 ? Int.max : $0 + offset })
            try database.forEachRow(sql: chosen == .byFirmName ? KnowledgeBase.firmsByNameSQL : KnowledgeBase.firmsSQL, arguments: [
                "place": placeRef.id,
                "status": filter.status?.rawValue,
                "origin": fromRef?.id,
                "mineral": mineralRef?.id,
                "presence": filter.presenceKinds.map { "[" + $0.map { "\"\($0)\"" }.joined(separator: ",") + "]" },
                "as_of": filter.asOf?.text,
                "direct": filter.direct,
                "stated_only": filter.statedOnly,
                // A negative LIMIT is no limit in SQLite.
                "limit": limit ?? -1,
                "offset": offset,
            ]) { row in
                let organisation = EntityRef(id: try row["organisation_id"], kind: .organisation, name: try row["organisation"])
                let place = EntityRef(id: try row["place_id"], kind: .place, name: try row["place"])
                let projectID: Int64? = try row["via_project_id"]
                let project = try projectID.map { EntityRef(id: $0, kind: .project, name: try row["via_project"]) }
                batch.append((try row["link_id"], FirmPresence(
                    organisation: organisation, organisationType: try row["organisation_type"], origins: [],
                    presence: try row["presence"], detail: try row["detail"], viaProject: project, place: place,
                    since: QualifiedDate(try row["since"], try row["since_qualifier"]),
                    until: QualifiedDate(try row["until"], try row["until_qualifier"]),
                    status: try row["status"], sources: [])))
                if batch.count == KnowledgeBase.firmBatchSize { try flush() }
            }
            if !batch.isEmpty { try flush() }
        }
    }

    /// Each firm's origins as printed: "China", or "China via parent China Example Group" when only a
    /// parent is from there.
    private func originNames(of organisations: [Int64], direct: Bool) throws -> [Int64: [String]] {
        var result: [Int64: [String]] = [:]
        try database.forEachRow(sql: KnowledgeBase.originNamesSQL, arguments: [KnowledgeBase.jsonArray(organisations), direct]) { row in
            let place: String = try row[1]
            let parent: String? = try row[2]
            let text = parent.map { "\(place) via parent \($0)" } ?? place
            if result[try row[0], default: []].contains(text) { return }
            result[try row[0], default: []].append(text)
        }
        return result
    }

    /// Where each firm of a JSON array of ids comes from (`firm_origins`), by its own links and, unless
    /// `direct`, up its parents' chain (`parent_relations`; a former parent passes nothing on), nearest first.
    static let originNamesSQL = """
        WITH RECURSIVE up(organisation_id, id, depth) AS (
            SELECT value, value, 0 FROM json_each(?1)
            UNION
            -- The parents as a JSON array from a subquery: joined to links directly, SQLite first
            -- builds a Bloom filter by reading every link (the queue's guessed size outweighs the table).
            SELECT up.organisation_id, parent.value, up.depth + 1 FROM up
            JOIN json_each((SELECT json_group_array(h.to_id) FROM links AS h
                WHERE h.from_id = up.id AND h.to_kind = 'organisation' AND h.status <> 'former'
                AND h.relation IN (SELECT relation FROM parent_relations))) AS parent
            WHERE NOT ?2 AND up.depth < 8
        )
        SELECT DISTINCT up.organisation_id, f.place, CASE WHEN up.depth > 0 THEN parent.name END AS via_parent, up.depth
        FROM up JOIN firm_origins AS f ON f.organisation_id = up.id AND f.within_id = f.place_id
        JOIN entities AS parent ON parent.id = up.id
        ORDER BY up.organisation_id, up.depth, f.place
        """

    /// Starts from the place's descendants (one index range), then the presence links that end there
    /// and the stakes in projects located there (`project_presence_relations`); every filter is a
    /// bound parameter that is NULL when unused.
    static let firmsSQL = """
        WITH present AS (
            SELECT l.id AS link_id, l.from_id AS organisation_id, l.relation AS presence, l.role AS detail,
                   l.to_id AS place_id, NULL AS via_project_id,
                   l.since, l.since_qualifier, l.until, l.until_qualifier, l.status
            FROM place_ancestors AS a
            JOIN links AS l ON l.to_id = a.place_id AND l.to_kind = 'place' AND l.from_kind = 'organisation'
            JOIN relations AS r ON r.name = l.relation AND r.from_kind = 'organisation' AND r.to_kind = 'place'
            WHERE a.ancestor_id = :place AND r.category = 'presence'
            UNION ALL
            SELECT s.id, s.from_id, s.relation, s.role, w.to_id, w.from_id,
                   s.since, s.since_qualifier, s.until, s.until_qualifier, s.status
            FROM place_ancestors AS a
            JOIN links AS w ON w.to_id = a.place_id AND w.relation = 'located_in' AND w.from_kind = 'project'
            JOIN links AS s ON s.to_id = w.from_id AND s.from_kind = 'organisation'
            WHERE a.ancestor_id = :place AND NOT :direct AND s.relation IN (SELECT relation FROM project_presence_relations)
        )
        SELECT x.link_id, o.id AS organisation_id, o.name AS organisation, o.organisation_type,
               x.presence, x.detail, p.id AS place_id, p.name AS place, pr.id AS via_project_id, pr.name AS via_project,
               x.since, x.since_qualifier, x.until, x.until_qualifier, x.status
        FROM present AS x
        JOIN organisations AS o ON o.id = x.organisation_id
        JOIN places AS p ON p.id = x.place_id
        LEFT JOIN projects AS pr ON pr.id = x.via_project_id
        WHERE \(firmFilters(linkID: "x.link_id", presence: "x.presence"))
        ORDER BY o.name, p.name, x.since, x.link_id
        LIMIT :limit OFFSET :offset
        """

    /// The same rows in the same order as `firmsSQL`, found the other way round: the firms in name
    /// order (`entities_by_kind_name`; `entities.name` is the firm's name, kept equal by triggers),
    /// each firm's links (`links_by_from`), kept when they end inside the place, directly or through a
    /// project located there (`place_ancestors` by its key). The rows of one name are sorted among
    /// themselves, so SQLite stops as soon as the page is full: the first page of a country where
    /// thousands of firms are present reads a few hundred firms, not every presence. In a place where
    /// few firms are, it would read every firm: `firmPlan` chooses.
    static let firmsByNameSQL = """
        SELECT x.id AS link_id, o.id AS organisation_id, o.name AS organisation, o.organisation_type,
               x.relation AS presence, x.role AS detail, p.id AS place_id, p.name AS place, pr.id AS via_project_id, pr.name AS via_project,
               x.since, x.since_qualifier, x.until, x.until_qualifier, x.status
        FROM entities AS e
        CROSS JOIN organisations AS o ON o.id = e.id
        CROSS JOIN links AS x ON x.from_id = e.id
        LEFT JOIN links AS w ON x.to_kind = 'project' AND NOT :direct AND w.from_id = x.to_id AND w.relation = 'located_in'
        CROSS JOIN place_ancestors AS a ON a.place_id = coalesce(w.to_id, x.to_id) AND a.ancestor_id = :place
        CROSS JOIN places AS p ON p.id = a.place_id
        LEFT JOIN projects AS pr ON pr.id = w.from_id
        WHERE e.kind = 'organisation'
          AND (x.to_kind = 'place' AND x.relation IN (
                    SELECT name FROM relations WHERE category = 'presence' AND from_kind = 'organisation' AND to_kind = 'place')
               OR w.id IS NOT NULL AND x.relation IN (SELECT relation FROM project_presence_relations))
          AND \(firmFilters(linkID: "x.id", presence: "x.relation"))
        ORDER BY e.name, p.name, x.since, x.id
        LIMIT :limit OFFSET :offset
        """

    /// The filters both plans apply to a presence row `x` of firm `o`, the link's id and relation
    /// being named `linkID` and `presence` there; every value is a bound parameter, NULL when unused.
    private static func firmFilters(linkID: String, presence: String) -> String {
        """
          (:status IS NULL OR x.status = :status)
          AND (NOT :stated_only OR EXISTS (
                SELECT 1 FROM link_sources AS c WHERE c.link_id = \(linkID) AND (c.certainty IS NULL OR c.certainty = 'stated')))
          AND (:presence IS NULL OR \(presence) IN (SELECT value FROM json_each(:presence)))
          AND (:as_of IS NULL OR (
                (x.since IS NULL OR substr(x.since, 1, min(length(x.since), length(:as_of))) <= substr(:as_of, 1, min(length(x.since), length(:as_of))))
            AND (x.until IS NULL OR substr(x.until, 1, min(length(x.until), length(:as_of))) >= substr(:as_of, 1, min(length(x.until), length(:as_of))))))
          AND (:origin IS NULL OR EXISTS (
                WITH RECURSIVE up(id, depth) AS (
                    SELECT o.id, 0
                    UNION
                    -- Parents through a subquery, as in originNamesSQL: no Bloom filter over every link.
                    SELECT parent.value, up.depth + 1 FROM up
                    JOIN json_each((SELECT json_group_array(h.to_id) FROM links AS h
                        WHERE h.from_id = up.id AND h.to_kind = 'organisation' AND h.status <> 'former'
                        AND h.relation IN (SELECT relation FROM parent_relations))) AS parent
                    WHERE NOT :direct AND up.depth < 8)
                -- CROSS JOIN and +: from the few firms up the chain to their origins, not from every firm of the country.
                SELECT 1 FROM up CROSS JOIN firm_origins AS f ON f.organisation_id = up.id WHERE +f.within_id = :origin))
          AND (:mineral IS NULL OR EXISTS (
                SELECT 1 FROM links AS m WHERE m.from_id = o.id
                AND m.to_id IN (SELECT mineral_id FROM mineral_family_members WHERE family_id = :mineral))
            OR EXISTS (
                SELECT 1 FROM links AS s JOIN links AS k ON k.from_id = s.to_id AND k.relation = 'works'
                WHERE s.from_id = o.id AND s.to_kind = 'project'
                AND k.to_id IN (SELECT mineral_id FROM mineral_family_members WHERE family_id = :mineral)))
        """
    }

    /// How many firms' presence links end inside a place, counted up to `:cap` only (an index range of
    /// `links_by_to`, its rows unread): enough to tell a country of thousands from a district of three.
    static let firmPresenceProbeSQL = """
        SELECT count(*) FROM (
            SELECT 1 FROM place_ancestors AS a
            JOIN links AS l ON l.to_id = a.place_id
            WHERE a.ancestor_id = :place AND l.relation IN (
                SELECT name FROM relations WHERE category = 'presence' AND from_kind = 'organisation' AND to_kind = 'place')
            LIMIT :cap)
        """

    /// The firms the planner statistics count (`sqlite_stat1`, kept fresh by imports), else a count.
    static let organisationEstimateSQL = """
        SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE tbl = 'organisations' AND idx IS NULL
        """

    /// Which way to find the first `rows` rows (nil: all of them) of the firms in `place`.
    ///
    /// Walking firms by name reads about `rows × firms / presences` firms, each for a few links;
    /// starting from the place reads every presence there once. The walk pays when the place holds
    /// more than `sqrt(walkCostRatio × rows × firms)` presences, which the probe counts up to that
    /// number and no further. Filters on origin, mineral, presence kind or a status other than active
    /// can leave few of the walked firms in the list, so those lists always start from the place.
    func firmPlan(place: Int64, filter: FirmFilter, rows: Int?) throws -> FirmPlan {
        guard let rows, filter.from == nil, filter.mineral == nil, filter.presenceKinds == nil,
              filter.status == nil || filter.status == .active else { return .fromPlace }
        let hasStatistics = try database.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'") ?? 0 > 0
        let estimate = hasStatistics ? try database.fetchOne(Int.self, sql: KnowledgeBase.organisationEstimateSQL) : nil
        let firms = try estimate ?? database.fetchOne(Int.self, sql: "SELECT count(*) FROM organisations") ?? 0
        let needed = (Double(KnowledgeBase.walkCostRatio) * Double(rows) * Double(firms)).squareRoot().rounded(.up)
        guard needed < Double(Int.max / 2) else { return .fromPlace }
        let cap = max(Int(needed), 1)
        let presences = try database.fetchOne(Int.self, sql: KnowledgeBase.firmPresenceProbeSQL, arguments: ["place": place, "cap": cap]) ?? 0
        return presences >= cap ? .byFirmName : .fromPlace
    }

    /// What reading one firm in the name walk costs, in units of reading one presence from the place
    /// (measured on the large benchmark base: the two plans cost the same for Pakistan's rows 2,500 on).
    static let walkCostRatio = 5
}
