import SQLite

/// Writes checked documents into the database: resolves names, merges entities, adds sources,
/// links and quotes. Runs inside the caller's transaction and never commits by itself.
final class Importer {
    private let database: Database
    private let resolver: NameResolver
    /// Relation name → the (from kind, to kind) pairs it may join.
    private let relations: [String: [(from: EntityKind, to: EntityKind)]]
    private(set) var summary = ImportSummary()
    private var problems: [DocumentProblem] = []
    private var file = ""

    init(database: Database) throws {
        self.database = database
        self.resolver = NameResolver(database: database)
        var relations: [String: [(from: EntityKind, to: EntityKind)]] = [:]
        try database.forEachRow(sql: "SELECT name, from_kind, to_kind FROM relations ORDER BY name") { row in
            if let from = EntityKind(rawValue: try row[1]), let to = EntityKind(rawValue: try row[2]) {
                relations[try row[0], default: []].append((from, to))
            }
        }
        self.relations = relations
    }

    /// Imports one document; returns its problems (empty on success). Partial writes of a failed
    /// document are undone by the caller's transaction.
    func importDocument(_ document: ImportDocument) throws -> [DocumentProblem] {
        problems = []
        file = document.file
        resolver.beginDocument()
        let declared = try declareEntities(document.entities)
        guard let sourceID = try writeSource(document.source) else { return problems }
        for (entity, spec) in declared {
            try database.execute(sql: "INSERT OR IGNORE INTO entity_sources(entity_id, source_id, evidence) VALUES (?, ?, ?)",
                                 arguments: [entity.id, sourceID, spec.evidence])
        }
        for link in document.links { try writeLink(link, sourceID: sourceID) }
        for quote in document.quotes { try writeQuote(quote, sourceID: sourceID, source: document.source) }
        summary.documents += 1
        return problems
    }

    // MARK: - Entities

    /// Matches each declared entity to one already known, or creates it. Places come in an order
    /// where a place's container is settled before it, whatever order the document lists them in.
    private func declareEntities(_ specs: [EntitySpec]) throws -> [(EntityRef, EntitySpec)] {
        var result: [(EntityRef, EntitySpec)] = []
        var pending = specs
        while !pending.isEmpty {
            var deferred: [EntitySpec] = []
            for spec in pending {
                if let within = spec.within, containerIsDeclaredLater(within.value, by: spec, among: pending) {
                    deferred.append(spec)
                    continue
                }
                if let entity = try declare(spec) { result.append((entity, spec)) }
            }
            if deferred.count == pending.count {  // a cycle of "in": resolve them as they are, errors will say
                for spec in deferred { if let entity = try declare(spec) { result.append((entity, spec)) } }
                break
            }
            pending = deferred
        }
        return result
    }

    private func containerIsDeclaredLater(_ name: String, by spec: EntitySpec, among pending: [EntitySpec]) -> Bool {
        let key = NameNormaliser.normalise(name)
        return pending.contains { other in
            other.kind == .place && other.path != spec.path
                && ([other.name] + other.aliases).contains { NameNormaliser.normalise($0) == key }
        }
    }

    private func declare(_ spec: EntitySpec) throws -> EntityRef? {
        var parentID: Int64?
        if let within = spec.within {
            guard let parent = try resolve(within, kinds: [.place]) else { return nil }
            parentID = parent.id
        }
        let names = [spec.name] + spec.aliases
        var candidates: [EntityRef] = []
        for name in names {
            for entity in try resolver.lookup(name, kinds: [spec.kind]) where !candidates.contains(entity) {
                candidates.append(entity)
            }
        }
        if let parentID {
            // Same name elsewhere in the world is another place: keep only those inside the container,
            // or not yet placed anywhere.
            candidates = try candidates.filter { candidate in
                try database.fetchOne(Int.self, sql: """
                    SELECT 1 FROM places WHERE id = ?1 AND (parent_id IS NULL
                        OR EXISTS (SELECT 1 FROM place_ancestors WHERE place_id = ?1 AND ancestor_id = ?2 AND depth > 0))
                    """, arguments: [candidate.id, parentID]) != nil
            }
        }
        let entity: EntityRef
        switch candidates.count {
        case 0:
            entity = try create(spec, parentID: parentID)
        case 1:
            entity = candidates[0]
            try merge(spec, into: entity, parentID: parentID)
        default:
            let describer = EntityDescriber(database: database)
            problem(spec.path + ".name", KnowledgeBaseError.ambiguousName(name: spec.name, candidates: try candidates.map(describer.describe)).description
                + (spec.kind == .place ? " (say which with \"in\")" : ""))
            return nil
        }
        resolver.declare(entity, names: names)
        return entity
    }

