import SQLite

/// Decides whether an entity a document declares is one the base knows, a new one, or a question
/// the document must answer. Nothing is merged silently:
///
/// - An identifier the base knows (`wikidata:Q42`) names its entity, whatever the names say.
/// - Otherwise a known entity matches when the document's name is one of its names, or one of the
///   document's names is its canonical name. Two such entities: ambiguous, an error listing both.
/// - A name of the document that only another entity of the kind has ("Malik", an alias of another
///   minister) is a clash, an error listing the owner, unless the document gives identifiers.
/// - With identifiers the base does not know yet, an entity carrying another identifier of the same
///   scheme is another entity, and shared aliases are allowed.
///
/// Places keep only candidates inside the declared container, or not placed yet (and not reference
/// data, which has its place): a document never moves a place. A place of the declared name that
/// lies elsewhere is an error at `in`, unless the document gives identifiers that tell the two apart.
struct EntityMatcher {
    enum Decision {
        /// The known entity the declaration is about, and whether an identifier said so.
        case existing(EntityRef, byIdentifier: Bool)
        /// No known entity matches: create it.
        case new
        /// The document must say more: where (a JSON path) and what.
        case refused(path: String, message: String)
    }

    let database: Database
    let resolver: NameResolver

    /// - Parameters:
    ///   - names: the declared name, then its aliases; `keys` are their normalised forms.
    ///   - ids: the declared identifiers, each with the JSON path it was read from.
    func match(kind: EntityKind, names: [String], keys: [String], ids: [(Identifier, String)], parentID: Int64?,
               path: String) throws -> Decision {
        if !ids.isEmpty, let decision = try matchByIdentifier(kind: kind, ids: ids, path: path) { return decision }
        var strong: [EntityRef] = []
        var clashes: [(EntityRef, aliasIndex: Int)] = []
        var elsewhere: [EntityRef] = []
        let keySet = Set(keys)
        for (index, key) in keys.enumerated() {
            for entity in try resolver.lookup(key: key, kinds: [kind]) {
                guard try isInside(entity, parentID: parentID) else {
                    if (index == 0 || keySet.contains(resolver.key(entity.name))) && !elsewhere.contains(entity) { elsewhere.append(entity) }
                    continue
                }
                if index == 0 || keySet.contains(resolver.key(entity.name)) {
                    if !strong.contains(entity) { strong.append(entity) }
                } else if !clashes.contains(where: { $0.0 == entity }) {
                    clashes.append((entity, index))
                }
            }
        }
        clashes.removeAll { strong.contains($0.0) }
        if !ids.isEmpty {
            // Identifiers new to the base: an entity that has another identifier of the same scheme is someone else.
            let schemes = Set(ids.map(\.0.scheme))
            strong = try strong.filter { entity in
                try database.fetchOne(Int.self, sql: "SELECT count(*) FROM identifiers WHERE entity_id = ? AND scheme IN (SELECT value FROM json_each(?))",
                                      arguments: [entity.id, jsonStrings(schemes.sorted())]) == 0
            }
            clashes = []
        }
        let describer = EntityDescriber(database: database)
        if strong.isEmpty, clashes.isEmpty, ids.isEmpty, !elsewhere.isEmpty {
            let known = try elsewhere.map { try describer.describe($0).description }.joined(separator: "; ")
            let container = try parentID.flatMap { try database.fetchOne(String.self, sql: "SELECT name FROM places WHERE id = ?", arguments: [$0]) }
            return .refused(path: path + ".in", message: "\"\(names[0])\" is known, and not inside \"\(container ?? "")\": \(known). "
                + "A document does not move a place; to declare another place of the same name, give it \"ids\" or a name of its own")
        }
        if strong.count > 1 {
            return .refused(path: path + ".name", message: KnowledgeBaseError.ambiguousName(name: names[0], candidates: try strong.map(describer.describe)).description
                + "; give \"ids\" (such as wikidata:Q…) to say which" + (kind == .place ? ", or say where with \"in\"" : ""))
        }
        if let (owner, index) = clashes.first {
            let owners = clashes.filter { $0.aliasIndex == index }.map(\.0)
            let list = try owners.map { "  - \(try describer.describe($0))" }.joined(separator: "\n")
            let same = strong.first.map { "it is already \($0.name) (#\($0.id))" } ?? "it is a new \(kind.rawValue)"
            return .refused(path: path + ".aliases[\(index - 1)]", message: """
                the name "\(names[index])" already belongs to another \(kind.rawValue), and \(same):
                \(list)
                if it is \(owner.name), declare it by that name; if not, give "ids" (such as wikidata:Q…) to tell them apart
                """)
        }
        return strong.first.map { .existing($0, byIdentifier: false) } ?? .new
    }

    /// The entity the identifiers name, or a refusal when they name another kind or several
    /// entities; nil when the base knows none of them.
    private func matchByIdentifier(kind: EntityKind, ids: [(Identifier, String)], path: String) throws -> Decision? {
        var found: [(EntityRef, Identifier, String)] = []
        for (identifier, idPath) in ids {
            if let entity = try resolver.entity(identifiedBy: identifier) { found.append((entity, identifier, idPath)) }
        }
        guard let (first, identifier, idPath) = found.first else { return nil }
        if first.kind != kind {
            return .refused(path: idPath, message: "\(identifier) is the identifier of \(first), not of a \(kind.rawValue)")
        }
        if let other = found.first(where: { $0.0 != first }) {
            // In neutral words: a document cannot carry a front end's command (the CLI's is `mkb merge`).
            return .refused(path: other.2, message: "\(other.1) is the identifier of \(other.0), but \(identifier) is that of \(first): "
                + "two entities in the base; if they are one, merge them before importing this")
        }
        return .existing(first, byIdentifier: true)
    }

    /// True unless the entity is a place that lies outside `parentID`, or a reference place (a
    /// country, a province: one with an ISO code) that the document would place somewhere.
    private func isInside(_ entity: EntityRef, parentID: Int64?) throws -> Bool {
        guard let parentID, entity.kind == .place else { return true }
        return try database.fetchOne(Int.self, sql: """
            SELECT 1 FROM places WHERE id = ?1 AND (
                (parent_id IS NULL AND iso_code IS NULL AND id NOT IN (SELECT entity_id FROM reference_entities))
                OR EXISTS (SELECT 1 FROM place_ancestors WHERE place_id = ?1 AND ancestor_id = ?2 AND depth > 0))
            """, arguments: [entity.id, parentID]) != nil
    }

    private func jsonStrings(_ values: [String]) -> String {
        "[" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "]"
    }
}
