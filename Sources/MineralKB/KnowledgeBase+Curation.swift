import Foundation
import SQLite

/// Corrections where they were made: retract a source, merge two entities, add or remove a name,
/// rename. Each runs in one transaction, is recorded in `changes`, and with `dryRun` is carried out
/// and counted, then rolled back.
extension KnowledgeBase {
    // MARK: - Retract

    /// Removes a source and every fact only it backs; an entity it leaves with no source and no
    /// link goes too (reference data stays). Facts other sources also back keep those sources.
    ///
    /// - Parameter source: the source's id (`12` or `#12`), url, reference, title or label.
    public func retract(source: String, dryRun: Bool = false) throws -> CurationResult {
        try curate("retract", dryRun: dryRun) { curator in
            let sourceID = try self.sourceID(matching: source)
            let label = try database.fetchOne(String.self, sql: "SELECT label FROM sources WHERE id = ?", arguments: [sourceID]) ?? source
            var removal = try curator.removeBacking(of: sourceID)
            var candidates = removal.touched
            candidates.formUnion(try database.fetchAll(sql: """
                SELECT publisher_id FROM sources WHERE id = ?1 AND publisher_id IS NOT NULL
                UNION SELECT via_id FROM sources WHERE id = ?1 AND via_id IS NOT NULL
                UNION SELECT dateline_place_id FROM sources WHERE id = ?1 AND dateline_place_id IS NOT NULL
                """, arguments: [sourceID]) { row -> Int64 in try row[0] })
            try database.execute(sql: "DELETE FROM sources WHERE id = ?", arguments: [sourceID])
            try curator.removeOrphans(among: candidates, into: &removal)
            let summary = "retracted source #\(sourceID) \"\(label)\": \(removal.linksRemoved) link(s), \(removal.quotesRemoved) quote(s), "
                + "\(removal.entitiesRemoved.count) entit\(removal.entitiesRemoved.count == 1 ? "y" : "ies") removed; "
                + "\(removal.citationsRemoved) link(s) kept for their other sources"
            return (summary, removal.lines, candidates, [sourceID], ["source": label])
        }
    }

    // MARK: - Merge

    /// Makes `drop` part of `keep`: its names, identifiers, links, quotes, mentions and citations
    /// move to `keep`; a claim both made collapses into one with both sources; `drop`'s names and
    /// id find `keep` afterwards. Both must be of one kind.
    public func merge(keep keepName: String, drop dropName: String, dryRun: Bool = false) throws -> CurationResult {
        try curate("merge", dryRun: dryRun) { curator in
            let keep = try entity(named: keepName)
            let drop = try entity(named: dropName, kinds: [keep.kind])
            guard keep.id != drop.id else {
                throw KnowledgeBaseError.invalidArgument(name: dropName, problem: "names the same entity as \"\(keepName)\" (\(keep)); nothing to merge")
            }
            let merger = EntityMerger(database: database, curator: curator)
            let lines = try merger.merge(drop, into: keep)
            let summary = "merged \(drop.name) (\(drop.kind.rawValue) #\(drop.id)) into \(keep.name) (#\(keep.id))"
            return (summary, lines, [keep.id, drop.id], [], ["keep": keep.name, "drop": drop.name,
                                                              "kind": keep.kind.rawValue])
        }
    }

    // MARK: - Names

    /// Gives `entityName`'s entity another name. A name another entity of the kind also has is
    /// allowed (two ministers called "Malik"); the result says that it is now ambiguous.
    public func addAlias(_ alias: String, to entityName: String, dryRun: Bool = false) throws -> CurationResult {
        try curate("alias add", dryRun: dryRun) { _ in
            let entity = try self.entity(named: entityName)
            let (name, key) = try KnowledgeBase.checkedName(alias)
            if try database.fetchOne(Int.self, sql: "SELECT 1 FROM aliases WHERE entity_id = ? AND normalised = ?", arguments: [entity.id, key]) != nil {
                throw KnowledgeBaseError.invalidArgument(name: alias, problem: "is already a name of \(entity)")
            }
            try database.execute(sql: "INSERT INTO aliases(normalised, entity_id, alias) VALUES (?, ?, ?)", arguments: [key, entity.id, name])
            try noteCuratedName(entity: entity.id, key: key, name: name, action: "add")
            let others = try database.fetchAll(sql: """
                SELECT e.id, e.name FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id
                WHERE a.normalised = ? AND e.kind = ? AND e.id <> ? ORDER BY e.id
                """, arguments: [key, entity.kind.rawValue, entity.id]) { row -> String in
                let id: Int64 = try row[0]
                let other: String = try row[1]
                return "\"\(name)\" is also a name of \(other) (#\(id)): documents that use it must say which (with ids)"
            }
            return ("added the name \"\(name)\" to \(entity)", others, [entity.id], [], ["entity": entity.name, "name": name])
        }
    }