    private func create(_ spec: EntitySpec, parentID: Int64?) throws -> EntityRef {
        try database.execute(sql: "INSERT INTO entities(kind, name, description) VALUES (?, ?, ?)",
                             arguments: [spec.kind.rawValue, spec.name, spec.description])
        let id = database.lastInsertedRowID
        switch spec.kind {
        case .organisation:
            try database.execute(sql: "INSERT INTO organisations(id, name, organisation_type) VALUES (?, ?, ?)",
                                 arguments: [id, spec.name, spec.organisationType ?? "company"])
        case .person:
            try database.execute(sql: "INSERT INTO people(id, name) VALUES (?, ?)", arguments: [id, spec.name])
        case .place:
            try database.execute(sql: "INSERT INTO places(id, name, place_type, parent_id, iso_code) VALUES (?, ?, ?, ?, ?)",
                                 arguments: [id, spec.name, spec.placeType ?? "place", parentID, spec.isoCode])
        case .mineral:
            try database.execute(sql: "INSERT INTO minerals(id, name, symbol, mineral_group) VALUES (?, ?, ?, ?)",
                                 arguments: [id, spec.name, spec.symbol, spec.group])
        case .forum:
            try database.execute(sql: "INSERT INTO forums(id, name, starts_on, starts_qualifier, ends_on) VALUES (?, ?, ?, ?, ?)",
                                 arguments: [id, spec.name, spec.startsOn?.text, spec.startsQualifier?.rawValue, spec.endsOn?.text])
        case .project:
            try database.execute(sql: "INSERT INTO projects(id, name, project_type, status) VALUES (?, ?, ?, ?)",
                                 arguments: [id, spec.name, spec.projectType ?? "project", spec.projectStatus])
        }
        let entity = EntityRef(id: id, kind: spec.kind, name: spec.name)
        for name in [spec.name] + spec.aliases { _ = try addAlias(name, to: entity) }
        summary.newEntities.append(entity)
        return entity
    }

    /// Adds what the document knows that the entity lacks: names, and a place's container.
    /// Attributes already set are kept; the entity's sources record who said what.
    private func merge(_ spec: EntitySpec, into entity: EntityRef, parentID: Int64?) throws {
        for name in [spec.name] + spec.aliases where try addAlias(name, to: entity) {
            summary.mergedAliases.append(.init(entity: entity, alias: name))
        }
        if let parentID {
            try database.execute(sql: "UPDATE places SET parent_id = ? WHERE id = ? AND parent_id IS NULL", arguments: [parentID, entity.id])
        }
        if entity.kind == .forum {
            try database.execute(sql: """
                UPDATE forums SET starts_on = coalesce(starts_on, ?), starts_qualifier = coalesce(starts_qualifier, ?),
                                  ends_on = coalesce(ends_on, ?) WHERE id = ?
                """, arguments: [spec.startsOn?.text, spec.startsQualifier?.rawValue, spec.endsOn?.text, entity.id])
        }
    }

    /// True if the name was new for this entity.
    private func addAlias(_ name: String, to entity: EntityRef) throws -> Bool {
        try database.execute(sql: "INSERT OR IGNORE INTO aliases(normalised, entity_id, alias) VALUES (?, ?, ?)",
                             arguments: [NameNormaliser.normalise(name), entity.id, name])
        return database.changes > 0
    }

    // MARK: - Source

    private func writeSource(_ source: SourceSpec) throws -> Int64? {
        let publisher = try source.publisher.flatMap { try resolve($0, kinds: [.organisation]) }
        let via = try source.via.flatMap { try resolve($0, kinds: [.organisation]) }
        let dateline = try source.dateline.flatMap { try resolve($0, kinds: [.place]) }
        guard problems.isEmpty else { return nil }
        let label = source.title ?? [publisher?.name, dateline?.name, source.published?.text].compactMap { $0 }.joined(separator: ", ")
        let key = source.url ?? source.reference ?? label
        try database.execute(sql: """
            INSERT INTO sources(citation_key, source_type, label, title, publisher_id, via_id, url, reference, published_on, dateline_place_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(citation_key) DO NOTHING
            """, arguments: [key, source.type, label, source.title, publisher?.id, via?.id, source.url, source.reference,
                             source.published?.text, dateline?.id])
        return try database.fetchOne(Int64.self, sql: "SELECT id FROM sources WHERE citation_key = ?", arguments: [key])
    }

    // MARK: - Links

