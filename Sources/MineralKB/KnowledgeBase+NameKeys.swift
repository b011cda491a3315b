import SQLite

extension KnowledgeBase {
    /// The normaliser version that made the base's stored name keys (1 for a base that never recorded one).
    func storedNormaliserVersion() throws -> Int {
        try database.fetchOne(Int.self, sql: "SELECT value FROM settings WHERE name = 'name_normaliser_version'") ?? 1
    }

    /// Re-normalises every stored name key when the base's keys were made by another version of the
    /// name normaliser, then records this version; does nothing when they match. Call inside a
    /// write transaction: a failure leaves every key as it was.
    ///
    /// Two names of one entity that now fold alike keep one key (the first spelling by text order).
    /// Two entities whose names now fold alike both keep theirs: the name becomes ambiguous, which
    /// lookups then report with both candidates, rather than silently merging them.
    /// - Returns: how many keys changed.
    @discardableResult
    func renormaliseNameKeysIfStale() throws -> Int {
        guard try storedNormaliserVersion() != NameNormaliser.version else { return 0 }
        var changed = 0
        var updates: [(old: String, new: String, entity: Int64, alias: String)] = []
        try database.forEachRow(sql: "SELECT normalised, entity_id, alias FROM aliases ORDER BY entity_id, alias") { row in
            let alias: String = try row[2]
            let old: String = try row[0]
            let new = NameNormaliser.normalise(alias)
            if new != old { updates.append((old, new, try row[1], alias)) }
        }
        for update in updates {
            try database.execute(sql: "DELETE FROM aliases WHERE normalised = ? AND entity_id = ?", arguments: [update.old, update.entity])
            try database.execute(sql: "INSERT OR IGNORE INTO aliases(normalised, entity_id, alias) VALUES (?, ?, ?)",
                                 arguments: [update.new, update.entity, update.alias])
            changed += 1
        }
        // The names a curator changed are kept by key too.
        var curated: [(old: String, new: String, entity: Int64)] = []
        try database.forEachRow(sql: "SELECT normalised, entity_id, alias FROM curated_names ORDER BY entity_id, alias") { row in
            let old: String = try row[0]
            let new = NameNormaliser.normalise(try row[2] as String)
            if new != old { curated.append((old, new, try row[1])) }
        }
        for update in curated {
            try database.execute(sql: "UPDATE OR IGNORE curated_names SET normalised = ? WHERE normalised = ? AND entity_id = ?",
                                 arguments: [update.new, update.old, update.entity])
            try database.execute(sql: "DELETE FROM curated_names WHERE normalised = ? AND entity_id = ?", arguments: [update.old, update.entity])
            changed += 1
        }
        try database.execute(sql: "INSERT OR REPLACE INTO settings(name, value) VALUES ('name_normaliser_version', ?)",
                             arguments: [NameNormaliser.version])
        return changed
    }
}
