import Foundation
import SQLite

extension KnowledgeBase {
    /// The knowledge base as FollowTheMoney entities, one JSON object per line (FtM's "JSON lines"),
    /// passed to `write` line by line: sources as Article or Document, organisations as Company,
    /// Organization or PublicBody, people as Person, places as Address (with their country), projects
    /// as Asset, forums as Event, and each link, once per source backing it, as an Ownership,
    /// Employment, Directorship, Membership or UnknownLink pointing at that source as its proof.
    /// Minerals, links to minerals and quotes are left out: FtM has no schema for them (see README).
    ///
    /// Ids are stable across exports: an entity's own FtM id where it came from FtM (kept as its
    /// identifier `ftm:…`), a place's ISO 3166 code, else its kind and row id; documents and links
    /// are hashes of their natural keys.
    public func exportFollowTheMoney(around entityName: String? = nil, depth: Int = 1,
                                     write: (String) throws -> Void) throws {
        let scope = try entityName.map { try exportScope(around: $0, depth: depth) }
        try KnowledgeBase.wrap {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var export = try FollowTheMoneyExport(database: database, scope: scope)
            try export.collect()
            for entity in try export.entities() {
                try write(String(decoding: try encoder.encode(entity), as: UTF8.self) + "\n")
            }
        }
    }
}

/// Reads the base into FtM entities for `exportFollowTheMoney`.
private struct FollowTheMoneyExport {
    let database: Database
    let scope: KnowledgeBase.ExportScope?

    /// An entity as the export needs it.
    private struct Entity {
        var id: Int64
        var kind: EntityKind
        var name: String
        var description: String?
        var type: String?
        var isoCode: String?
        var parentID: Int64?
        var startsOn: String?
        var startsQualifier: String?
        var endsOn: String?
        var projectStatus: String?
    }

    /// A link with the sources that back it; reads the link's fields by name (`link.role`).
    @dynamicMemberLookup
    private struct Link {
        var link: ExportedLink
        var citations: [(sourceID: Int64, evidence: String?)] = []

        subscript<Value>(dynamicMember field: KeyPath<ExportedLink, Value>) -> Value { link[keyPath: field] }
    }

    private struct Source {
        var id: Int64
        var citationKey: String
        var type: String
        var label: String
        var title: String?
        var publisherID: Int64?
        var viaID: Int64?
        var url: String?
        var reference: String?
        var published: String?
        var datelineID: Int64?
    }

    private var entitiesByID: [Int64: Entity] = [:]
    private var exported: [Int64] = []
    private var links: [Link] = []
    private var sources: [Int64: Source] = [:]
    /// Entity id → its citations (source, evidence).
    private var entityCitations: [Int64: [(sourceID: Int64, evidence: String?)]] = [:]
    private var aliases: [Int64: [String]] = [:]
    /// Entity id → its identifiers (scheme → values), and the FtM ids the export hands out.
    private var identifiers: [Int64: [String: [String]]] = [:]
    private var ids: [Int64: String] = [:]

    init(database: Database, scope: KnowledgeBase.ExportScope?) throws {
        self.database = database
        self.scope = scope
    }

