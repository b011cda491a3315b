import SQLite

/// Finds entities by name or alias, through the normalised form, within the kinds a field allows.
///
/// Names declared by the document being imported win over the rest of the database, so a document
/// can say which "Punjab" it means once (with "in") and then simply write "Punjab".
final class NameResolver {
    private let database: Database
    /// Names declared by the current document: normalised name → entities.
    private var declared: [String: [EntityRef]] = [:]

    init(database: Database) { self.database = database }

    func beginDocument() { declared = [:] }

    func declare(_ entity: EntityRef, names: [String]) {
        for name in names {
            let key = NameNormaliser.normalise(name)
            if !(declared[key]?.contains(entity) ?? false) { declared[key, default: []].append(entity) }
        }
    }

    /// Every entity of the database (not only the document) known by `name`, of the given kinds.
    func lookup(_ name: String, kinds: Set<EntityKind>) throws -> [EntityRef] {
        let key = NameNormaliser.normalise(name)
        return try database.fetchAll(sql: """
            SELECT e.id, e.kind, e.name FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id
            WHERE a.normalised = ? ORDER BY e.id
            """, arguments: [key]) { row -> EntityRef? in
            guard let kind = EntityKind(rawValue: try row[1]) else { return nil }
            return EntityRef(id: try row[0], kind: kind, name: try row[2])
        }
        .compactMap { $0 }
        .filter { kinds.contains($0.kind) }
    }

    /// The one entity `name` stands for among `kinds`, or why there is not exactly one.
    func resolve(_ name: String, kinds: Set<EntityKind>) throws -> Result<EntityRef, KnowledgeBaseError> {
        let key = NameNormaliser.normalise(name)
        let fromDocument = (declared[key] ?? []).filter { kinds.contains($0.kind) }
        let candidates = fromDocument.isEmpty ? try lookup(name, kinds: kinds) : fromDocument
        switch candidates.count {
        case 1:
            return .success(candidates[0])
        case 0:
            return .failure(.unknownEntity(name: name, kinds: kinds.sorted()))
        default:
            let describer = EntityDescriber(database: database)
            return .failure(.ambiguousName(name: name, candidates: try candidates.map(describer.describe)))
        }
    }
}
