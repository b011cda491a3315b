import Foundation
import SQLite

/// One exported document: a file name and its JSON in the import format.
public struct ExportedDocument: Sendable {
    /// The name to write it under: `0001_source_12.json`, numbered in source order;
    /// `0000_curation.json` for the curation (curated names and merges) of a whole export.
    public let fileName: String
    /// The source's document; nil for the curation document.
    public let document: Document?
    /// The document as pretty-printed JSON with sorted keys.
    public let json: Data
}

extension KnowledgeBase {
    /// The knowledge base as import documents, one per source: importing them into an empty
    /// database rebuilds the same rows. With `entityName`, only the links, entities and quotes within
    /// `depth` steps of that entity.
    public func exportDocuments(around entityName: String? = nil, depth: Int = 1) throws -> [ExportedDocument] {
        let scope = try entityName.map { try exportScope(around: $0, depth: depth) }
        return try KnowledgeBase.wrap {
            let sourceIDs = try database.fetchAll(sql: "SELECT id FROM sources ORDER BY id") { row -> Int64 in try row[0] }
            var documents: [ExportedDocument] = []
            if scope == nil, let curation = try exportCuration() {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                documents.append(ExportedDocument(fileName: CurationDocument.fileName, document: nil, json: try encoder.encode(curation)))
            }
            for (index, sourceID) in sourceIDs.enumerated() {
                guard let document = try exportDocument(sourceID: sourceID, scope: scope) else { continue }
                let name = String(format: "%04d_source_%lld.json", index + 1, sourceID)
                documents.append(ExportedDocument(fileName: name, document: document, json: try document.jsonData()))
            }
            return documents
        }
    }

