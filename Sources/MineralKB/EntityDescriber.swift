import SQLite

/// Says in a few words which entity a name stands for ("city, in Sindh, Pakistan"), for lists of
/// candidates when a name is ambiguous.
struct EntityDescriber {
    let database: Database

    func describe(_ entity: EntityRef) throws -> EntityDescription {
        var parts: [String] = []
        switch entity.kind {
        case .place:
            if let type = try database.fetchOne(String.self, sql: "SELECT place_type FROM places WHERE id = ?", arguments: [entity.id]) {
                parts.append(type)
            }
            let within = try database.fetchAll(sql: """
                SELECT w.name FROM place_ancestors AS a JOIN places AS w ON w.id = a.ancestor_id
                WHERE a.place_id = ? AND a.depth > 0 ORDER BY a.depth
                """, arguments: [entity.id]) { row -> String in try row[0] }
            if !within.isEmpty { parts.append("in " + within.joined(separator: ", ")) }
            if let code = try database.fetchOne(String.self, sql: "SELECT iso_code FROM places WHERE id = ?", arguments: [entity.id]) {
                parts.append(code)
            }
        case .organisation:
            if let type = try database.fetchOne(String.self, sql: "SELECT organisation_type FROM organisations WHERE id = ?", arguments: [entity.id]) {
                parts.append(type)
            }
            let origins = try database.fetchAll(sql: """
                SELECT DISTINCT place FROM firm_origins WHERE organisation_id = ? AND within_id = place_id ORDER BY place
                """, arguments: [entity.id]) { row -> String in try row[0] }
            if !origins.isEmpty { parts.append("from " + origins.joined(separator: ", ")) }
        case .person:
            let roles = try database.fetchAll(sql: """
                SELECT coalesce(l.role || ', ', '') || o.name FROM links AS l JOIN organisations AS o ON o.id = l.to_id
                WHERE l.from_id = ? AND l.relation = 'works_at' LIMIT 2
                """, arguments: [entity.id]) { row -> String in try row[0] }
            parts += roles
        case .mineral, .forum, .project:
            if let text = try database.fetchOne(String.self, sql: "SELECT description FROM entities WHERE id = ?", arguments: [entity.id]) {
                parts.append(text)
            }
        }
        // Identifiers tell two namesakes apart best; reference ISO codes are already shown for places.
        let ids = try database.fetchAll(sql: "SELECT scheme || ':' || value FROM identifiers WHERE entity_id = ? AND scheme <> ? ORDER BY 1",
                                        arguments: [entity.id, Identifier.isoScheme]) { row -> String in try row[0] }
        if !ids.isEmpty { parts.append(ids.joined(separator: " ")) }
        if parts.isEmpty {
            // Nothing else to go by: which source reported it.
            if let source = try database.fetchOne(String.self, sql: """
                SELECT s.label FROM entity_sources AS es JOIN sources AS s ON s.id = es.source_id WHERE es.entity_id = ? ORDER BY s.id LIMIT 1
                """, arguments: [entity.id]) {
                parts.append("reported by \(source)")
            }
        }
        return EntityDescription(entity: entity, context: parts.isEmpty ? nil : parts.joined(separator: ", "))
    }
}
