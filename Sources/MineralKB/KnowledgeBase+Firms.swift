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

    private func forEachFirmActive(inPlace placeRef: EntityRef, filter: FirmFilter, limit: Int?, offset: Int,
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
                let origins = try originNames(of: Array(Set(batch.map(\.presence.organisation.id))))
                for (linkID, presence) in batch {
                    try body(FirmPresence(
                        organisation: presence.organisation, organisationType: presence.organisationType,
                        origins: origins[presence.organisation.id] ?? [], presence: presence.presence, detail: presence.detail,
                        place: presence.place, since: presence.since, until: presence.until, status: presence.status,
                        sources: citations[linkID] ?? []))
                }
                batch.removeAll(keepingCapacity: true)
            }
            try database.forEachRow(sql: KnowledgeBase.firmsSQL, arguments: [
                "place": placeRef.id,
                "status": filter.status?.rawValue,
                "origin": fromRef?.id,
                "mineral": mineralRef?.id,
                "presence": filter.presenceKinds.map { "[" + $0.map { "\"\($0)\"" }.joined(separator: ",") + "]" },
                "as_of": filter.asOf?.text,
                // A negative LIMIT is no limit in SQLite.
                "limit": limit ?? -1,
                "offset": offset,
            ]) { row in
                let organisation = EntityRef(id: try row["organisation_id"], kind: .organisation, name: try row["organisation"])
                let place = EntityRef(id: try row["place_id"], kind: .place, name: try row["place"])
                batch.append((try row["link_id"], FirmPresence(
                    organisation: organisation, organisationType: try row["organisation_type"], origins: [],
                    presence: try row["presence"], detail: try row["detail"], place: place,
                    since: QualifiedDate(try row["since"], try row["since_qualifier"]),
                    until: QualifiedDate(try row["until"], try row["until_qualifier"]),
                    status: try row["status"], sources: [])))
                if batch.count == KnowledgeBase.firmBatchSize { try flush() }
            }
            if !batch.isEmpty { try flush() }
        }
    }

    private func originNames(of organisations: [Int64]) throws -> [Int64: [String]] {
        var result: [Int64: [String]] = [:]
        try database.forEachRow(sql: KnowledgeBase.originNamesSQL, arguments: [KnowledgeBase.jsonArray(organisations)]) { row in
            result[try row[0], default: []].append(try row[1])
        }
        return result
    }

    /// Where each firm of a JSON array of ids comes from (the relations marked `is_origin`).
    static let originNamesSQL = """
        SELECT DISTINCT f.organisation_id, f.place FROM json_each(?) AS j
        JOIN firm_origins AS f ON f.organisation_id = j.value AND f.within_id = f.place_id ORDER BY f.place
        """

    /// Starts from the place's descendants (one index range), then their presence links (indexed by
    /// to_id); every filter is a bound parameter that is NULL when unused.
    static let firmsSQL = """
        SELECT l.id AS link_id, o.id AS organisation_id, o.name AS organisation, o.organisation_type,
               l.relation AS presence, l.role AS detail, p.id AS place_id, p.name AS place,
               l.since, l.since_qualifier, l.until, l.until_qualifier, l.status
        FROM place_ancestors AS a
        JOIN links AS l ON l.to_id = a.place_id AND l.to_kind = 'place' AND l.from_kind = 'organisation'
        JOIN relations AS r ON r.name = l.relation AND r.from_kind = 'organisation' AND r.to_kind = 'place'
        JOIN organisations AS o ON o.id = l.from_id
        JOIN places AS p ON p.id = l.to_id
        WHERE a.ancestor_id = :place
          AND r.category = 'presence'
          AND (:status IS NULL OR l.status = :status)
          AND (:presence IS NULL OR l.relation IN (SELECT value FROM json_each(:presence)))
          AND (:as_of IS NULL OR (
                (l.since IS NULL OR substr(l.since, 1, min(length(l.since), length(:as_of))) <= substr(:as_of, 1, min(length(l.since), length(:as_of))))
            AND (l.until IS NULL OR substr(l.until, 1, min(length(l.until), length(:as_of))) >= substr(:as_of, 1, min(length(l.until), length(:as_of))))))
          AND (:origin IS NULL OR EXISTS (
                SELECT 1 FROM firm_origins AS f WHERE f.organisation_id = o.id AND f.within_id = :origin))
          AND (:mineral IS NULL OR EXISTS (
                SELECT 1 FROM links AS m WHERE m.from_id = o.id AND m.to_id = :mineral)
            OR EXISTS (
                SELECT 1 FROM links AS s JOIN links AS w ON w.from_id = s.to_id AND w.relation = 'works'
                WHERE s.from_id = o.id AND s.to_kind = 'project' AND w.to_id = :mineral))
        ORDER BY o.name, p.name, l.since, l.id
        LIMIT :limit OFFSET :offset
        """
}