    /// The graph as Graphviz DOT: entities as nodes, shaped and coloured by kind (with a legend),
    /// every claim its own edge, labelled in words with its detail, share, figure and dates.
    /// With `entityName`, only its neighbourhood to `depth`; with `includeHierarchy`, the places'
    /// containers too, joined by dashed "is part of" edges. Render with `dot -Tsvg`.
    public func exportDOT(around entityName: String? = nil, depth: Int = 1, includeHierarchy: Bool = false) throws -> String {
        let scope = try entityName.map { try exportScope(around: $0, depth: depth) }
        return try KnowledgeBase.wrap {
            var nodes: [Int64: EntityRef] = [:]
            var edges: [String] = []
            try database.forEachRow(sql: """
                SELECT l.id, r.label, f.id, f.kind, f.name, t.id, t.kind, t.name, l.role, l.share_percent,
                       l.quantity, l.unit, l.since, l.since_qualifier, l.until, l.until_qualifier, l.as_of, l.status
                FROM links AS l
                JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
                JOIN entities AS f ON f.id = l.from_id JOIN entities AS t ON t.id = l.to_id ORDER BY l.id
                """) { row in
                let linkID: Int64 = try row[0]
                if let scope, !scope.links.contains(linkID) { return }
                guard let fromKind = EntityKind(rawValue: try row[3]), let toKind = EntityKind(rawValue: try row[6]) else { return }
                let from = EntityRef(id: try row[2], kind: fromKind, name: try row[4])
                let to = EntityRef(id: try row[5], kind: toKind, name: try row[7])
                nodes[from.id] = from
                nodes[to.id] = to
                var label: [String] = [try row[1]]
                var details: [String] = []
                if let role: String = try row[8] { details.append(role) }
                if let share: Double = try row[9] { details.append(KnowledgeBase.dotNumber(share) + "%") }
                if let quantity: Double = try row[10] {
                    details.append(KnowledgeBase.dotNumber(quantity) + ((try row[11] as String?).map { " " + $0 } ?? ""))
                }
                if !details.isEmpty { label.append(details.joined(separator: ", ")) }
                var dates: [String] = []
                if let since = QualifiedDate(try row[12], try row[13]) { dates.append("since \(since)") }
                if let until = QualifiedDate(try row[14], try row[15]) { dates.append("until \(until)") }
                if let asOf: String = try row[16] { dates.append("as of \(asOf)") }
                let status: String = try row[17]
                if status != "active" { dates.append(status) }
                if !dates.isEmpty { label.append(dates.joined(separator: ", ")) }
                let style = status == "active" ? "" : ", style=dotted"
                edges.append("  n\(from.id) -> n\(to.id) [label=\(KnowledgeBase.dotString(lines: label))\(style)];")
            }
            if includeHierarchy {
                edges += try hierarchyEdges(adding: &nodes)
            }
            var lines = ["digraph mineralkb {", "  rankdir=LR;", "  node [fontname=\"Helvetica\", style=filled];",
                         "  edge [fontname=\"Helvetica\", fontsize=10];"]
            for node in nodes.values.sorted(by: { $0.id < $1.id }) {
                lines.append("  n\(node.id) [label=\(KnowledgeBase.dotString(node.name)), \(KnowledgeBase.dotLook(node.kind))];")
            }
            lines += edges
            lines += KnowledgeBase.dotLegend(kinds: Set(nodes.values.map(\.kind)))
            lines.append("}")
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// Dashed "is part of" edges from every place among `nodes` up to the top of its hierarchy,
    /// adding the containers as nodes.
    private func hierarchyEdges(adding nodes: inout [Int64: EntityRef]) throws -> [String] {
        var edges: [String] = []
        var done = Set<Int64>()
        var pending = nodes.values.filter { $0.kind == .place }.map(\.id).sorted()
        while let place = pending.popLast() {
            guard done.insert(place).inserted else { continue }
            guard let parent = try database.fetchAll(sql: """
                SELECT parent.id, parent.name FROM places AS p JOIN places AS parent ON parent.id = p.parent_id WHERE p.id = ?
                """, arguments: [place], { row in EntityRef(id: try row[0], kind: .place, name: try row[1]) }).first else { continue }
            nodes[parent.id] = parent
            edges.append("  n\(place) -> n\(parent.id) [label=\"is part of\", style=dashed, color=gray40, fontcolor=gray40];")
            pending.append(parent.id)
        }
        return edges
    }

    // MARK: - Scope

    /// What an export around one entity keeps: the entities and links of its neighbourhood.
    struct ExportScope {
        var entities: Set<Int64>
        var links: Set<Int64>
        var center: Int64
    }

    func exportScope(around name: String, depth: Int) throws -> ExportScope {
        let center = try entity(named: name)
        let neighbourhood = try self.neighbourhood(around: center, depth: depth, limit: 100_000)
        return ExportScope(entities: Set(neighbourhood.reached.map(\.entity.id)), links: Set(neighbourhood.connections.compactMap(\.linkID)), center: center.id)
    }

    // MARK: - One document

    private func exportDocument(sourceID: Int64, scope: ExportScope?) throws -> Document? {
        guard let source = try database.fetchAll(sql: """
            SELECT s.source_type, s.title, pub.name, via.name, s.url, s.reference, s.published_on, s.dateline_place_id,
                   s.relays, s.date_basis, s.note
            FROM sources AS s LEFT JOIN organisations AS pub ON pub.id = s.publisher_id LEFT JOIN organisations AS via ON via.id = s.via_id
            WHERE s.id = ?
            """, arguments: [sourceID], { row in
                Document.Source(type: SourceType(rawValue: try row[0]), title: try row[1], publisher: try row[2], via: try row[3],
                                url: try row[4], reference: try row[5], published: try (row[6] as String?).flatMap(PartialDate.init),
                                dateline: try (row[7] as Int64?).map(reference(toPlace:)), relays: try row[8],
                                dateBasis: try (row[9] as String?).flatMap(DateBasis.init), note: try row[10])
            }).first
        else { return nil }
        var document = Document(source: source)

        try database.forEachRow(sql: """
            SELECT e.id, e.kind, e.name, e.description, es.evidence FROM entity_sources AS es JOIN entities AS e ON e.id = es.entity_id
            WHERE es.source_id = ? ORDER BY e.id
            """, arguments: [sourceID]) { row in
            let id: Int64 = try row[0]
            if let scope, !scope.entities.contains(id) { return }
            guard let kind = EntityKind(rawValue: try row[1]) else { return }
            try exportEntity(id: id, kind: kind, name: try row[2], description: try row[3], evidence: try row[4], sourceID: sourceID, into: &document)
        }
        // An entity no source reports any more (its source was retracted) but that this source's
        // links or quotes name: declared here, or the document would name something unknown.
        try database.forEachRow(sql: """
            SELECT e.id, e.kind, e.name, e.description FROM entities AS e
            WHERE e.id IN (SELECT l.from_id FROM link_sources AS ls JOIN links AS l ON l.id = ls.link_id WHERE ls.source_id = ?1
                           UNION SELECT l.to_id FROM link_sources AS ls JOIN links AS l ON l.id = ls.link_id WHERE ls.source_id = ?1
                           UNION SELECT speaker_id FROM quotes WHERE source_id = ?1 UNION SELECT organisation_id FROM quotes WHERE source_id = ?1
                           UNION SELECT forum_id FROM quotes WHERE source_id = ?1 UNION SELECT told_to_id FROM quotes WHERE source_id = ?1
                           UNION SELECT m.entity_id FROM quotes AS q JOIN quote_mentions AS m ON m.quote_id = q.id WHERE q.source_id = ?1)
              AND NOT EXISTS (SELECT 1 FROM entity_sources WHERE entity_id = e.id)
              AND NOT EXISTS (SELECT 1 FROM reference_entities WHERE entity_id = e.id)
            ORDER BY e.id
            """, arguments: [sourceID]) { row in
            let id: Int64 = try row[0]
            if let scope, !scope.entities.contains(id) { return }
            guard let kind = EntityKind(rawValue: try row[1]) else { return }
            try exportEntity(id: id, kind: kind, name: try row[2], description: try row[3], evidence: nil, into: &document)
        }

        try database.forEachRow(sql: """
            SELECT l.id, l.from_id, l.from_kind, l.relation, l.to_id, l.to_kind, l.role, l.share_percent, l.quantity, l.unit,
                   l.since, l.since_qualifier, l.until, l.until_qualifier, l.as_of, l.status, ls.evidence,
                   ls.certainty, ls.note, through.name, forum.name
            FROM link_sources AS ls JOIN links AS l ON l.id = ls.link_id LEFT JOIN organisations AS through ON through.id = l.through_id
            LEFT JOIN forums AS forum ON forum.id = l.forum_id
            WHERE ls.source_id = ? ORDER BY l.id
            """, arguments: [sourceID]) { row in
            let linkID: Int64 = try row[0]
            if let scope, !scope.links.contains(linkID) { return }
            let status = LinkStatus(rawValue: try row[15])
            document.links.append(Document.Link(
                from: try reference(to: try row[1], kind: try row[2]), relation: try row[3], to: try reference(to: try row[4], kind: try row[5]),
                role: try row[6], sharePercent: try row[7], quantity: try row[8], unit: try row[9], since: try date(row[10]),
                sinceQualifier: try (row[11] as String?).flatMap(DateQualifier.init), until: try date(row[12]),
                untilQualifier: try (row[13] as String?).flatMap(DateQualifier.init), asOf: try date(row[14]),
                status: status == .active ? nil : status, evidence: try row[16],
                certainty: try (row[17] as String?).flatMap(Certainty.init), note: try row[18], through: try row[19], at: try row[20]))
        }

        try database.forEachRow(sql: """
            SELECT q.id, q.text, q.form, sp.name, q.speaker_role, o.name, f.name, t.name, q.said_on, orig.text,
                   q.speaker_id, q.organisation_id, q.is_fragment, q.attribution, q.attribution_note, q.attribution_certainty,
                   q.spoken_by, q.printed_in
            FROM quotes AS q LEFT JOIN people AS sp ON sp.id = q.speaker_id LEFT JOIN organisations AS o ON o.id = q.organisation_id
            LEFT JOIN forums AS f ON f.id = q.forum_id LEFT JOIN organisations AS t ON t.id = q.told_to_id
            LEFT JOIN quotes AS orig ON orig.id = q.original_quote_id
            WHERE q.source_id = ? ORDER BY q.id
            """, arguments: [sourceID]) { row in
            let quoteID: Int64 = try row[0]
            let mentionIDs = try database.fetchAll(sql: "SELECT m.entity_id, e.kind FROM quote_mentions AS m JOIN entities AS e ON e.id = m.entity_id WHERE m.quote_id = ? ORDER BY m.entity_id",
                                                   arguments: [quoteID]) { row -> (Int64, String) in (try row[0], try row[1]) }
            if let scope {  // a neighbourhood keeps the quotes by or about its centre
                let speakerID: Int64? = try row[10]
                let organisationID: Int64? = try row[11]
                guard mentionIDs.contains(where: { $0.0 == scope.center }) || speakerID == scope.center || organisationID == scope.center
                else { return }
            }
            let mentions = try mentionIDs.map { try reference(to: $0.0, kind: $0.1) }
            let about = try database.fetchAll(sql: "SELECT s.entity_id, e.kind FROM quote_subjects AS s JOIN entities AS e ON e.id = s.entity_id WHERE s.quote_id = ? ORDER BY s.entity_id",
                                              arguments: [quoteID]) { row -> (Int64, String) in (try row[0], try row[1]) }
                .map { try reference(to: $0.0, kind: $0.1) }
            // An organisation that spoke as such is the speaker, not one spoken for.
            let organisationSpoke = try row[16] as String? == "organisation"
            var quote = Document.Quote(
                text: try row[1], form: QuoteForm(rawValue: try row[2]), speaker: organisationSpoke ? try row[5] : try row[3], role: try row[4],
                organisation: organisationSpoke ? nil : try row[5],
                forum: try row[6], toldTo: try row[7], saidOn: try date(row[8]), mentions: mentions.isEmpty ? nil : mentions,
                original: try row[9])
            quote.fragment = try (row[12] as Int?).map { $0 == 1 }
            quote.attribution = try (row[13] as String?).flatMap(Attribution.init)
            quote.attributionNote = try row[14]
            quote.attributionCertainty = try (row[15] as String?).flatMap(Certainty.init)
            quote.printedIn = try row[17]
            quote.about = about.isEmpty ? nil : about
            document.quotes.append(quote)
        }

        let isEmpty = document.declaredEntities.isEmpty && document.links.isEmpty && document.quotes.isEmpty
        return scope != nil && isEmpty ? nil : document
    }

    private func date(_ text: String?) -> PartialDate? { text.flatMap(PartialDate.init) }

    private func exportEntity(id: Int64, kind: EntityKind, name: String, description: String?, evidence: String?,
                              sourceID: Int64? = nil, into document: inout Document) throws {
        try exportEntityFields(id: id, kind: kind, name: name, description: description, evidence: evidence, sourceID: sourceID, into: &document)
        let otherNames = try otherNames(of: id, name: name)
        guard otherNames != nil else { return }
        switch kind {
        case .organisation: document.organisations[document.organisations.count - 1].otherNames = otherNames
        case .person: document.people[document.people.count - 1].otherNames = otherNames
        case .place: document.places[document.places.count - 1].otherNames = otherNames
        case .mineral: document.minerals[document.minerals.count - 1].otherNames = otherNames
        case .forum: document.forums[document.forums.count - 1].otherNames = otherNames
        case .project: document.projects[document.projects.count - 1].otherNames = otherNames
        }
    }

    /// The names of an entity that have a kind (a former name, a misprint...), or nil when none has.
    private func otherNames(of id: Int64, name: String) throws -> [OtherName]? {
        let kinded = try database.fetchAll(sql: """
            SELECT alias, alias_kind, changed_on FROM aliases WHERE entity_id = ? AND normalised <> mkb_normalise(?) AND alias_kind IS NOT NULL
            ORDER BY alias
            """, arguments: [id, name]) { row -> OtherName? in
            guard let kind = AliasKind(rawValue: try row[1]) else { return nil }
            return OtherName(name: try row[0], kind: kind, until: date(try row[2]))
        }.compactMap { $0 }
        return kinded.isEmpty ? nil : kinded
    }

    private func exportEntityFields(id: Int64, kind: EntityKind, name: String, description: String?, evidence: String?,
                                    sourceID: Int64?, into document: inout Document) throws {
        // Plain aliases travel as "aliases"; names with a kind (a former name...) as "other_names".
        let found = try database.fetchAll(sql: "SELECT alias FROM aliases WHERE entity_id = ? AND normalised <> mkb_normalise(?) AND alias_kind IS NULL ORDER BY alias",
                                          arguments: [id, name]) { row -> String in try row[0] }
        let aliases = found.isEmpty ? nil : found
        // ISO codes travel as "iso_code"; every other identifier as "ids".
        let identifiers = try database.fetchAll(sql: "SELECT scheme || ':' || value FROM identifiers WHERE entity_id = ? AND scheme <> ? ORDER BY 1",
                                                arguments: [id, Identifier.isoScheme]) { row -> String in try row[0] }
        let ids = identifiers.isEmpty ? nil : identifiers
        switch kind {
        case .organisation:
            let type = try database.fetchOne(String.self, sql: "SELECT organisation_type FROM organisations WHERE id = ?", arguments: [id])
            document.organisations.append(Document.Organisation(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence,
                                                                type: type.flatMap(OrganisationType.init)))
        case .person:
            document.people.append(Document.Person(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence))
        case .place:
            try database.forEachRow(sql: "SELECT place_type, parent_id, iso_code, parent_basis FROM places WHERE id = ?", arguments: [id]) { row in
                var place = Document.Place(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence,
                                           type: try row[0], within: try (row[1] as Int64?).map(reference(toPlace:)),
                                           isoCode: try row[2])
                if place.within != nil {
                    if try row[3] as String? == ParentBasis.background.rawValue { place.inBasis = .background }
                    if let sourceID {
                        try database.forEachRow(sql: "SELECT certainty, note FROM place_parent_sources WHERE place_id = ? AND source_id = ?",
                                                arguments: [id, sourceID]) { cited in
                            place.inCertainty = try (cited[0] as String?).flatMap(Certainty.init)
                            place.inNote = try cited[1]
                        }
                    }
                }
                document.places.append(place)
            }
        case .mineral:
            try database.forEachRow(sql: "SELECT symbol, mineral_group FROM minerals WHERE id = ?", arguments: [id]) { row in
                document.minerals.append(Document.Mineral(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence,
                                                          symbol: try row[0], group: try row[1]))
            }
        case .forum:
            try database.forEachRow(sql: "SELECT starts_on, starts_qualifier, ends_on, forum_kind, theme, status, venue_id FROM forums WHERE id = ?",
                                    arguments: [id]) { row in
                var forum = Document.Forum(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence,
                                           starts: date(try row[0]), startsQualifier: try (row[1] as String?).flatMap(DateQualifier.init),
                                           ends: date(try row[2]))
                forum.kind = try (row[3] as String?).flatMap(ForumKind.init)
                forum.theme = try row[4]
                forum.status = try (row[5] as String?).flatMap(ForumStatus.init)
                forum.venue = try (row[6] as Int64?).map(reference(toPlace:))
                if let sourceID {
                    let figures = try database.fetchAll(sql: """
                        SELECT figure, value, qualifier, printed FROM forum_figures WHERE forum_id = ? AND source_id = ? ORDER BY figure, value
                        """, arguments: [id, sourceID]) { figure in
                        ForumFigure(figure: try figure[0], value: try figure[1], qualifier: try (figure[2] as String?).flatMap(FigureQualifier.init),
                                    printed: try figure[3])
                    }
                    forum.figures = figures.isEmpty ? nil : figures
                }
                document.forums.append(forum)
            }
        case .project:
            try database.forEachRow(sql: "SELECT project_type, status FROM projects WHERE id = ?", arguments: [id]) { row in
                document.projects.append(Document.Project(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence,
                                                          type: try (row[0] as String?).flatMap(ProjectType.init),
                                                          status: try (row[1] as String?).flatMap(ProjectStatus.init)))
            }
        }
    }

    /// How a document should name an entity so that it resolves to this one: a place by its ISO
    /// code where it has one (names like "Punjab" repeat across countries), anything else by name.
    private func reference(to id: Int64, kind: String) throws -> String {
        if kind == EntityKind.place.rawValue { return try reference(toPlace: id) }
        return try database.fetchOne(String.self, sql: "SELECT name FROM entities WHERE id = ?", arguments: [id]) ?? String(id)
    }

    private func reference(toPlace id: Int64) throws -> String {
        try database.fetchOne(String.self, sql: "SELECT coalesce(iso_code, name) FROM places WHERE id = ?", arguments: [id]) ?? String(id)
    }

    // MARK: - Curation

    /// The curated names and the merges, or nil when nothing was curated.
    private func exportCuration() throws -> CurationDocument? {
        var entities: [CurationDocument.Entity] = []
        let curatedIDs = try database.fetchAll(sql: "SELECT DISTINCT entity_id FROM curated_names ORDER BY entity_id") { row -> Int64 in try row[0] }
        for id in curatedIDs {
            guard let entity = try Curator(database: database).entityRef(id) else { continue }
            var added: [String] = []
            var removed: [String] = []
            var renamed = false
            try database.forEachRow(sql: "SELECT alias, action FROM curated_names WHERE entity_id = ? ORDER BY alias", arguments: [id]) { row in
                let alias: String = try row[0]
                switch try row[1] as String {
                case "add": added.append(alias)
                case "remove": removed.append(alias)
                default: renamed = true
                }
            }
            let ids = try database.fetchAll(sql: "SELECT scheme || ':' || value FROM identifiers WHERE entity_id = ? ORDER BY 1",
                                            arguments: [id]) { row -> String in try row[0] }
            let aliases = try database.fetchAll(sql: "SELECT alias FROM aliases WHERE entity_id = ? AND alias <> ? ORDER BY alias",
                                                arguments: [id, entity.name]) { row -> String in try row[0] }
            entities.append(CurationDocument.Entity(kind: entity.kind, ids: ids.isEmpty ? nil : ids, name: entity.name,
                                                    aliases: aliases.isEmpty ? nil : aliases, renamed: renamed ? true : nil, names_added: added.isEmpty ? nil : added,
                                                    names_removed: removed.isEmpty ? nil : removed))
        }
        let merges = try database.fetchAll(sql: """
            SELECT m.kind, e.name, m.name, m.merged_at FROM merged_entities AS m JOIN entities AS e ON e.id = m.entity_id ORDER BY m.merged_at, m.merged_id
            """) { row -> CurationDocument.Merge? in
            guard let kind = EntityKind(rawValue: try row[0]) else { return nil }
            return CurationDocument.Merge(kind: kind, kept: try row[1], merged: try row[2], made_at: try row[3])
        }.compactMap { $0 }
        guard !entities.isEmpty || !merges.isEmpty else { return nil }
        return CurationDocument(curation: .init(entities: entities.isEmpty ? nil : entities, merges: merges.isEmpty ? nil : merges))
    }

    // MARK: - DOT

    /// A DOT string that Graphviz draws as the text itself, and whose SVG stays well-formed XML:
    /// `\` and `"` are escaped; `&` is written `&amp;` (Graphviz passes entity references through to
    /// SVG, and `&#27;` there would be ill-formed); control characters (C0, DEL, C1), bidirectional
    /// controls, line and paragraph separators and the noncharacters U+FFFE/U+FFFF, none of which XML
    /// allows or a reader should be shown raw, appear as visible escapes such as `\u{1B}` or `\n`.
    /// Several lines in one DOT string: each escaped as in `dotString(_:)`, joined by DOT's own `\n`.
    static func dotString(lines: [String]) -> String {
        "\"" + lines.map { String(dotString($0).dropFirst().dropLast()) }.joined(separator: "\\n") + "\""
    }

    static func dotString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "&": result += "&amp;"
            case "\n": result += "\\\\n"
            case "\r": result += "\\\\r"
            case "\t": result += "\\\\t"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2028, 0x2029,
                     0x2060, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
                    result += "\\\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A node's shape and fill by kind; the legend shows the same.
    static func dotLook(_ kind: EntityKind) -> String {
        switch kind {
        case .organisation: return "shape=box, fillcolor=\"#cfe2f3\""
        case .person: return "shape=ellipse, fillcolor=\"#fce5cd\""
        case .place: return "shape=house, fillcolor=\"#d9ead3\""
        case .mineral: return "shape=diamond, fillcolor=\"#fff2cc\""
        case .forum: return "shape=octagon, fillcolor=\"#ead1dc\""
        case .project: return "shape=component, fillcolor=\"#d9d2e9\""
        }
    }

    /// A boxed legend with one node per kind drawn, in its shape and colour.
    static func dotLegend(kinds: Set<EntityKind>) -> [String] {
        let shown = EntityKind.allCases.filter(kinds.contains)
        guard !shown.isEmpty else { return [] }
        var lines = ["  subgraph cluster_legend {", "    label=\"Legend\";", "    fontname=\"Helvetica\";", "    style=rounded;"]
        for kind in shown {
            lines.append("    legend_\(kind.rawValue) [label=\(dotString(kind.rawValue)), \(dotLook(kind))];")
        }
        lines.append("    legend_lines [shape=plaintext, style=\"\", label=\"solid: an active claim\\ldotted: planned or former\\ldashed: is part of (place hierarchy)\\l\"];")
        lines.append("  }")
        return lines
    }

    /// 40 rather than 40.0; 12.5 as it is.
    static func dotNumber(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