    /// Takes a name away from an entity (not its canonical name: rename it first).
    public func removeAlias(_ alias: String, from entityName: String, dryRun: Bool = false) throws -> CurationResult {
        try curate("alias remove", dryRun: dryRun) { _ in
            let entity = try self.entity(named: entityName)
            let key = NameNormaliser.normalise(alias)
            guard let stored = try database.fetchOne(String.self, sql: "SELECT alias FROM aliases WHERE entity_id = ? AND normalised = ?",
                                                     arguments: [entity.id, key]) else {
                throw KnowledgeBaseError.invalidArgument(name: alias, problem: "is not a name of \(entity)")
            }
            guard key != NameNormaliser.normalise(entity.name) else {
                throw KnowledgeBaseError.invalidArgument(name: alias, problem: "is the canonical name of \(entity); rename the entity first")
            }
            try database.execute(sql: "DELETE FROM aliases WHERE entity_id = ? AND normalised = ?", arguments: [entity.id, key])
            try noteCuratedName(entity: entity.id, key: key, name: stored, action: "remove")
            return ("removed the name \"\(stored)\" from \(entity)", [], [entity.id], [], ["entity": entity.name, "name": stored])
        }
    }

    /// Gives an entity a new canonical name; the old one stays an alias, so it still finds it.
    public func rename(_ entityName: String, to newName: String, dryRun: Bool = false) throws -> CurationResult {
        try curate("rename", dryRun: dryRun) { _ in
            let entity = try self.entity(named: entityName)
            let (name, key) = try KnowledgeBase.checkedName(newName)
            guard name != entity.name else {
                throw KnowledgeBaseError.invalidArgument(name: newName, problem: "is already the name of \(entity)")
            }
            // A name another entity of the kind answers to would make both unreachable by it, and
            // the rename could not be undone by name: that is a merge or another name, never silent.
            let others = try database.fetchAll(sql: """
                SELECT DISTINCT e.id, e.name FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id
                WHERE a.normalised = ? AND e.kind = ? AND e.id <> ? ORDER BY e.id
                """, arguments: [key, entity.kind.rawValue, entity.id]) { row -> EntityRef in
                EntityRef(id: try row[0], kind: entity.kind, name: try row[1])
            }
            if !others.isEmpty {
                throw KnowledgeBaseError.nameTaken(name: newName, entity: entity, owners: others)
            }
            // Table names come from EntityKind, never from input.
            try database.execute(sql: "UPDATE \(SQLIdentifier.quoted(entity.kind.table)) SET name = ? WHERE id = ?", arguments: [name, entity.id])
            try database.execute(sql: "INSERT OR REPLACE INTO aliases(normalised, entity_id, alias) VALUES (?, ?, ?)",
                                 arguments: [key, entity.id, name])
            try database.execute(sql: "UPDATE curated_names SET action = 'add' WHERE entity_id = ? AND action = 'rename'", arguments: [entity.id])
            try noteCuratedName(entity: entity.id, key: key, name: name, action: "rename")
            return ("renamed \(entity) to \"\(name)\"; \"\(entity.name)\" stays an alias", [], [entity.id], [],
                    ["entity": entity.name, "name": name])
        }
    }

    // MARK: - The log