    private func writeLink(_ link: LinkSpec, sourceID: Int64) throws {
        guard let pairs = relations[link.relation] else {
            let known = Set(relations.keys).sorted().joined(separator: ", ")
            problem(link.path + ".relation", "unknown relation \"\(link.relation)\"; expected one of: \(known)")
            return
        }
        guard let from = try resolve(link.from, kinds: Set(pairs.map(\.from))) else { return }
        let toKinds = Set(pairs.filter { $0.from == from.kind }.map(\.to))
        guard let to = try resolve(link.to, kinds: toKinds) else { return }
        guard from.id != to.id else {
            problem(link.path, "a link cannot join \"\(from.name)\" to itself")
            return
        }
        let attributes: [String?] = [
            link.relation, String(from.id), String(to.id), link.role, link.sharePercent.map { "\($0)" },
            link.quantity.map { "\($0)" }, link.unit, link.since?.text, link.sinceQualifier?.rawValue,
            link.until?.text, link.untilQualifier?.rawValue, link.asOf?.text, link.status.rawValue,
        ]
        // Unit separator: cannot occur in the attributes, so distinct claims never share a key.
        let claimKey = attributes.map { $0 ?? "" }.joined(separator: "\u{1F}")
        try database.execute(sql: """
            INSERT INTO links(relation, from_id, from_kind, to_id, to_kind, role, share_percent, quantity, unit,
                              since, since_qualifier, until, until_qualifier, as_of, status, claim_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(claim_key) DO NOTHING
            """, arguments: [link.relation, from.id, from.kind.rawValue, to.id, to.kind.rawValue, link.role, link.sharePercent,
                             link.quantity, link.unit, link.since?.text, link.sinceQualifier?.rawValue, link.until?.text,
                             link.untilQualifier?.rawValue, link.asOf?.text, link.status.rawValue, claimKey])
        let linkID = database.changes > 0
            ? database.lastInsertedRowID
            : try database.fetchOne(Int64.self, sql: "SELECT id FROM links WHERE claim_key = ?", arguments: [claimKey]) ?? 0
        try database.execute(sql: "INSERT OR IGNORE INTO link_sources(link_id, source_id, evidence) VALUES (?, ?, ?)",
                             arguments: [linkID, sourceID, link.evidence])
    }

    // MARK: - Quotes

    private func writeQuote(_ quote: QuoteSpec, sourceID: Int64, source: SourceSpec) throws {
        let speaker = try quote.speaker.flatMap { try resolve($0, kinds: [.person]) }
        let organisation = try quote.organisation.flatMap { try resolve($0, kinds: [.organisation]) }
        let forum = try quote.forum.flatMap { try resolve($0, kinds: [.forum]) }
        let toldTo = try quote.toldTo.flatMap { try resolve($0, kinds: [.organisation]) }
        let mentions = try quote.mentions.compactMap { try resolve($0, kinds: Set(EntityKind.allCases)) }
        var originalID: Int64?
        if let original = quote.original {
            originalID = try database.fetchOne(Int64.self, sql: "SELECT id FROM quotes WHERE text = ? ORDER BY id LIMIT 1", arguments: [original.value])
            if originalID == nil { problem(original.path, "no quote with exactly this text is known; import the original first") }
        }
        guard problems.isEmpty else { return }
        try database.execute(sql: """
            INSERT INTO quotes(source_id, speaker_id, speaker_role, organisation_id, forum_id, told_to_id, text, form, said_on, original_quote_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, text) DO NOTHING
            """, arguments: [sourceID, speaker?.id, quote.role, organisation?.id, forum?.id, toldTo?.id, quote.text, quote.form,
                             (quote.saidOn ?? source.published)?.text, originalID])
        let quoteID = database.changes > 0
            ? database.lastInsertedRowID
            : try database.fetchOne(Int64.self, sql: "SELECT id FROM quotes WHERE source_id = ? AND text = ?", arguments: [sourceID, quote.text]) ?? 0
        for entity in mentions {
            try database.execute(sql: "INSERT OR IGNORE INTO quote_mentions(quote_id, entity_id) VALUES (?, ?)", arguments: [quoteID, entity.id])
        }
    }

    // MARK: - Helpers

    private func resolve(_ name: Located<String>, kinds: Set<EntityKind>) throws -> EntityRef? {
        switch try resolver.resolve(name.value, kinds: kinds) {
        case .success(let entity):
            return entity
        case .failure(let error):
            var message = error.description
            if case .unknownEntity = error {
                let where_ = kinds.count == 1 ? "under \"\(kinds.first?.plural ?? "")\"" : "in the document"
                message += "; declare it \(where_) or check the spelling"
            }
            problem(name.path, message)
            return nil
        }
    }

    private func problem(_ path: String, _ message: String) {
        problems.append(DocumentProblem(file: file, path: path, message: message))
    }
}