    /// Reads every row the export needs, keeping only the scope's.
    mutating func collect() throws {
        try database.forEachRow(sql: """
            SELECT e.id, e.kind, e.name, e.description, coalesce(o.organisation_type, p.place_type, pr.project_type),
                   p.iso_code, p.parent_id, f.starts_on, f.starts_qualifier, f.ends_on, pr.status
            FROM entities AS e
            LEFT JOIN organisations AS o ON o.id = e.id LEFT JOIN places AS p ON p.id = e.id
            LEFT JOIN projects AS pr ON pr.id = e.id LEFT JOIN forums AS f ON f.id = e.id
            WHERE e.kind <> 'mineral'
            """) { row in
            guard let kind = EntityKind(rawValue: try row[1]) else { return }
            let entity = Entity(id: try row[0], kind: kind, name: try row[2], description: try row[3], type: try row[4],
                                isoCode: try row[5], parentID: try row[6], startsOn: try row[7], startsQualifier: try row[8],
                                endsOn: try row[9], projectStatus: try row[10])
            entitiesByID[entity.id] = entity
        }

        var linkIndex: [Int64: Int] = [:]
        try ExportedLink.forEach(in: database, scope: scope, withMinerals: false) { link in
            linkIndex[link.id] = links.count
            links.append(Link(link: link))
        }
        var usedSources = Set<Int64>()
        try database.forEachRow(sql: "SELECT link_id, source_id, evidence FROM link_sources ORDER BY link_id, source_id") { row in
            guard let index = linkIndex[try row[0]] else { return }
            let sourceID: Int64 = try row[1]
            links[index].citations.append((sourceID, try row[2]))
            usedSources.insert(sourceID)
        }

        var wanted = Set(links.flatMap { [$0.from, $0.to] })
        try database.forEachRow(sql: "SELECT entity_id, source_id, evidence FROM entity_sources ORDER BY entity_id, source_id") { row in
            let entityID: Int64 = try row[0]
            guard entitiesByID[entityID] != nil else { return }
            if let scope, !scope.entities.contains(entityID) { return }
            let sourceID: Int64 = try row[1]
            entityCitations[entityID, default: []].append((sourceID, try row[2]))
            usedSources.insert(sourceID)
            wanted.insert(entityID)
        }

        try database.forEachRow(sql: """
            SELECT id, citation_key, source_type, label, title, publisher_id, via_id, url, reference, published_on, dateline_place_id
            FROM sources ORDER BY id
            """) { row in
            let id: Int64 = try row[0]
            guard scope == nil || usedSources.contains(id) else { return }
            let source = Source(id: id, citationKey: try row[1], type: try row[2], label: try row[3], title: try row[4],
                                publisherID: try row[5], viaID: try row[6], url: try row[7], reference: try row[8],
                                published: try row[9], datelineID: try row[10])
            sources[id] = source
            for entityID in [source.publisherID, source.viaID, source.datelineID].compactMap({ $0 }) { wanted.insert(entityID) }
        }

        // A place brings the places that contain it: its Address names them, and an import needs them.
        for id in Array(wanted) {
            var parent = entitiesByID[id]?.parentID
            while let parentID = parent, wanted.insert(parentID).inserted {
                parent = entitiesByID[parentID]?.parentID
            }
        }
        exported = wanted.filter { entitiesByID[$0] != nil }.sorted()

        let wantedAliases = Set(exported)
        try database.forEachRow(sql: "SELECT entity_id, alias FROM aliases ORDER BY entity_id, alias") { row in
            let entityID: Int64 = try row[0]
            guard wantedAliases.contains(entityID), let entity = entitiesByID[entityID] else { return }
            let alias: String = try row[1]
            if alias != entity.name { aliases[entityID, default: []].append(alias) }
        }
        try database.forEachRow(sql: "SELECT entity_id, scheme, value FROM identifiers ORDER BY entity_id, scheme, value") { row in
            let entityID: Int64 = try row[0]
            guard entitiesByID[entityID] != nil else { return }
            identifiers[entityID, default: [:]][try row[1], default: []].append(try row[2])
        }
        assignIDs()
    }

    /// The FtM id of every entity: the FtM id it came with (identifier `ftm:`), else its
    /// OpenSanctions id, else `iso3166-…` for a place with an ISO code, else `mkb-<kind>-<row id>`.
    /// Kept ids are handed out first, so a made id never takes one (it gets a suffix instead).
    private mutating func assignIDs() {
        var taken = Set<String>()
        for (entityID, schemes) in identifiers {
            if let kept = schemes["ftm"]?.first ?? schemes["opensanctions"]?.first {
                ids[entityID] = kept
                taken.insert(kept)
            }
        }
        for entityID in entitiesByID.keys.sorted() where ids[entityID] == nil {
            guard let entity = entitiesByID[entityID] else { continue }
            var id = entity.isoCode.map { "iso3166-" + $0.lowercased() } ?? "mkb-\(entity.kind.rawValue)-\(entityID)"
            if taken.contains(id) { id += "-\(entityID)" }
            ids[entityID] = id
            taken.insert(id)
        }
    }

    // MARK: - Ids

