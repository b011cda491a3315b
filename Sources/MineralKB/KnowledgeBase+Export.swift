import Foundation
import SQLite

/// One exported document: a file name and its JSON in the import format.
public struct ExportedDocument: Sendable {
    /// The name to write it under: `0001_source_12.json`, numbered in source order.
    public let fileName: String
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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var documents: [ExportedDocument] = []
            for (index, sourceID) in sourceIDs.enumerated() {
                guard let document = try exportDocument(sourceID: sourceID, scope: scope) else { continue }
                let name = String(format: "%04d_source_%lld.json", index + 1, sourceID)
                documents.append(ExportedDocument(fileName: name, json: try encoder.encode(document)))
            }
            return documents
        }
    }

    /// The graph as Graphviz DOT: entities as nodes (shaped by kind), links as labelled edges.
    /// With `entityName`, only its neighbourhood to `depth`. Render with `dot -Tsvg`.
    public func exportDOT(around entityName: String? = nil, depth: Int = 1) throws -> String {
        let scope = try entityName.map { try exportScope(around: $0, depth: depth) }
        return try KnowledgeBase.wrap {
            var nodes: [Int64: EntityRef] = [:]
            var edges: [String] = []
            try database.forEachRow(sql: """
                SELECT l.id, l.relation, f.id, f.kind, f.name, t.id, t.kind, t.name FROM links AS l
                JOIN entities AS f ON f.id = l.from_id JOIN entities AS t ON t.id = l.to_id ORDER BY l.id
                """) { row in
                let linkID: Int64 = try row[0]
                if let scope, !scope.links.contains(linkID) { return }
                guard let fromKind = EntityKind(rawValue: try row[3]), let toKind = EntityKind(rawValue: try row[6]) else { return }
                let from = EntityRef(id: try row[2], kind: fromKind, name: try row[4])
                let to = EntityRef(id: try row[5], kind: toKind, name: try row[7])
                nodes[from.id] = from
                nodes[to.id] = to
                edges.append("  n\(from.id) -> n\(to.id) [label=\(KnowledgeBase.dotString(try row[1]))];")
            }
            var lines = ["digraph mineralkb {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];", "  edge [fontname=\"Helvetica\", fontsize=10];"]
            for node in nodes.values.sorted(by: { $0.id < $1.id }) {
                lines.append("  n\(node.id) [label=\(KnowledgeBase.dotString(node.name)), shape=\(KnowledgeBase.dotShape(node.kind))];")
            }
            lines += edges
            lines.append("}")
            return lines.joined(separator: "\n") + "\n"
        }
    }

    // MARK: - Scope

    private struct ExportScope {
        var entities: Set<Int64>
        var links: Set<Int64>
        var center: Int64
    }

    private func exportScope(around name: String, depth: Int) throws -> ExportScope {
        let center = try entity(named: name)
        let neighbourhood = try self.neighbourhood(around: center, depth: depth, limit: 100_000)
        return ExportScope(entities: Set(neighbourhood.reached.map(\.entity.id)), links: Set(neighbourhood.connections.compactMap(\.linkID)), center: center.id)
    }

    // MARK: - One document

    private func exportDocument(sourceID: Int64, scope: ExportScope?) throws -> ExportDocument? {
        guard let source = try database.fetchAll(sql: """
            SELECT s.source_type, s.title, pub.name, via.name, s.url, s.reference, s.published_on, s.dateline_place_id
            FROM sources AS s LEFT JOIN organisations AS pub ON pub.id = s.publisher_id LEFT JOIN organisations AS via ON via.id = s.via_id
            WHERE s.id = ?
            """, arguments: [sourceID], { row in
                ExportDocument.Source(type: try row[0], title: try row[1], publisher: try row[2], via: try row[3], url: try row[4],
                                      reference: try row[5], published: try row[6],
                                      dateline: try (row[7] as Int64?).map(reference(toPlace:)))
            }).first
        else { return nil }
        var document = ExportDocument(source: source)

        var byKind: [EntityKind: [ExportDocument.Entity]] = [:]
        try database.forEachRow(sql: """
            SELECT e.id, e.kind, e.name, e.description, es.evidence FROM entity_sources AS es JOIN entities AS e ON e.id = es.entity_id
            WHERE es.source_id = ? ORDER BY e.id
            """, arguments: [sourceID]) { row in
            let id: Int64 = try row[0]
            if let scope, !scope.entities.contains(id) { return }
            guard let kind = EntityKind(rawValue: try row[1]) else { return }
            byKind[kind, default: []].append(try exportEntity(id: id, kind: kind, name: try row[2], description: try row[3], evidence: try row[4]))
        }
        document.organisations = byKind[.organisation]
        document.people = byKind[.person]
        document.places = byKind[.place]
        document.minerals = byKind[.mineral]
        document.forums = byKind[.forum]
        document.projects = byKind[.project]

        var links: [ExportDocument.Link] = []
        try database.forEachRow(sql: """
            SELECT l.id, l.from_id, l.from_kind, l.relation, l.to_id, l.to_kind, l.role, l.share_percent, l.quantity, l.unit,
                   l.since, l.since_qualifier, l.until, l.until_qualifier, l.as_of, l.status, ls.evidence
            FROM link_sources AS ls JOIN links AS l ON l.id = ls.link_id WHERE ls.source_id = ? ORDER BY l.id
            """, arguments: [sourceID]) { row in
            let linkID: Int64 = try row[0]
            if let scope, !scope.links.contains(linkID) { return }
            let status: String = try row[15]
            links.append(ExportDocument.Link(
                from: try reference(to: try row[1], kind: try row[2]), relation: try row[3], to: try reference(to: try row[4], kind: try row[5]),
                role: try row[6], share_percent: try row[7], quantity: try row[8], unit: try row[9], since: try row[10],
                since_qualifier: try row[11], until: try row[12], until_qualifier: try row[13], as_of: try row[14],
                status: status == "active" ? nil : status, evidence: try row[16]))
        }
        document.links = links.isEmpty ? nil : links

        var quotes: [ExportDocument.Quote] = []
        try database.forEachRow(sql: """
            SELECT q.id, q.text, q.form, sp.name, q.speaker_role, o.name, f.name, t.name, q.said_on, orig.text,
                   q.speaker_id, q.organisation_id
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
            quotes.append(ExportDocument.Quote(
                text: try row[1], form: try row[2], speaker: try row[3], role: try row[4], organisation: try row[5], forum: try row[6],
                told_to: try row[7], said_on: try row[8], mentions: mentions.isEmpty ? nil : mentions, original: try row[9]))
        }
        document.quotes = quotes.isEmpty ? nil : quotes

        let isEmpty = [document.organisations?.count, document.people?.count, document.places?.count, document.minerals?.count,
                       document.forums?.count, document.projects?.count, document.links?.count, document.quotes?.count]
            .allSatisfy { ($0 ?? 0) == 0 }
        return scope != nil && isEmpty ? nil : document
    }

    private func exportEntity(id: Int64, kind: EntityKind, name: String, description: String?, evidence: String?) throws -> ExportDocument.Entity {
        var entity = ExportDocument.Entity(name: name, description: description, evidence: evidence)
        let aliases = try database.fetchAll(sql: "SELECT alias FROM aliases WHERE entity_id = ? AND normalised <> mkb_normalise(?) ORDER BY alias",
                                            arguments: [id, name]) { row -> String in try row[0] }
        entity.aliases = aliases.isEmpty ? nil : aliases
        switch kind {
        case .organisation:
            entity.type = try database.fetchOne(String.self, sql: "SELECT organisation_type FROM organisations WHERE id = ?", arguments: [id])
        case .person:
            break
        case .place:
            try database.forEachRow(sql: "SELECT place_type, parent_id, iso_code FROM places WHERE id = ?", arguments: [id]) { row in
                entity.type = try row[0]
                entity.in = try (row[1] as Int64?).map(reference(toPlace:))
                entity.iso_code = try row[2]
            }
        case .mineral:
            try database.forEachRow(sql: "SELECT symbol, mineral_group FROM minerals WHERE id = ?", arguments: [id]) { row in
                entity.symbol = try row[0]
                entity.group = try row[1]
            }
        case .forum:
            try database.forEachRow(sql: "SELECT starts_on, starts_qualifier, ends_on FROM forums WHERE id = ?", arguments: [id]) { row in
                entity.starts = try row[0]
                entity.starts_qualifier = try row[1]
                entity.ends = try row[2]
            }
        case .project:
            try database.forEachRow(sql: "SELECT project_type, status FROM projects WHERE id = ?", arguments: [id]) { row in
                entity.type = try row[0]
                entity.status = try row[1]
            }
        }
        return entity
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

    // MARK: - DOT

    /// A DOT string that Graphviz draws as the text itself, and whose SVG stays well-formed XML:
    /// `\` and `"` are escaped; `&` is written `&amp;` (Graphviz passes entity references through to
    /// SVG, and `&#27;` there would be ill-formed); control characters (C0, DEL, C1), bidirectional
    /// controls, line and paragraph separators and the noncharacters U+FFFE/U+FFFF, none of which XML
    /// allows or a reader should be shown raw, appear as visible escapes such as `\u{1B}` or `\n`.
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

    static func dotShape(_ kind: EntityKind) -> String {
        switch kind {
        case .organisation: return "box"
        case .person: return "ellipse"
        case .place: return "house"
        case .mineral: return "diamond"
        case .forum: return "octagon"
        case .project: return "component"
        }
    }
}
