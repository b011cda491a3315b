import Foundation

/// Maps FollowTheMoney JSON lines to import documents, by the table of `FollowTheMoneyMapping`:
/// one document per source (an FtM Document, Article, ... that facts name as their `proof`; else
/// each dataset an entity names; else the file itself), declaring the entities that source backs and
/// the links it reports. Import then goes through the one importer, all or nothing.
///
/// What the base has no place for (a Sanction, a Family link, an Ownership by a person) is left out
/// and counted by schema in `leftOut`, never guessed. A schema FtM does not have (a typo, an abstract
/// one) is a problem of its line: the file is not what it says it is.
struct FollowTheMoneyReader {
    /// A kind of link as the `relations` table has it: an UnknownLink from elsewhere whose summary
    /// is a relation's words ("has an office in") between the right kinds is read as that relation.
    struct Relation {
        var name: String
        var label: String
        var from: EntityKind
        var to: EntityKind
    }

    let file: String
    let relations: [Relation]
    private(set) var problems: [DocumentProblem] = []
    /// Entities not imported, counted by the reason ("Sanction: no MineralKB equivalent").
    private(set) var leftOut: [String: Int] = [:]

    private var entities: [String: (entity: FollowTheMoneyEntity, line: Int)] = [:]
    private var order: [String] = []

    init(file: String, relations: [Relation]) {
        self.file = file
        self.relations = relations
    }

    // MARK: - Reading