    /// The FtM id of an entity (see `assignIDs`).
    private func ftmID(_ id: Int64) -> String { ids[id] ?? "mkb-entity-\(id)" }

    private func documentID(_ sourceID: Int64) -> String {
        "mkb-source-" + SHA1.hex(sources[sourceID]?.citationKey ?? String(sourceID))
    }

    // MARK: - Entities

    /// Every FtM entity, in a fixed order: documents, then entities by row id, then links.
    func entities() throws -> [FollowTheMoneyEntity] {
        var result: [FollowTheMoneyEntity] = []
        for source in sources.values.sorted(by: { $0.id < $1.id }) { result.append(document(source)) }
        for id in exported {
            guard let entity = entitiesByID[id] else { continue }
            result.append(ftmEntity(entity))
        }
        for link in links { result += intervals(link) }
        return result
    }

    private func document(_ source: Source) -> FollowTheMoneyEntity {
        var entity = FollowTheMoneyEntity(id: documentID(source.id), schema: FollowTheMoneyMapping.documentSchema(sourceType: source.type))
        entity.add("name", source.label)
        entity.add("title", source.title)
        // FtM requires a file name of every document: the reference, else the URL, else the label.
        entity.add("fileName", source.reference ?? source.url ?? source.label)
        entity.add("sourceUrl", source.url)
        entity.add("publishedAt", source.published)
        entity.add("publisher", source.publisherID.flatMap { entitiesByID[$0]?.name })
        if let dateline = source.datelineID {
            entity.add("address", fullName(dateline))
            entity.add("country", countryCode(of: dateline))
        }
        var context = FollowTheMoneyContext()
        context.source_type = source.type
        context.reference = source.reference
        context.publisher = source.publisherID.map(ftmID)
        context.via = source.viaID.map(ftmID)
        context.dateline = source.datelineID.map(ftmID)
        entity.mineralkb = context
        return entity
    }

    private func ftmEntity(_ entity: Entity) -> FollowTheMoneyEntity {
        var context = FollowTheMoneyContext()
        context.kind = entity.kind.rawValue
        context.type = entity.type
        var schema = FollowTheMoneyMapping.schema(of: entity.kind) ?? "Thing"
        var result = FollowTheMoneyEntity(id: ftmID(entity.id), schema: schema)
        result.add("name", entity.name)
        for alias in aliases[entity.id] ?? [] { result.add("alias", alias) }
        result.add("description", entity.description)
        var evidence: [String: String] = [:]
        for citation in entityCitations[entity.id] ?? [] {
            let document = documentID(citation.sourceID)
            result.add("proof", document)
            if let sentence = citation.evidence { evidence[document] = sentence }
        }
        context.evidence = evidence.isEmpty ? nil : evidence
        // Identifiers FtM has a property for.
        for wikidata in identifiers[entity.id]?["wikidata"] ?? [] { result.add("wikidataId", wikidata) }

        switch entity.kind {
        case .organisation:
            let mapped = FollowTheMoneyMapping.organisationSchema(type: entity.type ?? "company")
            schema = mapped.schema
            for topic in mapped.topics { result.add("topics", topic) }
            result.add("classification", mapped.classification)
            for lei in identifiers[entity.id]?["lei"] ?? [] { result.add("leiCode", lei) }
            // Where the organisation comes from, as FtM's country codes (derived from its links).
            for link in links where link.from == entity.id && (link.relation == "based_in" || link.relation == "headquartered_in") {
                result.add("country", countryCode(of: link.to))
            }
        case .place:
            result.add("full", fullName(entity.id))
            if entity.type == "city" { result.add("city", entity.name) }
            result.add("region", region(of: entity.id))
            result.add("country", countryCode(of: entity.id))
            context.iso_code = entity.isoCode
            context.in = entity.parentID.map(ftmID)
        case .forum:
            result.add("startDate", entity.startsOn)
            result.add("endDate", entity.endsOn)
            result.add("date", entity.startsOn)  // what FtM's tools caption an event with
            context.starts_qualifier = entity.startsQualifier
            for link in links where link.from == entity.id && link.relation == "held_in" {
                result.add("location", fullName(link.to))
                result.add("country", countryCode(of: link.to))
            }
            for link in links where link.to == entity.id {
                switch link.relation {
                case "organised": result.add("organizer", ftmID(link.from))
                case "spoke_at", "attended", "sponsored": result.add("involved", ftmID(link.from))
                default: break
                }
            }
        case .project:
            context.status = entity.projectStatus
        case .person, .mineral:
            break
        }
        result.schema = schema
        result.mineralkb = context
        return result
    }

