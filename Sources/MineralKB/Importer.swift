import SQLite

/// Writes checked documents into the database: resolves names, merges entities, adds sources,
/// links and quotes. Runs inside the caller's transaction and never commits by itself.
///
/// Built for bulk imports of millions of facts: names are resolved through a cache kept exact by
/// the importer itself, every statement is prepared once, and the rows each table gains are
/// counted as they are written (no `count(*)` before and after).
final class Importer {
    private let database: Database
    private let resolver: NameResolver
    /// Relation name → the kinds it may start from, and for each the kinds it may lead to.
    private let relations: [String: RelationKinds]
    private(set) var summary = ImportSummary()
    /// False for documents that hold only part of what their source says (mapped from another
    /// format): a source imported before then keeps what the document leaves out.
    var replacesSources = true
    /// Rows written so far, per table.
    private(set) var rowsAdded: [String: Int] = [:]
    private var problems: [DocumentProblem] = []
    private var file = ""
    /// Sources this import wrote, with the file that gave each: two documents for one source are refused.
    private var sourcesWritten: [Int64: String] = [:]
    /// Entities this import created: declaring them again in a later document is no merge to report.
    private var created: Set<Int64> = []
    /// What the current document backs, as written: what a re-import keeps of the source's facts.
    private var backing = Curator.Backing()
    /// Curated names of entities no document had declared yet when the curation was read.
    private var pendingCuration: [(file: String, path: String, entity: CurationDocument.Entity)] = []
    /// Facts of the current document that a re-import kept but changed (a quote's date), in words.
    private var changed: [String] = []
    /// When the current document's source was imported before: what it backed then.
    private var previous: Curator.Backing?
    /// Normalised names of the places of the current document that could not be declared: a place
    /// inside one of them is skipped without a second message, the first one says what is wrong.
    private var failedPlaces: Set<String> = []

    /// How many levels deep a place may lie, a country being level 1. Real hierarchies have about
    /// six (country, province, division, district, town, site); a dozen leaves room, and bounds the
    /// ancestor closure, which grows with the square of the depth.
    static let maximumPlaceDepth = 12

    /// The full-text indexes of quotes and names, kept row by row by triggers, which a bulk import
    /// fills once at the end (see `DeferredIndex`).
    private var quoteIndex = DeferredIndex.quotes
    private var nameIndex = DeferredIndex.names

    private struct RelationKinds {
        var from: Set<EntityKind> = []
        var to: [EntityKind: Set<EntityKind>] = [:]
    }

    private static let places: Set<EntityKind> = [.place]
    private static let organisations: Set<EntityKind> = [.organisation]
    private static let people: Set<EntityKind> = [.person]
    private static let speakers: Set<EntityKind> = [.person, .organisation]
    private static let forums: Set<EntityKind> = [.forum]
    private static let anyKind = Set(EntityKind.allCases)

    // The statements run for every link and quote, prepared once and held (the connection's
    // cache would hash their long SQL text at every use).
    private let insertLink: Statement
    private let insertLinkSource: Statement
    private let insertQuoteMention: Statement

    init(database: Database) throws {
        self.database = database
        insertLink = try database.makeStatement(sql: """
            INSERT INTO links(relation, from_id, from_kind, to_id, to_kind, role, share_percent, quantity, unit,
                              since, since_qualifier, until, until_qualifier, as_of, status, claim_key, through_id, forum_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(claim_key) DO NOTHING
            """)
        insertLinkSource = try database.makeStatement(sql: """
            INSERT INTO link_sources(link_id, source_id, evidence, certainty, note) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(link_id, source_id) DO UPDATE SET evidence = excluded.evidence, certainty = excluded.certainty, note = excluded.note
            WHERE (evidence, certainty, note) IS NOT (excluded.evidence, excluded.certainty, excluded.note)
            """)
        insertQuoteMention = try database.makeStatement(sql: "INSERT OR IGNORE INTO quote_mentions(quote_id, entity_id) VALUES (?, ?)")
        self.resolver = NameResolver(database: database, cachesLookups: true)
        var relations: [String: RelationKinds] = [:]
        try database.forEachRow(sql: "SELECT name, from_kind, to_kind FROM relations ORDER BY name") { row in
            if let from = EntityKind(rawValue: try row[1]), let to = EntityKind(rawValue: try row[2]) {
                relations[try row[0], default: RelationKinds()].from.insert(from)
                relations[try row[0], default: RelationKinds()].to[from, default: []].insert(to)
            }
        }
        self.relations = relations
    }

    /// Completes what the importer deferred (the full-text indexes of quotes and names); call before committing.
    func finish() throws {
        try quoteIndex.finish(database)
        try nameIndex.finish(database)
    }

    /// Counts a row written to `table` when the last statement changed one.
    private func countRow(_ table: String) {
        if database.changes > 0 { rowsAdded[table, default: 0] += 1 }
    }

