import Foundation
import SQLite

/// Applies a curation document (`0000_curation.json` of an export) inside an import's transaction:
/// finds each curated entity (by identifier, else by any of its names) and gives it its curated
/// names; records the merges in the audit log.
struct CurationApplier {
    let database: Database
    let resolver: NameResolver
    let file: String

    /// Gives one curated entity its names; the reason when it cannot be found (an entity only a
    /// later source document declares is not found yet: the importer tries again at the end).
    func apply(_ curated: CurationDocument.Entity) throws -> KnowledgeBaseError? {
        switch try find(curated) {
        case .success(let entity):
            try applyNames(curated, to: entity)
            resolver.forgetLookups()
            try Curator(database: database).record(command: "import", summary: "applied the curated names of \(entity) from \(file)",
                                                   entityIDs: [entity.id], sourceIDs: [], details: nil)
            return nil
        case .failure(let error):
            return error
        }
    }

    /// Records a merge the export carries in the audit log (the merged entity is already one with
    /// the kept one in the source documents).
    func record(_ merge: CurationDocument.Merge) throws {
        let kept = try resolver.lookup(merge.kept, kinds: [merge.kind])
        try Curator(database: database).record(command: "merge", summary: "merged \(merge.merged) into \(merge.kept)"
                                                   + (merge.made_at.map { " on \($0)" } ?? "") + ", as recorded in \(file)",
                                               entityIDs: Set(kept.map(\.id)), sourceIDs: [], details: nil)
    }

    private func find(_ curated: CurationDocument.Entity) throws -> Result<EntityRef, KnowledgeBaseError> {
        for text in curated.ids ?? [] {
            if let identifier = Identifier(text), let entity = try resolver.entity(identifiedBy: identifier), entity.kind == curated.kind {
                return .success(entity)
            }
        }
        var found: [EntityRef] = []
        for name in [curated.name] + (curated.aliases ?? []) + (curated.names_added ?? []) + (curated.names_removed ?? []) {
            for entity in try resolver.lookup(name, kinds: [curated.kind]) where !found.contains(entity) { found.append(entity) }
            if found.count == 1 { return .success(found[0]) }
        }
        if found.isEmpty { return .failure(.unknownEntity(name: curated.name, kinds: [curated.kind])) }
        let describer = EntityDescriber(database: database)
        return .failure(.ambiguousName(name: curated.name, candidates: try found.map(describer.describe)))
    }

    private func applyNames(_ curated: CurationDocument.Entity, to entity: EntityRef) throws {
        if curated.renamed == true {
            let key = resolver.key(curated.name)
            if curated.name != entity.name {
                // Table names come from EntityKind, never from input.
                try database.execute(sql: "UPDATE \(SQLIdentifier.quoted(entity.kind.table)) SET name = ? WHERE id = ?", arguments: [curated.name, entity.id])
                try database.execute(sql: "INSERT OR REPLACE INTO aliases(normalised, entity_id, alias) VALUES (?, ?, ?)",
                                     arguments: [key, entity.id, curated.name])
            }
            try note(entity.id, key: key, name: curated.name, action: "rename")
        }
        for name in curated.names_added ?? [] {
            let key = resolver.key(name)
            try database.execute(sql: "INSERT OR IGNORE INTO aliases(normalised, entity_id, alias) VALUES (?, ?, ?)", arguments: [key, entity.id, name])
            try note(entity.id, key: key, name: name, action: "add")
        }
        for name in curated.names_removed ?? [] {
            let key = resolver.key(name)
            try database.execute(sql: "DELETE FROM aliases WHERE entity_id = ? AND normalised = ? AND normalised <> ?",
                                 arguments: [entity.id, key, resolver.key(curated.renamed == true ? curated.name : entity.name)])
            try note(entity.id, key: key, name: name, action: "remove")
        }
    }

    private func note(_ entityID: Int64, key: String, name: String, action: String) throws {
        try database.execute(sql: "INSERT OR REPLACE INTO curated_names(entity_id, normalised, alias, action) VALUES (?, ?, ?, ?)",
                             arguments: [entityID, key, name, action])
    }

    /// True when `data` is a curation document: its first key is "curation". Decided from the first
    /// bytes, so that telling a source document from a curation costs nothing.
    static func isCuration(_ data: Data) -> Bool {
        var sawBrace = false
        for byte in data.prefix(64) {
            switch byte {
            case 0x20, 0x0A, 0x0D, 0x09: continue
            case UInt8(ascii: "{") where !sawBrace: sawBrace = true
            case UInt8(ascii: "\""): return sawBrace && data.prefix(64).drop { $0 != UInt8(ascii: "\"") }.starts(with: Array("\"curation\"".utf8))
            default: return false
            }
        }
        return false
    }
}