    /// One interval per source backing the link (each with that source as proof and its sentence
    /// as description), or one without proof for a link no source backs.
    private func intervals(_ link: Link) -> [FollowTheMoneyEntity] {
        guard let from = entitiesByID[link.from], let to = entitiesByID[link.to],
              let shape = FollowTheMoneyMapping.interval(relation: link.relation, fromKind: from.kind, toKind: to.kind, role: link.role,
                                                         fromOrganisationType: from.kind == .organisation ? from.type : nil,
                                                         toOrganisationType: to.kind == .organisation ? to.type : nil)
        else { return [] }
        let citations: [(sourceID: Int64?, evidence: String?)] = link.citations.isEmpty ? [(nil, nil)] : link.citations.map { ($0.sourceID, $0.evidence) }
        return citations.map { citation in
            let document = citation.sourceID.map(documentID)
            var context = FollowTheMoneyContext()
            context.relation = link.relation
            context.since_qualifier = link.sinceQualifier
            context.until_qualifier = link.untilQualifier
            context.quantity = link.quantity
            context.unit = link.unit
            if shape.schema != "Ownership" { context.share_percent = link.sharePercent }
            context.through = link.through.map(ftmID)
            context.at = link.forum.map(ftmID)
            // Through and at join the key only when given, so that other links keep their ids.
            let naturalKey = ([shape.schema, link.relation, ftmID(link.from), ftmID(link.to), link.role,
                               link.sharePercent.map(ExportGraph.numberText), link.quantity.map(ExportGraph.numberText), link.unit,
                               link.since, link.sinceQualifier, link.until, link.untilQualifier, link.asOf, link.status, document]
                .map { $0 ?? "" } + [context.through, context.at].compactMap { $0 }).joined(separator: "\u{1F}")
            var entity = FollowTheMoneyEntity(id: "mkb-link-" + SHA1.hex(naturalKey), schema: shape.schema, mineralkb: context)
            entity.add(shape.fromProperty, ftmID(link.from))
            entity.add(shape.toProperty, ftmID(link.to))
            entity.add("role", link.role)
            if shape.schema == "Ownership" { entity.add("percentage", link.sharePercent.map(ExportGraph.numberText)) }
            entity.add("startDate", link.since)
            entity.add("endDate", link.until)
            entity.add("date", link.asOf)
            if link.status != "active" { entity.add("status", link.status) }
            entity.add("summary", link.label)
            entity.add("proof", document)
            entity.add("description", citation.evidence)
            if let sourceID = citation.sourceID { entity.add("sourceUrl", sources[sourceID]?.url) }
            return entity
        }
    }

    // MARK: - Places

    /// The place and every place containing it, innermost first.
    private func chain(_ id: Int64) -> [Entity] {
        var result: [Entity] = []
        var next: Int64? = id
        while let current = next, let place = entitiesByID[current], result.count < 64 {
            result.append(place)
            next = place.parentID
        }
        return result
    }

    /// "Karachi, Sindh, Pakistan".
    private func fullName(_ id: Int64) -> String? {
        let names = chain(id).map(\.name)
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }

    private func countryCode(of id: Int64) -> String? {
        chain(id).lazy.compactMap { FollowTheMoneyMapping.countryCode(isoCode: $0.isoCode) }.first
    }

    /// The first-level place within the country that holds `id` (Sindh for Karachi).
    private func region(of id: Int64) -> String? {
        let places = chain(id)
        guard let countryIndex = places.firstIndex(where: { FollowTheMoneyMapping.countryCode(isoCode: $0.isoCode) != nil }),
              countryIndex > 0 else { return nil }
        return places[countryIndex - 1].name
    }
}