    /// Reads every line; each that is not an FtM entity is a problem with its line number.
    mutating func read(_ data: Data) {
        let decoder = JSONDecoder()
        var number = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
            do {
                let entity = try decoder.decode(FollowTheMoneyEntity.self, from: Data(line))
                guard !entity.id.isEmpty else { problem(number, nil, "an entity needs an id"); continue }
                if let earlier = entities[entity.id] {
                    problem(number, entity.id, "the id was already used on line \(earlier.line)")
                    continue
                }
                entities[entity.id] = (entity, number)
                order.append(entity.id)
            } catch {
                problem(number, nil, "expected one FollowTheMoney entity as a JSON object with id, schema and properties (every property a list of strings): \(FollowTheMoneyReader.reason(error))")
            }
        }
    }

    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "\"\(key.stringValue)\" is missing"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            // The line itself (an array, a number) has no path to name.
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return (path.isEmpty ? "" : path + ": ") + context.debugDescription
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        default: return "\(error)"
        }
    }

    private mutating func problem(_ line: Int, _ id: String?, _ message: String) {
        problems.append(DocumentProblem(file: file, path: "line \(line)" + (id.map { " (\($0))" } ?? ""), message: message))
    }

    // MARK: - Mapping

    /// The documents, in an order where each names only entities declared before it (or already in
    /// the base), and for each the origin of its facts by JSON path prefix (`$.links[2]`).
    mutating func documents() -> [MappedDocument] {
        var sources: [String: Document.Source] = [:]
        var sourceOrder: [String] = []
        var origins: [String: [String: MappedDocument.Origin]] = [:]
        var documents: [String: Document] = [:]

        func origin(_ line: Int, _ id: String, fields: [String: String] = [:]) -> MappedDocument.Origin {
            MappedDocument.Origin(location: "line \(line) (\(id))", fields: fields)
        }

        func addSource(_ key: String, _ source: Document.Source, origin: MappedDocument.Origin?) {
            guard sources[key] == nil else { return }
            sources[key] = source
            sourceOrder.append(key)
            documents[key] = Document(source: source)
            if let origin { origins[key, default: [:]]["$.source"] = origin }
        }

        // Sources: FtM documents first, by their own ids.
        for id in order {
            guard let (entity, line) = entities[id], FollowTheMoneyMapping.documentSchemata.contains(entity.schema) else { continue }
            addSource(id, source(of: entity), origin: origin(line, id, fields: ["publisher": "mineralkb.publisher", "via": "mineralkb.via", "dateline": "mineralkb.dateline"].mapValues { "property " + $0 }))
        }

        // The documents a fact belongs to: its proofs that are documents of the file, else its datasets, else the file.
        func homes(of entity: FollowTheMoneyEntity) -> [String] {
            let proofs = entity.values("proof").filter { sources[$0] != nil }
            if !proofs.isEmpty { return proofs }
            let datasets = entity.datasets ?? []
            if !datasets.isEmpty {
                for dataset in datasets {
                    addSource("dataset:" + dataset, Document.Source(type: .dataset, title: dataset, reference: "ftm-dataset:" + dataset), origin: nil)
                }
                return datasets.map { "dataset:" + $0 }
            }
            let name = URL(fileURLWithPath: file).lastPathComponent
            addSource("file:", Document.Source(type: .dataset, title: name, reference: "ftm-file:" + name), origin: nil)
            return ["file:"]
        }

        var declaredIn: [String: Set<String>] = [:]  // FtM entity id → documents declaring it
        for id in order {
            guard let (entity, line) = entities[id], let kind = FollowTheMoneyMapping.kind(ofSchema: entity.schema) else { continue }
            // Reference places (ISO countries and subdivisions) that no source backs are already in every base.
            if isReferencePlace(entity), entity.values("proof").isEmpty { continue }
            guard let name = entity.values("name").first ?? (kind == .place ? entity.values("full").first : nil) else {
                problem(line, id, "\(entity.schema) has no name")
                continue
            }
            for home in homes(of: entity) {
                guard var document = documents[home] else { continue }
                let path = declare(entity, kind: kind, name: name, home: home, in: &document)
                documents[home] = document
                origins[home, default: [:]][path] = origin(line, id, fields: ["in": "property mineralkb.in", "name": "property name"])
                declaredIn[id, default: []].insert(home)
            }
        }

        for id in order {
            guard let (entity, line) = entities[id] else { continue }
            if FollowTheMoneyMapping.documentSchemata.contains(entity.schema) || FollowTheMoneyMapping.kind(ofSchema: entity.schema) != nil {
                continue
            }
            guard FollowTheMoneyMapping.schemata.contains(entity.schema) else {
                let spelt = FollowTheMoneyMapping.schemata.first { $0.lowercased() == entity.schema.lowercased() }
                problem(line, id, "schema: \"\(entity.schema)\" is not a FollowTheMoney schema an entity can have"
                        + (spelt.map { " (FtM spells it \"\($0)\")" } ?? " (Company, Person, Ownership, ...: followthemoney.tech/explorer)"))
                continue
            }
            guard let shape = FollowTheMoneyMapping.intervals.first(where: { $0.schema == entity.schema }) else {
                leftOut["\(entity.schema): no MineralKB equivalent", default: 0] += 1
                continue
            }
            guard let fromID = entity.values(shape.fromProperty).first, let toID = entity.values(shape.toProperty).first else {
                problem(line, id, "\(entity.schema) needs \(shape.fromProperty) and \(shape.toProperty)")
                continue
            }
            guard let from = self.entities[fromID]?.entity ?? referencePlaceStub(fromID),
                  let to = self.entities[toID]?.entity ?? referencePlaceStub(toID) else {
                let missing = self.entities[fromID] == nil ? fromID : toID
                problem(line, id, "\(entity.schema) refers to \"\(missing)\", which is not in the file")
                continue
            }
            guard let relation = relation(for: entity, shape: shape, from: from, to: to) else {
                leftOut["\(entity.schema) between \(from.schema) and \(to.schema): no MineralKB relation", default: 0] += 1
                continue
            }
            // Ownership names the owner first; a subsidiary_of link starts from the owned company.
            let isReversed = relation == "subsidiary_of" && shape.schema == "Ownership"
            let (start, end) = isReversed ? (to, from) : (from, to)
            var link = Document.Link(from: reference(start), relation: relation, to: reference(end))
            link.role = entity.values("role").first
            if let text = entity.values("percentage").first {
                let number = Double(text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: ""))
                guard let number, (0...100).contains(number) else {
                    problem(line, id, "percentage: expected a number from 0 to 100, found \"\(text)\"")
                    continue
                }
                link.sharePercent = number
            } else if let share = entity.mineralkb?.share_percent {
                guard (0...100).contains(share) else {
                    problem(line, id, "mineralkb.share_percent: expected a number from 0 to 100, found \(share)")
                    continue
                }
                link.sharePercent = share
            }
            var isValid = true
            func date(_ property: String) -> PartialDate? {
                guard let text = entity.values(property).first else { return nil }
                guard let date = PartialDate(text) else {
                    problem(line, id, "\(property): expected a date such as 2006, 2026-01 or 2026-01-29, found \"\(text)\"")
                    isValid = false
                    return nil
                }
                return date
            }
            link.since = date("startDate")
            link.until = date("endDate")
            link.asOf = date("date")
            guard isValid else { continue }
            link.sinceQualifier = entity.mineralkb?.since_qualifier.flatMap(DateQualifier.init(rawValue:))
            link.untilQualifier = entity.mineralkb?.until_qualifier.flatMap(DateQualifier.init(rawValue:))
            link.quantity = entity.mineralkb?.quantity
            link.unit = entity.mineralkb?.unit
            link.through = entity.mineralkb?.through.flatMap { self.entities[$0]?.entity }.map(reference)
            link.at = entity.mineralkb?.at.flatMap { self.entities[$0]?.entity }.map(reference)
            link.status = entity.values("status").first.flatMap { LinkStatus(rawValue: $0.lowercased()) }
            link.evidence = entity.values("description").first
            for home in homes(of: entity) {
                guard var document = documents[home] else { continue }
                origins[home, default: [:]]["$.links[\(document.links.count)]"] = origin(line, id, fields: [
                    "from": isReversed ? shape.toProperty : shape.fromProperty, "to": isReversed ? shape.fromProperty : shape.toProperty,
                    "relation": "schema", "role": "role", "since": "startDate", "until": "endDate", "as_of": "date", "share_percent": "percentage",
                ].mapValues { "property " + $0 })
                document.links.append(link)
                documents[home] = document
            }
        }

        return ordered(sourceOrder.compactMap { key in documents[key].map { (key, $0, origins[key] ?? [:]) } }, declaredIn: declaredIn)
    }

    /// Documents ordered so that a document comes after those declaring the entities it names.
    private func ordered(_ items: [(key: String, document: Document, origins: [String: MappedDocument.Origin])],
                         declaredIn: [String: Set<String>]) -> [MappedDocument] {
        // Which documents each document needs first: those declaring an entity its links name that it does not declare itself.
        let namesByDocument = Dictionary(uniqueKeysWithValues: items.map { item in
            (item.key, Set(item.document.declaredEntities.map(\.entity.name)))
        })
        var needs: [String: Set<String>] = [:]
        for (id, homes) in declaredIn {
            guard let entity = entities[id]?.entity, let name = entity.values("name").first else { continue }
            for item in items where !homes.contains(item.key) && !(namesByDocument[item.key]?.contains(name) ?? false) {
                let reference = reference(entity)
                if item.document.links.contains(where: { $0.from == reference || $0.to == reference }) {
                    needs[item.key, default: []].formUnion(homes)
                }
            }
        }
        var done = Set<String>()
        var result: [MappedDocument] = []
        var remaining = items
        while !remaining.isEmpty {
            // The first document whose needs are met; in a cycle, the first one left (its missing
            // names will be reported by the importer, located).
            let index = remaining.firstIndex { (needs[$0.key] ?? []).isSubset(of: done) } ?? 0
            let item = remaining.remove(at: index)
            done.insert(item.key)
            result.append(MappedDocument(document: item.document, origins: item.origins))
        }
        return result
    }

    // MARK: - One entity

    private func source(of entity: FollowTheMoneyEntity) -> Document.Source {
        let context = entity.mineralkb
        var source = Document.Source()
        source.type = context?.source_type.flatMap(SourceType.init(rawValue:)) ?? (entity.schema == "Article" ? .article : .other)
        source.title = entity.values("title").first
        source.url = entity.values("sourceUrl").first
        source.published = (entity.values("publishedAt").first ?? entity.values("date").first).flatMap(PartialDate.init)
        if let context {
            source.reference = context.reference
            source.publisher = context.publisher.flatMap { entities[$0]?.entity }.map(nameReference)
            source.via = context.via.flatMap { entities[$0]?.entity }.map(nameReference)
            source.dateline = context.dateline.flatMap { entities[$0]?.entity ?? referencePlaceStub($0) }.map(nameReference)
        } else {
            // A document from elsewhere: its file name is what tells it apart, and its name or title labels it.
            source.reference = entity.values("fileName").first ?? entity.id
            if source.title == nil { source.title = entity.values("name").first ?? entity.values("fileName").first }
        }
        return source
    }

    /// Adds the entity to `document` under its kind; returns the JSON path it was added at.
    private func declare(_ entity: FollowTheMoneyEntity, kind: EntityKind, name: String, home: String, in document: inout Document) -> String {
        let context = entity.mineralkb
        let aliases = (entity.values("alias") + entity.values("previousName")).filter { $0 != name }
        let description = entity.values("description").first
        let evidence = context?.evidence?[home]
        let aliasList = aliases.isEmpty ? nil : aliases
        // The FtM id is kept as an identifier: a second import of the entity merges by it.
        let ids = [identifier(entity)]
        switch kind {
        case .organisation:
            let type = context?.type.flatMap(OrganisationType.init(rawValue:))
                ?? FollowTheMoneyMapping.organisationType(schema: entity.schema, topics: entity.values("topics"),
                                                          classification: entity.values("classification")).flatMap(OrganisationType.init(rawValue:))
            document.organisations.append(.init(name: name, aliases: aliasList, ids: ids, description: description, evidence: evidence, type: type))
            return "$.organisations[\(document.organisations.count - 1)]"
        case .person:
            document.people.append(.init(name: name, aliases: aliasList, ids: ids, description: description, evidence: evidence))
            return "$.people[\(document.people.count - 1)]"
        case .place:
            var within: String?
            if let parent = context?.in {
                within = (entities[parent]?.entity ?? referencePlaceStub(parent)).map(nameReference)
            } else if context == nil, let country = entity.values("country").first, isoPlaceName(entity) != country.uppercased() {
                within = Identifier.isoScheme + ":" + country.uppercased()
            }
            document.places.append(.init(name: name, aliases: aliasList, ids: ids, description: description, evidence: evidence,
                                         type: context?.type ?? (entity.values("city").first == name ? "city" : nil),
                                         within: within, isoCode: context?.iso_code))
            return "$.places[\(document.places.count - 1)]"
        case .forum:
            document.forums.append(.init(name: name, aliases: aliasList, ids: ids, description: description, evidence: evidence,
                                         starts: (entity.values("startDate").first ?? entity.values("date").first).flatMap(PartialDate.init),
                                         startsQualifier: context?.starts_qualifier.flatMap(DateQualifier.init(rawValue:)),
                                         ends: entity.values("endDate").first.flatMap(PartialDate.init)))
            return "$.forums[\(document.forums.count - 1)]"
        case .project:
            document.projects.append(.init(name: name, aliases: aliasList, ids: ids, description: description, evidence: evidence,
                                           type: context?.type.flatMap(ProjectType.init(rawValue:)),
                                           status: context?.status.flatMap(ProjectStatus.init(rawValue:))))
            return "$.projects[\(document.projects.count - 1)]"
        case .mineral:
            document.minerals.append(.init(name: name))
            return "$.minerals[\(document.minerals.count - 1)]"
        }
    }

    /// The relation of an interval: the one MineralKB wrote, else the closest the schema and the
    /// kinds of its ends allow; nil when the base has none (the link is then left out).
    private func relation(for entity: FollowTheMoneyEntity, shape: FollowTheMoneyMapping.Interval,
                          from: FollowTheMoneyEntity, to: FollowTheMoneyEntity) -> String? {
        if let relation = entity.mineralkb?.relation { return relation }
        let fromKind = FollowTheMoneyMapping.kind(ofSchema: from.schema)
        let toKind = FollowTheMoneyMapping.kind(ofSchema: to.schema)
        switch (shape.schema, fromKind, toKind) {
        case ("Employment", .person?, .organisation?), ("Directorship", .person?, .organisation?), ("Membership", .person?, .organisation?):
            return "works_at"
        case ("Ownership", .organisation?, .project?):
            return "owns"
        case ("Ownership", .organisation?, .organisation?) where to.schema == "Company":
            return "subsidiary_of"  // read from the asset's side, below
        default:
            let summaries = Set(entity.values("summary"))
            return relations.first { summaries.contains($0.label) && $0.from == fromKind && $0.to == toKind }?.name
        }
    }

    // MARK: - References

    /// How a document names the entity: by identifier, so that namesakes never meet (a reference
    /// place by its ISO code, which every base has; anything else by its FtM id, which it is
    /// declared with).
    private func reference(_ entity: FollowTheMoneyEntity) -> String { identifier(entity) }

    /// How a source's publisher or a place's container is named: the importer settles these before it
    /// writes the identifiers of the document's entities, so by name (a reference place by its ISO
    /// identifier, which every base has).
    private func nameReference(_ entity: FollowTheMoneyEntity) -> String {
        if isoPlaceName(entity) != nil { return identifier(entity) }
        return entity.values("name").first ?? entity.values("full").first ?? entity.id
    }

    /// `iso3166:PK-SD` for a reference place, else `ftm:<id>`.
    private func identifier(_ entity: FollowTheMoneyEntity) -> String {
        if let code = isoPlaceName(entity) { return Identifier.isoScheme + ":" + code }
        return "ftm:" + entity.id
    }

    /// The ISO 3166 code of a reference place: from MineralKB's context, or its id (`iso3166-pk-sd`).
    private func isoPlaceName(_ entity: FollowTheMoneyEntity) -> String? {
        if let code = entity.mineralkb?.iso_code { return code }
        if entity.id.hasPrefix("iso3166-") { return String(entity.id.dropFirst("iso3166-".count)).uppercased() }
        return nil
    }

    private func isReferencePlace(_ entity: FollowTheMoneyEntity) -> Bool {
        entity.schema == "Address" && isoPlaceName(entity) != nil
    }

    /// A place the file names by an ISO id without listing it: reference data every base has.
    private func referencePlaceStub(_ id: String) -> FollowTheMoneyEntity? {
        id.hasPrefix("iso3166-") ? FollowTheMoneyEntity(id: id, schema: "Address") : nil
    }
}
