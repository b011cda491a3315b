import SQLite

/// Finds entities by name or alias, through the normalised form, within the kinds a field allows.
///
/// Names declared by the document being imported win over the rest of the database, so a document
/// can say which "Punjab" it means once (with "in") and then simply write "Punjab".
///
/// An importer's resolver also remembers what it looked up (`cachesLookups`): a bulk import names
/// the same firms and places hundreds of thousands of times, and the database cannot change under
/// it during the import's transaction except through the importer, which reports every alias it
/// adds (`noteAlias`) so the cache stays exact.
final class NameResolver {
    private let database: Database
    private let cachesLookups: Bool
    /// Names declared by the current document: normalised name → entities.
    private var declared: [String: [EntityRef]] = [:]
    /// Entities of the database by normalised name (every kind, by id), as looked up so far.
    private var known: [String: [EntityRef]] = [:]
    /// Normalised forms of non-ASCII names (folding them through Foundation is slow).
    private var unicodeKeys: [String: String] = [:]
    /// Bounds for the caches, far above any real base's count of names; past them a cache starts over.
    private static let cacheLimit = 2_000_000

    init(database: Database, cachesLookups: Bool = false) {
        self.database = database
        self.cachesLookups = cachesLookups
    }

    func beginDocument() { declared = [:] }

    /// Forgets what the database was found to hold: after entities were removed (a re-import that
    /// replaced a source's facts), the cache would still name them.
    func forgetLookups() { known.removeAll(keepingCapacity: true) }

    /// The normalised form of `name`, the key every lookup goes by.
    func key(_ name: String) -> String {
        if let key = NameNormaliser.asciiNormalised(name) { return key }
        guard cachesLookups else { return NameNormaliser.foundationNormalised(name) }
        if let key = unicodeKeys[name] { return key }
        let key = NameNormaliser.foundationNormalised(name)
        if unicodeKeys.count >= NameResolver.cacheLimit { unicodeKeys.removeAll(keepingCapacity: true) }
        unicodeKeys[name] = key
        return key
    }

    func declare(_ entity: EntityRef, names: [String]) {
        for name in names { declare(entity, key: key(name)) }
    }

    func declare(_ entity: EntityRef, key: String) {
        if !(declared[key]?.contains(entity) ?? false) { declared[key, default: []].append(entity) }
    }

    /// Records that the database now knows `entity` by the normalised name `key` too.
    func noteAlias(_ key: String, of entity: EntityRef) {
        guard cachesLookups, var entities = known[key], !entities.contains(entity) else { return }
        entities.insert(entity, at: entities.firstIndex { $0.id > entity.id } ?? entities.endIndex)
        known[key] = entities
    }

    /// Every entity of the database (not only the document) known by `name`, of the given kinds.
    func lookup(_ name: String, kinds: Set<EntityKind>) throws -> [EntityRef] {
        try lookup(key: key(name), kinds: kinds)
    }

    func lookup(key: String, kinds: Set<EntityKind>) throws -> [EntityRef] {
        let all: [EntityRef]
        if cachesLookups, let cached = known[key] {
            all = cached
        } else {
            all = try database.fetchAll(sql: """
                SELECT e.id, e.kind, e.name FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id
                WHERE a.normalised = ? ORDER BY e.id
                """, arguments: [key]) { row -> EntityRef? in
                guard let kind = EntityKind(rawValue: try row[1]) else { return nil }
                return EntityRef(id: try row[0], kind: kind, name: try row[2])
            }
            .compactMap { $0 }
            if cachesLookups {
                if known.count >= NameResolver.cacheLimit { known.removeAll(keepingCapacity: true) }
                known[key] = all
            }
        }
        return all.count == 1 && kinds.contains(all[0].kind) ? all : all.filter { kinds.contains($0.kind) }
    }

    /// The entity that carries `identifier`, if any.
    func entity(identifiedBy identifier: Identifier) throws -> EntityRef? {
        try database.fetchAll(sql: """
            SELECT e.id, e.kind, e.name FROM identifiers AS i JOIN entities AS e ON e.id = i.entity_id WHERE i.scheme = ? AND i.value = ?
            """, arguments: [identifier.scheme, identifier.value]) { row -> EntityRef? in
            guard let kind = EntityKind(rawValue: try row[1]) else { return nil }
            return EntityRef(id: try row[0], kind: kind, name: try row[2])
        }.first ?? nil
    }

    /// The one entity `name` stands for among `kinds`, or why there is not exactly one.
    func resolve(_ name: String, kinds: Set<EntityKind>) throws -> Result<EntityRef, KnowledgeBaseError> {
        let key = key(name)
        // A name of punctuation or symbols only folds to nothing: it names no entity.
        guard !key.isEmpty else { return .failure(.unknownEntity(name: name, kinds: kinds.sorted())) }
        // A reference by identifier (wikidata:Q42, iso3166:PK) wins over a reference by name.
        if let identifier = Identifier(name), let entity = try entity(identifiedBy: identifier), kinds.contains(entity.kind) {
            return .success(entity)
        }
        var candidates: [EntityRef] = []
        if let fromDocument = declared[key] { candidates = fromDocument.filter { kinds.contains($0.kind) } }
        if candidates.isEmpty { candidates = try lookup(key: key, kinds: kinds) }
        if candidates.count > 1 {
            // Across kinds, a name means the entity it is the name of before one it is an alias of:
            // a firm also called "Pakistan" leaves "Pakistan" the country. Two entities called so
            // stay ambiguous.
            let named = candidates.filter { self.key($0.name) == key }
            if named.count == 1 && Set(candidates.map(\.kind)).count > 1 { candidates = named }
        }
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
