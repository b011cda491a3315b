import SQLite

/// Makes one entity part of another (`mkb merge KEEP DROP`): everything that refers to DROP comes
/// to KEEP, a claim both made becomes one claim with both sources, and DROP's id is remembered in
/// `merged_entities` so it still finds KEEP. Runs inside the caller's transaction.
struct EntityMerger {
    let database: Database
    let curator: Curator

    /// Merges `drop` into `keep` (same kind); returns one line per fact that moved or collapsed.
    func merge(_ drop: EntityRef, into keep: EntityRef) throws -> [String] {
        var lines: [String] = []
        if keep.kind == .place, try database.fetchOne(Int.self, sql: "SELECT 1 FROM place_ancestors WHERE place_id = ? AND ancestor_id = ? AND depth > 0",
                                                      arguments: [keep.id, drop.id]) != nil {
            throw KnowledgeBaseError.invalidArgument(name: keep.name, problem: "lies inside \(drop.name); a place cannot be merged into a place inside it")
        }
        // Names, identifiers, curated names: INSERT OR IGNORE keeps KEEP's own where both have one.
        try database.execute(sql: "INSERT OR IGNORE INTO aliases(normalised, entity_id, alias) SELECT normalised, ?, alias FROM aliases WHERE entity_id = ?",
                             arguments: [keep.id, drop.id])
        try database.execute(sql: "UPDATE identifiers SET entity_id = ? WHERE entity_id = ?", arguments: [keep.id, drop.id])
        try database.execute(sql: """
            INSERT OR IGNORE INTO curated_names(entity_id, normalised, alias, action)
            SELECT ?, normalised, alias, CASE action WHEN 'rename' THEN 'add' ELSE action END FROM curated_names WHERE entity_id = ?
            """, arguments: [keep.id, drop.id])
        try database.execute(sql: """
            INSERT OR IGNORE INTO entity_sources(entity_id, source_id, evidence) SELECT ?, source_id, evidence FROM entity_sources WHERE entity_id = ?
            """, arguments: [keep.id, drop.id])
        try database.execute(sql: "UPDATE entities SET description = (SELECT description FROM entities WHERE id = ?) WHERE id = ? AND description IS NULL",
                             arguments: [drop.id, keep.id])
        lines += try moveLinks(from: drop, to: keep)
        // Quotes and mentions.
        for column in ["speaker_id", "organisation_id", "forum_id", "told_to_id"] {
            // Column names are this fixed list, never input.
            try database.execute(sql: "UPDATE quotes SET \(column) = ? WHERE \(column) = ?", arguments: [keep.id, drop.id])
        }
        try database.execute(sql: "INSERT OR IGNORE INTO quote_mentions(quote_id, entity_id) SELECT quote_id, ? FROM quote_mentions WHERE entity_id = ?",
                             arguments: [keep.id, drop.id])
        // Sources that name it as publisher, outlet or dateline.
        for column in ["publisher_id", "via_id", "dateline_place_id"] {
            try database.execute(sql: "UPDATE sources SET \(column) = ? WHERE \(column) = ?", arguments: [keep.id, drop.id])
        }
        try mergeKindColumns(drop, into: keep)
        // The dropped id, and ids merged into it before, now find KEEP.
        try database.execute(sql: "UPDATE merged_entities SET entity_id = ? WHERE entity_id = ?", arguments: [keep.id, drop.id])
        try database.execute(sql: "INSERT INTO merged_entities(merged_id, entity_id, name, kind) VALUES (?, ?, ?, ?)",
                             arguments: [drop.id, keep.id, drop.name, drop.kind.rawValue])
        if try database.fetchOne(Int.self, sql: "SELECT 1 FROM reference_entities WHERE entity_id = ?", arguments: [drop.id]) != nil {
            try database.execute(sql: "INSERT OR IGNORE INTO reference_entities(entity_id) VALUES (?)", arguments: [keep.id])
        }
        try database.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [drop.id])
        return lines
    }

    /// Points DROP's links at KEEP. A link that KEEP already has (same claim) gives it its sources
    /// and goes; a link between the two would join KEEP to itself and goes, listed.
    private func moveLinks(from drop: EntityRef, to keep: EntityRef) throws -> [String] {
        var lines: [String] = []
        let links = try database.fetchAll(sql: """
            SELECT id, from_id, to_id, claim_key FROM links WHERE from_id = ?1 UNION SELECT id, from_id, to_id, claim_key FROM links WHERE to_id = ?1
            """, arguments: [drop.id]) { row -> (id: Int64, from: Int64, to: Int64, key: String) in
            (try row[0], try row[1], try row[2], try row[3])
        }
        for link in links {
            let from = link.from == drop.id ? keep.id : link.from
            let to = link.to == drop.id ? keep.id : link.to
            if from == to {
                lines.append("link dropped, it would join \(keep.name) to itself: \(try curator.describeLink(link.id))")
                try database.execute(sql: "DELETE FROM links WHERE id = ?", arguments: [link.id])
                continue
            }
            // The claim key is relation, from id, to id and the attributes, separated by U+001F.
            var parts = link.key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            if parts.count >= 3 {
                parts[1] = String(from)
                parts[2] = String(to)
            }
            let key = parts.joined(separator: "\u{1F}")
            if let existing = try database.fetchOne(Int64.self, sql: "SELECT id FROM links WHERE claim_key = ?", arguments: [key]), existing != link.id {
                try database.execute(sql: """
                    INSERT OR IGNORE INTO link_sources(link_id, source_id, evidence) SELECT ?, source_id, evidence FROM link_sources WHERE link_id = ?
                    """, arguments: [existing, link.id])
                lines.append("claim collapsed into one with both sources: \(try curator.describeLink(existing))")
                try database.execute(sql: "DELETE FROM links WHERE id = ?", arguments: [link.id])
            } else {
                try database.execute(sql: "UPDATE links SET from_id = ?, to_id = ?, claim_key = ? WHERE id = ?", arguments: [from, to, key, link.id])
                lines.append("link moved: \(try curator.describeLink(link.id))")
            }
        }
        return lines
    }

    /// KEEP's own columns win; DROP fills what KEEP lacks (a place's container, a forum's dates, a code).
    private func mergeKindColumns(_ drop: EntityRef, into keep: EntityRef) throws {
        switch keep.kind {
        case .place:
            // DROP's parts move under KEEP; KEEP takes DROP's container when it has none.
            try database.execute(sql: "UPDATE places SET parent_id = NULL WHERE id = ? AND parent_id = ?", arguments: [keep.id, drop.id])
            try database.execute(sql: "UPDATE places SET parent_id = ? WHERE parent_id = ?", arguments: [keep.id, drop.id])
            try database.execute(sql: """
                UPDATE places SET parent_id = (SELECT parent_id FROM places WHERE id = ?1)
                WHERE id = ?2 AND parent_id IS NULL AND (SELECT parent_id FROM places WHERE id = ?1) IS NOT ?2
                """, arguments: [drop.id, keep.id])
            let code = try database.fetchOne(String.self, sql: "SELECT iso_code FROM places WHERE id = ?", arguments: [drop.id])
            if let code, try database.fetchOne(String.self, sql: "SELECT iso_code FROM places WHERE id = ?", arguments: [keep.id]) == nil {
                try database.execute(sql: "UPDATE places SET iso_code = NULL WHERE id = ?", arguments: [drop.id])
                try database.execute(sql: "UPDATE places SET iso_code = ? WHERE id = ?", arguments: [code, keep.id])
            }
        case .forum:
            try database.execute(sql: """
                UPDATE forums SET starts_on = coalesce(starts_on, (SELECT starts_on FROM forums WHERE id = ?1)),
                    starts_qualifier = coalesce(starts_qualifier, (SELECT starts_qualifier FROM forums WHERE id = ?1)),
                    ends_on = coalesce(ends_on, (SELECT ends_on FROM forums WHERE id = ?1)) WHERE id = ?2
                """, arguments: [drop.id, keep.id])
        case .mineral:
            try database.execute(sql: """
                UPDATE minerals SET symbol = coalesce(symbol, (SELECT symbol FROM minerals WHERE id = ?1)),
                    mineral_group = coalesce(mineral_group, (SELECT mineral_group FROM minerals WHERE id = ?1)) WHERE id = ?2
                """, arguments: [drop.id, keep.id])
        case .project:
            try database.execute(sql: "UPDATE projects SET status = coalesce(status, (SELECT status FROM projects WHERE id = ?1)) WHERE id = ?2",
                                 arguments: [drop.id, keep.id])
        case .organisation, .person:
            break
        }
    }
}
