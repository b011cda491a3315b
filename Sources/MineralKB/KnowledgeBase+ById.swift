import SQLite

/// The same calls by id: a program or a server holds an entity's id as a stable handle (names and
/// aliases change as documents arrive; the id does not).
extension KnowledgeBase {
    /// The entity of id `id`, if it is of one of `kinds`.
    ///
    /// - Throws: `.unknownEntity` (named `#id`) when no entity has the id; `.invalidArgument` when it
    ///   is of another kind.
    public func entity(id: Int64, kinds: Set<EntityKind> = Set(EntityKind.allCases)) throws -> EntityRef {
        let found = try KnowledgeBase.wrap {
            try database.fetchAll(sql: "SELECT id, kind, name FROM entities WHERE id = ?", arguments: [id]) { row -> EntityRef? in
                EntityKind(rawValue: try row[1]).map { EntityRef(id: id, kind: $0, name: (try? row[2]) ?? "") }
            }.compactMap { $0 }.first
        }
        guard let entity = found else { throw KnowledgeBaseError.unknownEntity(name: "#\(id)", kinds: kinds.sorted()) }
        guard kinds.contains(entity.kind) else {
            throw KnowledgeBaseError.invalidArgument(name: "#\(id)", problem: "is \(entity), expected a \(kinds.sorted().map(\.rawValue).joined(separator: " or "))")
        }
        return entity
    }

    /// The relationship report of the entity of id `id` (see `report(for:depth:)`).
    public func report(id: Int64, depth: Int = 1) throws -> EntityReport {
        try report(of: try entity(id: id), depth: depth)
    }

    /// Every connection within `depth` steps of the entity of id `id`, up to `limit` connections.
    public func neighbourhood(id: Int64, depth: Int = 1, limit: Int = 500) throws -> Neighbourhood {
        try neighbourhood(around: try entity(id: id), depth: depth, limit: limit)
    }

    /// The firms present in the place of id `placeID` or anywhere inside it, one page at a time when
    /// `limit` is given (see `firmsActive(in:filter:limit:offset:)`).
    public func firmsActive(inPlaceID placeID: Int64, filter: FirmFilter = FirmFilter(), limit: Int? = nil, offset: Int = 0) throws -> [FirmPresence] {
        var rows: [FirmPresence] = []
        try forEachFirmActive(inPlace: try entity(id: placeID, kinds: [.place]), filter: filter, limit: limit, offset: offset) { rows.append($0) }
        return rows
    }

    /// The shortest chain of connections between the entities of ids `startID` and `goalID`.
    public func shortestPath(fromID startID: Int64, toID goalID: Int64, maxDepth: Int = 4) throws -> [PathHop]? {
        try shortestPath(between: try entity(id: startID), and: try entity(id: goalID), maxDepth: maxDepth)
    }
}