    /// The audit log, oldest first: at most `limit` rows, the newest ones.
    public func changes(limit: Int = 1000) throws -> [ChangeRecord] {
        guard limit > 0 else { throw KnowledgeBaseError.outOfRange(argument: .limit, value: limit, allowed: 1...Int.max) }
        return try KnowledgeBase.wrap {
            try database.fetchAll(sql: """
                SELECT * FROM (SELECT id, made_at, command, summary, entity_ids, source_ids FROM changes ORDER BY id DESC LIMIT ?)
                ORDER BY id
                """, arguments: [limit]) { row in
                ChangeRecord(id: try row[0], madeAt: try row[1], command: try row[2], summary: try row[3],
                             entityIDs: KnowledgeBase.ids(fromJSON: try row[4]), sourceIDs: KnowledgeBase.ids(fromJSON: try row[5]))
            }
        }
    }

    // MARK: - Sources by name

    /// The one source `text` names: `12` or `#12` (its id), or its url, reference, title or label.
    public func sourceID(matching text: String) throws -> Int64 {
        try KnowledgeBase.wrap {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
            if let id = Int64(digits), try database.fetchOne(Int.self, sql: "SELECT 1 FROM sources WHERE id = ?", arguments: [id]) != nil {
                return id
            }
            let matches = try database.fetchAll(sql: """
                SELECT id, label, url, reference FROM sources WHERE url = ?1 OR reference = ?1 OR title = ?1 OR label = ?1 ORDER BY id
                """, arguments: [trimmed]) { row -> (Int64, String) in
                let id: Int64 = try row[0]
                let label: String = try row[1]
                let url: String? = try row[2]
                let reference: String? = try row[3]
                return (id, "#\(id) \(label)" + (url ?? reference).map { " — \($0)" }.orEmpty)
            }
            switch matches.count {
            case 1: return matches[0].0
            case 0: throw KnowledgeBaseError.unknownSource(text)
            default: throw KnowledgeBaseError.ambiguousSource(text, candidates: matches.map(\.1))
            }
        }
    }

    // MARK: - Helpers

    /// Runs one curation in a transaction: `body` does the work and says what it did; the change is
    /// recorded; a dry run rolls it all back and returns the same result.
    private func curate(_ command: String, dryRun: Bool,
                        _ body: (Curator) throws -> (summary: String, lines: [String], entities: Set<Int64>, sources: Set<Int64>, arguments: [String: String])
    ) throws -> CurationResult {
        struct RollBack: Error { let result: CurationResult }
        do {
            return try KnowledgeBase.wrap {
                try database.transaction(.immediate) {
                    let curator = Curator(database: database)
                    let done = try body(curator)
                    let details = try ChangeDetails(arguments: done.arguments, facts: done.lines).json()
                    let changeID = try curator.record(command: command, summary: done.summary, entityIDs: done.entities,
                                                      sourceIDs: done.sources, details: details)
                    let result = CurationResult(command: command, summary: done.summary, details: done.lines,
                                                entityIDs: done.entities.sorted(), sourceIDs: done.sources.sorted(),
                                                isDryRun: dryRun, changeID: dryRun ? nil : changeID)
                    if dryRun { throw RollBack(result: result) }
                    return result
                }
            }
        } catch let rollBack as RollBack {
            return rollBack.result
        }
    }

    private func noteCuratedName(entity: Int64, key: String, name: String, action: String) throws {
        try database.execute(sql: "INSERT OR REPLACE INTO curated_names(entity_id, normalised, alias, action) VALUES (?, ?, ?, ?)",
                             arguments: [entity, key, name, action])
    }

    /// A name trimmed, with its normalised form; refused when it has no letter or digit.
    static func checkedName(_ text: String) throws -> (name: String, key: String) {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let key = NameNormaliser.normalise(name)
        guard !key.isEmpty else {
            throw KnowledgeBaseError.invalidArgument(name: "name", problem: "\"\(text)\" has no letter or digit; a name needs at least one")
        }
        return (name, key)
    }

    static func ids(fromJSON text: String) -> [Int64] {
        text.split { !$0.isNumber && $0 != "-" }.compactMap { Int64($0) }
    }
}

private extension Optional where Wrapped == String {
    var orEmpty: String { self ?? "" }
}