    /// After an `INSERT ... ON CONFLICT DO NOTHING` into `table`: the new row's id (counted), or,
    /// when the row was already there, the id `existing` finds.
    private func rowID(afterInsertInto table: String, existing sql: String, _ arguments: StatementArguments) throws -> Int64 {
        if database.changes > 0 {
            rowsAdded[table, default: 0] += 1
            return database.lastInsertedRowID
        }
        guard let id = try database.fetchOne(Int64.self, sql: sql, arguments: arguments) else {
            throw SQLiteError(code: .notFound, message: "\(table): the row that made the insert a no-op cannot be found", sql: sql)
        }
        return id
    }

    /// Imports one document; returns its problems (empty on success). Partial writes of a failed
    /// document are undone by the caller's transaction.
    ///
    /// A document whose source did not parse is still checked against the base (its names
    /// resolved, its links' kinds checked) so that one run reports every problem, but nothing of it
    /// is kept: the caller rolls back.
    func importDocument(_ located: LocatedDocument) throws -> [DocumentProblem] {
        problems = []
        failedPlaces = []
        file = located.file
        let document = located.document
        resolver.beginDocument()
        backing = Curator.Backing()
        changed = []
        let declared = try declareEntities(located)
        let written = try writeSource(document.source, isValid: located.hasSource && problems.isEmpty)
        let sourceID = written?.id
        previous = written?.before
        if let sourceID {
            for (entity, declaration) in declared {
                try writeEntityCitation(entity, declaration: declaration, sourceID: sourceID)
            }
        }
        // The paths are made for messages only; their closures capture the origins, not the whole document.
        let origins = located.origins
        for (index, link) in document.links.enumerated() {
            try writeLink(link, at: LocatedDocument.path(.links, index, origins: origins), sourceID: sourceID)
        }
        for (index, quote) in document.quotes.enumerated() {
            try writeQuote(quote, at: LocatedDocument.path(.quotes, index, origins: origins), sourceID: sourceID)
        }
        if replacesSources, let written, let before = written.before, problems.isEmpty { try replace(sourceID: written.id, before: before) }
        summary.documents += 1
        return problems
    }

    /// The entity as this source reports it, with its identifiers; a re-import updates the evidence.
    private func writeEntityCitation(_ entity: EntityRef, declaration: Declaration, sourceID: Int64) throws {
        // The same entity declared twice in one document: the first sentence stays its evidence.
        guard backing.entities.insert(entity.id).inserted else { return }
        let statement = try database.cachedStatement(sql: """
            INSERT INTO entity_sources(entity_id, source_id, evidence) VALUES (?, ?, ?)
            ON CONFLICT(entity_id, source_id) DO UPDATE SET evidence = excluded.evidence WHERE evidence IS NOT excluded.evidence
            """)
        try statement.bind(entity.id, at: 1)
        try statement.bind(sourceID, at: 2)
        try statement.bind(declaration.entity.evidence, at: 3)
        try statement.execute()
        if previous?.entities.contains(entity.id) == true {
            if database.changes > 0 { changed.append("evidence of \(try Curator(database: database).describeEntity(entity.id))") }
        } else {
            countRow("entity_sources")
        }
        if let forum = declaration.entity as? Document.Forum {
            try writeFigures(forum.figures ?? [], of: entity, sourceID: sourceID)
        }
        if let place = declaration.entity as? Document.Place, let within = place.within {
            try writeParentProvenance(of: entity, place: place, within: within, sourceID: sourceID)
        }
        for identifier in declaration.identifiers.map(\.0) {
            backing.identifiers.insert(identifier.description)
            try database.execute(sql: "INSERT INTO identifiers(scheme, value, entity_id, source_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                                 arguments: [identifier.scheme, identifier.value, entity.id, sourceID])
            countRow("identifiers")
        }
    }

    /// Where a declared place's parent comes from: this source (with how sure and a note), or
    /// background knowledge. Only for the parent the place has: places never move.
    private func writeParentProvenance(of entity: EntityRef, place: Document.Place, within: String, sourceID: Int64) throws {
        guard case .success(let parent) = try resolver.resolve(within, kinds: Importer.places),
              try database.fetchOne(Int64.self, sql: "SELECT parent_id FROM places WHERE id = ?", arguments: [entity.id]) == parent.id
        else { return }
        // Facts from another format (FtM, CSV) that say nothing of the parent's provenance leave it as it is.
        guard replacesSources || place.inBasis != nil || place.inCertainty != nil || place.inNote != nil else { return }
        if place.inBasis == .background {
            try database.execute(sql: "DELETE FROM place_parent_sources WHERE place_id = ? AND source_id = ?", arguments: [entity.id, sourceID])
            try database.execute(sql: """
                UPDATE places SET parent_basis = 'background'
                WHERE id = ?1 AND parent_basis IS NOT 'background' AND NOT EXISTS (SELECT 1 FROM place_parent_sources WHERE place_id = ?1)
                """, arguments: [entity.id])
            return
        }
        try database.execute(sql: """
            INSERT INTO place_parent_sources(place_id, source_id, certainty, note) VALUES (?, ?, ?, ?)
            ON CONFLICT(place_id, source_id) DO UPDATE SET certainty = excluded.certainty, note = excluded.note
            """, arguments: [entity.id, sourceID, place.inCertainty?.rawValue, place.inNote])
        try database.execute(sql: "UPDATE places SET parent_basis = 'sourced' WHERE id = ? AND parent_basis IS NOT 'sourced'", arguments: [entity.id])
    }

    // MARK: - Re-import

    /// A source imported before: what the earlier version backed and this one does not give again
    /// goes (facts other sources also back keep those sources), entities left with nothing go, and
    /// the difference is reported and recorded.
    private func replace(sourceID: Int64, before: Curator.Backing) throws {
        let curator = Curator(database: database)
        var removal = try curator.removeBacking(of: sourceID, except: backing)
        try curator.removeOrphans(among: removal.touched, into: &removal)
        if !removal.entitiesRemoved.isEmpty { resolver.forgetLookups() }
        let added = backing.links.subtracting(before.links).count + backing.quotes.subtracting(before.quotes).count
            + backing.entities.subtracting(before.entities).count + backing.identifiers.subtracting(before.identifiers).count
        let unchanged = backing.links.intersection(before.links).count + backing.quotes.intersection(before.quotes).count
            + backing.entities.intersection(before.entities).count + backing.identifiers.intersection(before.identifiers).count
        let label = try database.fetchOne(String.self, sql: "SELECT label FROM sources WHERE id = ?", arguments: [sourceID]) ?? "#\(sourceID)"
        let replacement = ImportSummary.SourceReplacement(sourceID: sourceID, label: label, file: file, added: added,
                                                          unchanged: unchanged - changed.count, changed: changed, removed: removal.lines)
        summary.replacedSources.append(replacement)
        guard added > 0 || !removal.lines.isEmpty || !changed.isEmpty else { return }
        let facts = removal.lines.map { "removed " + $0 } + changed.map { "changed " + $0 }
        try curator.record(command: "import", summary: replacement.sentence, entityIDs: removal.touched.union(backing.entities),
                           sourceIDs: [sourceID], details: try ChangeDetails(arguments: ["file": file], facts: facts).json())
    }

    /// Applies an export's curation document: the curated names of entities the base knows now
    /// (reference places and minerals, renamed before the source documents name them so), the rest
    /// at the end (`finishCuration`), once the source documents have declared them; merges go to the log.
    func importCuration(_ document: CurationDocument, file: String) throws -> [DocumentProblem] {
        resolver.beginDocument()
        let applier = CurationApplier(database: database, resolver: resolver, file: file)
        for (index, entity) in (document.curation.entities ?? []).enumerated() {
            if try applier.apply(entity) != nil { pendingCuration.append((file, "$.curation.entities[\(index)]", entity)) }
        }
        for merge in document.curation.merges ?? [] { try applier.record(merge) }
        summary.documents += 1
        return []
    }

    /// Applies the curated names left for the end; returns the problems of those still not found.
    func finishCuration() throws -> [DocumentProblem] {
        var problems: [DocumentProblem] = []
        for (file, path, entity) in pendingCuration {
            if let error = try CurationApplier(database: database, resolver: resolver, file: file).apply(entity) {
                problems.append(DocumentProblem(file: file, path: path, message: error.description))
            }
        }
        pendingCuration = []
        return problems
    }

    // MARK: - Entities

    /// One entity a document declares, and where.
    private struct Declaration {
        let entity: any DocumentEntity
        let kind: EntityKind
        /// `$.places[2]`.
        let path: String
        /// Places: the name of the place that contains it.
        var within: String? { (entity as? Document.Place)?.within }
        /// Its identifiers with their JSON paths; those that are not `scheme:value` are left out
        /// (the parser reports them; a document built in code is checked by `declare`).
        var identifiers: [(Identifier, String)] {
            (entity.ids ?? []).enumerated().compactMap { index, text in
                Identifier(text).map { ($0, path + ".ids[" + String(index) + "]") }
            }
        }
    }

    /// Matches each declared entity to one already known, or creates it. Places come in an order
    /// where a place's container is settled before it, whatever order the document lists them in.
    private func declareEntities(_ located: LocatedDocument) throws -> [(EntityRef, Declaration)] {
        let declarations = located.document.declaredEntities.map { entity, index in
            let kind = type(of: entity).kind
            return Declaration(entity: entity, kind: kind, path: located.path(Document.key(for: kind), index))
        }
        // A place waits for the other places of the document named like its container (Kahn's
        // topological order: linear in the document, however deep its hierarchy).
        var placesByName: [String: [Int]] = [:]
        for (index, declaration) in declarations.enumerated() where declaration.kind == .place {
            for name in declaration.entity.names { placesByName[resolver.key(name), default: []].append(index) }
        }
        var waitingFor = [Int](repeating: 0, count: declarations.count)
        var containing: [Int: [Int]] = [:]
        for (index, declaration) in declarations.enumerated() {
            guard let within = declaration.within, let containers = placesByName[resolver.key(within)] else { continue }
            for container in Set(containers) where container != index {
                waitingFor[index] += 1
                containing[container, default: []].append(index)
            }
        }
        var ready = declarations.indices.filter { waitingFor[$0] == 0 }
        var next = 0
        var result: [(EntityRef, Declaration)] = []
        while next < ready.count {
            let index = ready[next]
            next += 1
            if let entity = try declare(declarations[index]) { result.append((entity, declarations[index])) }
            for inside in containing[index] ?? [] {
                waitingFor[inside] -= 1
                if waitingFor[inside] == 0 { ready.append(inside) }
            }
        }
        if ready.count < declarations.count {  // the places left lie, through each other, in themselves
            reportCycles(among: declarations.indices.filter { waitingFor[$0] > 0 }.map { declarations[$0] })
        }
        return result
    }

    /// Reports the places of a document that lie, through each other, in themselves: each with the
    /// whole cycle. The places inside them are left unreported (they cannot be placed until the
    /// cycle is broken, and the cycle's message says so).
    private func reportCycles(among declarations: [Declaration]) {
        var byName: [String: Declaration] = [:]
        for declaration in declarations {
            for name in declaration.entity.names { byName[resolver.key(name)] = declaration }
        }
        for declaration in declarations {
            failedPlaces.formUnion(declaration.entity.names.map(resolver.key))
            var chain = [declaration.entity.name]
            var current = declaration
            while let within = current.within, let next = byName[resolver.key(within)], chain.count <= declarations.count {
                chain.append(next.entity.name)
                if next.path == declaration.path {
                    problem(declaration.path + ".in", "places in a cycle of \"in\": " + chain.map { "\"\($0)\"" }.joined(separator: " in "))
                    break
                }
                current = next
            }
        }
    }

    private func declare(_ declaration: Declaration) throws -> EntityRef? {
        guard let entity = try declareOrRefuse(declaration) else {
            if declaration.kind == .place { failedPlaces.formUnion(declaration.entity.names.map(resolver.key)) }
            return nil
        }
        return entity
    }

    private func declareOrRefuse(_ declaration: Declaration) throws -> EntityRef? {
        var parentID: Int64?
        if let within = declaration.within {
            let withinKey = resolver.key(within)
            if failedPlaces.contains(withinKey) { return nil }  // its container's problem is already reported
            if declaration.entity.names.map(resolver.key).contains(withinKey) {
                problem(declaration.path + ".in", "a place cannot lie in itself")
                return nil
            }
            guard let parent = try resolve(within, at: declaration.path + ".in", kinds: Importer.places) else { return nil }
            parentID = parent.id
        }
        for (index, text) in (declaration.entity.ids ?? []).enumerated() where Identifier(text) == nil {
            problem(declaration.path + ".ids[\(index)]", Identifier.expectation + ", found \"\(text)\"")
            return nil
        }
        let names = declaration.entity.names
        let keys = names.map(resolver.key)
        let matcher = EntityMatcher(database: database, resolver: resolver)
        let entity: EntityRef
        switch try matcher.match(kind: declaration.kind, names: names, keys: keys, ids: declaration.identifiers,
                                 parentID: parentID, path: declaration.path) {
        case .new:
            if let parentID, try !fitsDepth(parentID: parentID, height: 0, at: declaration) { return nil }
            entity = try create(declaration, parentID: parentID, keys: keys)
            created.insert(entity.id)
        case .existing(let known, let byIdentifier):
            entity = known
            guard try place(entity, in: parentID, at: declaration) else { return nil }
            if !created.contains(known.id) { summary.noteMatch(declaration.entity.name, entity: known, byIdentifier: byIdentifier) }
            try merge(declaration, into: entity, parentID: parentID, keys: keys)
        case .refused(let path, let message):
            problem(path, message)
            return nil
        }
        for key in keys { resolver.declare(entity, key: key) }
        try recordNameKinds(declaration.entity.otherNames ?? [], of: entity)
        return entity
    }

    /// Marks each of `names` (already aliases of `entity`) with its kind and, for a former name,
    /// when it changed; a kind a document gives replaces none another gave (first one stays).
    private func recordNameKinds(_ names: [OtherName], of entity: EntityRef) throws {
        for other in names {
            try database.execute(sql: """
                UPDATE aliases SET alias_kind = ?, changed_on = ? WHERE entity_id = ? AND normalised = ? AND alias_kind IS NULL
                """, arguments: [other.kind.rawValue, other.until?.text, entity.id, resolver.key(other.name)])
        }
    }

    private func create(_ declaration: Declaration, parentID: Int64?, keys: [String]) throws -> EntityRef {
        let spec = declaration.entity
        let insertEntity = try database.cachedStatement(sql: "INSERT INTO entities(kind, name, description) VALUES (?, ?, ?)")
        try insertEntity.bind(declaration.kind.rawValue, at: 1)
        try insertEntity.bind(spec.name, at: 2)
        try insertEntity.bind(spec.description, at: 3)
        try insertEntity.execute()
        countRow("entities")
        let id = database.lastInsertedRowID
        switch spec {
        case let organisation as Document.Organisation:
            let statement = try database.cachedStatement(sql: "INSERT INTO organisations(id, name, organisation_type) VALUES (?, ?, ?)")
            try statement.bind(id, at: 1)
            try statement.bind(organisation.name, at: 2)
            try statement.bind((organisation.type ?? .company).rawValue, at: 3)
            try statement.execute()
        case let place as Document.Place:
            try database.execute(sql: "INSERT INTO places(id, name, place_type, parent_id, iso_code) VALUES (?, ?, ?, ?, ?)",
                                 arguments: [id, place.name, place.type ?? "place", parentID, place.isoCode])
        case let mineral as Document.Mineral:
            try database.execute(sql: "INSERT INTO minerals(id, name, symbol, mineral_group) VALUES (?, ?, ?, ?)",
                                 arguments: [id, mineral.name, mineral.symbol, mineral.group])
        case let forum as Document.Forum:
            try database.execute(sql: """
                INSERT INTO forums(id, name, starts_on, starts_qualifier, ends_on, forum_kind, theme, status, venue_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [id, forum.name, forum.starts?.text, forum.startsQualifier?.rawValue, forum.ends?.text,
                                 forum.kind?.rawValue, forum.theme, forum.status?.rawValue, try venueID(of: forum, at: declaration.path)])
        case let project as Document.Project:
            try database.execute(sql: "INSERT INTO projects(id, name, project_type, status) VALUES (?, ?, ?, ?)",
                                 arguments: [id, project.name, (project.type ?? .project).rawValue, project.status?.rawValue])
        default:  // a person
            let statement = try database.cachedStatement(sql: "INSERT INTO people(id, name) VALUES (?, ?)")
            try statement.bind(id, at: 1)
            try statement.bind(spec.name, at: 2)
            try statement.execute()
        }
        countRow(declaration.kind.table)
        let entity = EntityRef(id: id, kind: declaration.kind, name: spec.name)
        for (name, key) in zip(spec.names, keys) { _ = try addAlias(name, key: key, to: entity) }
        summary.noteNewEntity(entity)
        return entity
    }

    /// Puts a known place not yet placed anywhere in the container the document names; true when
    /// there is nothing to do or it was done. False, with the problem reported, when the place
    /// would lie inside itself or too deep. (A place already placed, or a reference place, is never
    /// moved: `EntityMatcher` does not offer it as a match for another container.)
    private func place(_ entity: EntityRef, in parentID: Int64?, at declaration: Declaration) throws -> Bool {
        guard let parentID, entity.kind == .place,
              try database.fetchOne(Int.self, sql: "SELECT 1 FROM places WHERE id = ? AND parent_id IS NULL", arguments: [entity.id]) != nil
        else { return true }
        if try database.fetchOne(Int.self, sql: "SELECT 1 FROM place_ancestors WHERE place_id = ? AND ancestor_id = ?",
                                 arguments: [parentID, entity.id]) != nil {
            problem(declaration.path + ".in", "\"\(entity.name)\" cannot lie in \"\(declaration.within ?? "")\", which already lies in it (a cycle of places)")
            return false
        }
        let height = try database.fetchOne(Int.self, sql: "SELECT max(depth) FROM place_ancestors WHERE ancestor_id = ?",
                                           arguments: [entity.id]) ?? 0
        guard try fitsDepth(parentID: parentID, height: height, at: declaration) else { return false }
        try database.execute(sql: "UPDATE places SET parent_id = ? WHERE id = ?", arguments: [parentID, entity.id])
        return true
    }

    /// True when a place under `parentID`, with places `height` levels below it, lies no deeper than
    /// `maximumPlaceDepth`; otherwise says so at the declaration's "in".
    private func fitsDepth(parentID: Int64, height: Int, at declaration: Declaration) throws -> Bool {
        let parentLevel = (try database.fetchOne(Int.self, sql: "SELECT max(depth) FROM place_ancestors WHERE place_id = ?",
                                                 arguments: [parentID]) ?? 0) + 1
        guard parentLevel + 1 + height > Importer.maximumPlaceDepth else { return true }
        problem(declaration.path + ".in", "places may lie at most \(Importer.maximumPlaceDepth) levels deep (a country is level 1); "
            + "in \"\(declaration.within ?? "")\", \"\(declaration.entity.name)\" would lie \(parentLevel + 1 + height) levels deep")
        return false
    }

    /// Adds what the document knows that the entity lacks: names (a place's container is set by
    /// `place(_:in:at:)`). Attributes already set are kept; the entity's sources record who said what.
    private func merge(_ declaration: Declaration, into entity: EntityRef, parentID: Int64?, keys: [String]) throws {
        for (name, key) in zip(declaration.entity.names, keys) {
            // A name a curator took away (`mkb alias remove`) does not come back with a document.
            if try database.fetchOne(Int.self, sql: "SELECT 1 FROM curated_names WHERE entity_id = ? AND normalised = ? AND action = 'remove'",
                                     arguments: [entity.id, key]) != nil { continue }
            if try addAlias(name, key: key, to: entity) { summary.noteMergedAlias(name, of: entity) }
        }
        if let forum = declaration.entity as? Document.Forum {
            try database.execute(sql: """
                UPDATE forums SET starts_on = coalesce(starts_on, ?), starts_qualifier = coalesce(starts_qualifier, ?),
                                  ends_on = coalesce(ends_on, ?), forum_kind = coalesce(forum_kind, ?), theme = coalesce(theme, ?),
                                  status = coalesce(?, status), venue_id = coalesce(venue_id, ?) WHERE id = ?
                """, arguments: [forum.starts?.text, forum.startsQualifier?.rawValue, forum.ends?.text, forum.kind?.rawValue, forum.theme,
                                 forum.status?.rawValue, try venueID(of: forum, at: declaration.path), entity.id])
        }
    }

    /// The place a forum was held in; a name that does not resolve is reported (the forum is still written,
    /// and the import fails as a whole).
    private func venueID(of forum: Document.Forum, at path: String) throws -> Int64? {
        guard let venue = forum.venue else { return nil }
        return try resolve(venue, at: path + ".venue", kinds: Importer.places)?.id
    }

    /// The figures a source gives about a forum, replacing what the same source gave before.
    private func writeFigures(_ figures: [ForumFigure], of forum: EntityRef, sourceID: Int64) throws {
        // Facts from another format (FtM, CSV) that give no figures leave the source's figures as they are.
        guard replacesSources || !figures.isEmpty else { return }
        try database.execute(sql: "DELETE FROM forum_figures WHERE forum_id = ? AND source_id = ?", arguments: [forum.id, sourceID])
        for figure in figures {
            try database.execute(sql: """
                INSERT INTO forum_figures(forum_id, source_id, figure, value, qualifier, printed) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """, arguments: [forum.id, sourceID, figure.figure, figure.value, figure.qualifier?.rawValue, figure.printed])
        }
    }

    /// True if the name was new for this entity.
    private func addAlias(_ name: String, key: String, to entity: EntityRef) throws -> Bool {
        try nameIndex.countRow(database)
        let statement = try database.cachedStatement(sql: "INSERT OR IGNORE INTO aliases(normalised, entity_id, alias) VALUES (?, ?, ?)")
        try statement.bind(key, at: 1)
        try statement.bind(entity.id, at: 2)
        try statement.bind(name, at: 3)
        try statement.execute()
        guard database.changes > 0 else { return false }
        rowsAdded["aliases", default: 0] += 1
        resolver.noteAlias(key, of: entity)
        return true
    }

    // MARK: - Source

    /// Writes the source; nil when it cannot be (a name does not resolve, or it did not parse).
    /// `before`: when the source was imported before this import, what it backed then (a
    /// re-import replaces that).
    private func writeSource(_ source: Document.Source, isValid: Bool) throws -> (id: Int64, before: Curator.Backing?)? {
        let problemsBefore = problems.count
        let publisher = try source.publisher.flatMap { try resolve($0, at: "$.source.publisher", kinds: Importer.organisations) }
        let via = try source.via.flatMap { try resolve($0, at: "$.source.via", kinds: Importer.organisations) }
        let dateline = try source.dateline.flatMap { try resolve($0, at: "$.source.dateline", kinds: Importer.places) }
        guard isValid, problems.count == problemsBefore else { return nil }
        let label = source.title ?? [publisher?.name, dateline?.name, source.published?.text].compactMap { $0 }.joined(separator: ", ")
        guard let key = SourceKey.key(url: source.url, reference: source.reference, title: source.title, publisherID: publisher?.id,
                                      published: source.published?.text) else {
            problem("$.source", SourceKey.missingMessage)
            return nil
        }
        let arguments: StatementArguments = [key, (source.type ?? .article).rawValue, label, source.title, publisher?.id, via?.id,
                                             source.url, source.reference, source.published?.text, dateline?.id,
                                             source.relays, source.dateBasis?.rawValue, source.note]
        try database.execute(sql: """
            INSERT INTO sources(citation_key, source_type, name, title, publisher_id, via_id, url, reference, published_on, dateline_place_id,
                                relays, date_basis, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(citation_key) DO NOTHING
            """, arguments: arguments)
        if database.changes > 0 {
            rowsAdded["sources", default: 0] += 1
            let id = database.lastInsertedRowID
            sourcesWritten[id] = file
            return (id, nil)
        }
        guard let id = try database.fetchOne(Int64.self, sql: "SELECT id FROM sources WHERE citation_key = ?", arguments: [key]) else {
            throw SQLiteError(code: .notFound, message: "sources: the row that made the insert a no-op cannot be found")
        }
        if let earlier = sourcesWritten[id] {
            problem("$.source", "\(earlier) is a document for the same source (same url, reference, or title, publisher and date); "
                + "one source, one document")
            return nil
        }
        sourcesWritten[id] = file
        // Part of a source's facts (from another format) leaves the source's own details as they are.
        guard replacesSources else { return (id, nil) }
        // A second version of the document: the source's own details follow it.
        try database.execute(sql: """
            UPDATE sources SET source_type = ?2, name = ?3, title = ?4, publisher_id = ?5, via_id = ?6, url = ?7, reference = ?8,
                               published_on = ?9, dateline_place_id = ?10, relays = ?11, date_basis = ?12, note = ?13
            WHERE citation_key = ?1 AND (source_type, name, title, publisher_id, via_id, url, reference, published_on, dateline_place_id,
                                         relays, date_basis, note)
                IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
            """, arguments: arguments)
        return (id, try Curator(database: database).backing(of: id))
    }

    // MARK: - Links

    /// Writes the link, cited by `sourceID`; without a source, only checks it.
    private func writeLink(_ link: Document.Link, at path: @autoclosure () -> String, sourceID: Int64?) throws {
        guard let kinds = relations[link.relation] else {
            let known = Set(relations.keys).sorted().joined(separator: ", ")
            problem(path() + ".relation", "unknown relation \"\(link.relation)\"; expected one of: \(known)")
            return
        }
        guard let from = try resolve(link.from, at: path() + ".from", kinds: kinds.from) else { return }
        guard let to = try resolve(link.to, at: path() + ".to", kinds: kinds.to[from.kind] ?? []) else { return }
        guard from.id != to.id else {
            problem(path(), "a link cannot join \"\(from.name)\" to itself")
            return
        }
        var through: EntityRef?
        if let name = link.through {
            guard from.kind == .organisation, to.kind == .project else {
                problem(path() + ".through", "a holding company is named only for an organisation's stake in a project")
                return
            }
            guard let holding = try resolve(name, at: path() + ".through", kinds: Importer.organisations) else { return }
            guard holding.id != from.id else {
                problem(path() + ".through", "\"\(holding.name)\" cannot hold its stake through itself")
                return
            }
            through = holding
        }
        var forum: EntityRef?
        if let name = link.at {
            guard let found = try resolve(name, at: path() + ".at", kinds: Importer.forums) else { return }
            forum = found
        }
        guard let sourceID else { return }
        let status = link.status ?? .active
        // Unit separator: cannot occur in the attributes, so distinct claims never share a key.
        var claimKey = link.relation
        for attribute in [
            String(from.id), String(to.id), link.role, link.sharePercent.map { "\($0)" }, link.quantity.map { "\($0)" }, link.unit,
            link.since?.text, link.sinceQualifier?.rawValue, link.until?.text, link.untilQualifier?.rawValue, link.asOf?.text,
            status.rawValue, through.map { String($0.id) }, forum.map { String($0.id) },
        ] {
            claimKey += "\u{1F}"
            if let attribute { claimKey += attribute }
        }
        let insert = insertLink
        try insert.bind(link.relation, at: 1)
        try insert.bind(from.id, at: 2)
        try insert.bind(from.kind.rawValue, at: 3)
        try insert.bind(to.id, at: 4)
        try insert.bind(to.kind.rawValue, at: 5)
        try insert.bind(link.role, at: 6)
        try insert.bind(link.sharePercent, at: 7)
        try insert.bind(link.quantity, at: 8)
        try insert.bind(link.unit, at: 9)
        try insert.bind(link.since?.text, at: 10)
        try insert.bind(link.sinceQualifier?.rawValue, at: 11)
        try insert.bind(link.until?.text, at: 12)
        try insert.bind(link.untilQualifier?.rawValue, at: 13)
        try insert.bind(link.asOf?.text, at: 14)
        try insert.bind(status.rawValue, at: 15)
        try insert.bind(claimKey, at: 16)
        try insert.bind(through?.id, at: 17)
        try insert.bind(forum?.id, at: 18)
        try insert.execute()
        let linkID = try rowID(afterInsertInto: "links", existing: "SELECT id FROM links WHERE claim_key = ?", [claimKey])
        // The same claim twice in one document: the first sentence stays its evidence.
        guard backing.links.insert(linkID).inserted else { return }
        let cite = insertLinkSource
        try cite.bind(linkID, at: 1)
        try cite.bind(sourceID, at: 2)
        try cite.bind(link.evidence, at: 3)
        try cite.bind(link.certainty?.rawValue, at: 4)
        try cite.bind(link.note, at: 5)
        try cite.execute()
        if previous?.links.contains(linkID) == true {
            if database.changes > 0 { changed.append("evidence of the link \(try Curator(database: database).describeLink(linkID))") }
        } else {
            countRow("link_sources")
        }
    }

    // MARK: - Quotes

    /// Writes the quote, from `sourceID`; without a source, only checks it.
    private func writeQuote(_ quote: Document.Quote, at path: @autoclosure () -> String, sourceID: Int64?) throws {
        let problemsBefore = problems.count
        // A speaker is a person, or an organisation speaking as such ("the ministry said").
        let speaking = try quote.speaker.flatMap { try resolve($0, at: path() + ".speaker", kinds: Importer.speakers) }
        let speaker = speaking?.kind == .person ? speaking : nil
        var organisation = try quote.organisation.flatMap { try resolve($0, at: path() + ".organisation", kinds: Importer.organisations) }
        if let speaking, speaking.kind == .organisation {
            if let organisation, organisation != speaking {
                problem(path() + ".organisation", "the speaker is the organisation \"\(speaking.name)\"; it cannot speak for \"\(organisation.name)\"")
            }
            organisation = speaking
        }
        let spokenBy: String? = speaking.map { $0.kind == .person ? "person" : "organisation" } ?? (quote.printedIn != nil ? "document" : nil)
        let subjects = try (quote.about ?? []).enumerated().compactMap { index, name in
            try resolve(name, at: path() + ".about[" + String(index) + "]", kinds: Importer.anyKind)
        }
        let forum = try quote.forum.flatMap { try resolve($0, at: path() + ".forum", kinds: Importer.forums) }
        let toldTo = try quote.toldTo.flatMap { try resolve($0, at: path() + ".told_to", kinds: Importer.organisations) }
        let mentions = try (quote.mentions ?? []).enumerated().compactMap { index, name in
            try resolve(name, at: path() + ".mentions[" + String(index) + "]", kinds: Importer.anyKind)
        }
        var originalID: Int64?
        if let original = quote.original {
            originalID = try database.fetchOne(Int64.self, sql: "SELECT id FROM quotes WHERE text = ? ORDER BY id LIMIT 1", arguments: [original])
            if originalID == nil { problem(path() + ".original", "no quote with exactly this text is known; import the original first") }
        }
        guard let sourceID, problems.count == problemsBefore else { return }
        try quoteIndex.countRow(database)
        let insert = try database.cachedStatement(sql: """
            INSERT INTO quotes(source_id, speaker_id, speaker_role, organisation_id, forum_id, told_to_id, text, form, said_on, original_quote_id,
                               is_fragment, attribution, attribution_note, attribution_certainty, spoken_by, printed_in)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(source_id, text) DO NOTHING
            """)
        try insert.bind(sourceID, at: 1)
        try insert.bind(speaker?.id, at: 2)
        try insert.bind(quote.role, at: 3)
        try insert.bind(organisation?.id, at: 4)
        try insert.bind(forum?.id, at: 5)
        try insert.bind(toldTo?.id, at: 6)
        try insert.bind(quote.text, at: 7)
        try insert.bind((quote.form ?? .direct).rawValue, at: 8)
        try insert.bind(quote.saidOn?.text, at: 9)  // no date given stays no date: the source's is not the quote's
        try insert.bind(originalID, at: 10)
        try insert.bind(quote.fragment.map { $0 ? 1 : 0 }, at: 11)
        try insert.bind(quote.attribution?.rawValue, at: 12)
        try insert.bind(quote.attributionNote, at: 13)
        try insert.bind(quote.attributionCertainty?.rawValue, at: 14)
        try insert.bind(spokenBy, at: 15)
        try insert.bind(quote.printedIn, at: 16)
        try insert.execute()
        let isNew = database.changes > 0
        let quoteID = try rowID(afterInsertInto: "quotes", existing: "SELECT id FROM quotes WHERE source_id = ? AND text = ?",
                                [sourceID, quote.text])
        // The same words twice in one document: the first stays, with its speaker, date and mentions.
        guard backing.quotes.insert(quoteID).inserted else { return }
        if !isNew {
            // The same words in a new version of the document: who, where and when follow the new version.
            try database.execute(sql: """
                UPDATE quotes SET speaker_id = ?2, speaker_role = ?3, organisation_id = ?4, forum_id = ?5, told_to_id = ?6, form = ?7,
                                  said_on = ?8, original_quote_id = ?9, is_fragment = ?10, attribution = ?11, attribution_note = ?12,
                                  attribution_certainty = ?13, spoken_by = ?14, printed_in = ?15
                WHERE id = ?1 AND (speaker_id, speaker_role, organisation_id, forum_id, told_to_id, form, said_on, original_quote_id,
                                   is_fragment, attribution, attribution_note, attribution_certainty, spoken_by, printed_in)
                    IS NOT (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                """, arguments: [quoteID, speaker?.id, quote.role, organisation?.id, forum?.id, toldTo?.id, (quote.form ?? .direct).rawValue,
                                 quote.saidOn?.text, originalID, quote.fragment.map { $0 ? 1 : 0 }, quote.attribution?.rawValue,
                                 quote.attributionNote, quote.attributionCertainty?.rawValue, spokenBy, quote.printedIn])
            if database.changes > 0 { changed.append("quote: \(try Curator(database: database).describeQuote(quoteID))") }
            try database.execute(sql: "DELETE FROM quote_mentions WHERE quote_id = ? AND entity_id NOT IN (SELECT value FROM json_each(?))",
                                 arguments: [quoteID, KnowledgeBase.jsonArray(mentions.map(\.id))])
        }
        try database.execute(sql: "DELETE FROM quote_subjects WHERE quote_id = ? AND entity_id NOT IN (SELECT value FROM json_each(?))",
                             arguments: [quoteID, KnowledgeBase.jsonArray(subjects.map(\.id))])
        for entity in subjects {
            try database.execute(sql: "INSERT OR IGNORE INTO quote_subjects(quote_id, entity_id) VALUES (?, ?)", arguments: [quoteID, entity.id])
        }
        for entity in mentions {
            let mention = insertQuoteMention
            try mention.bind(quoteID, at: 1)
            try mention.bind(entity.id, at: 2)
            try mention.execute()
            countRow("quote_mentions")
        }
    }

    // MARK: - Helpers

    private func resolve(_ name: String, at path: @autoclosure () -> String, kinds: Set<EntityKind>) throws -> EntityRef? {
        switch try resolver.resolve(name, kinds: kinds) {
        case .success(let entity):
            return entity
        case .failure(let error):
            var message = error.description
            if case .unknownEntity = error {
                let where_ = kinds.count == 1 ? "under \"\(kinds.first?.plural ?? "")\"" : "in the document"
                message += "; declare it \(where_) or check the spelling"
            }
            problem(path(), message)
            return nil
        }
    }

    private func problem(_ path: String, _ message: String) {
        problems.append(DocumentProblem(file: file, path: path, message: message))
    }
}
