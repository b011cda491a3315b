import SQLite

/// One link (one claim) as the exports read it: the graph files (GEXF, GraphML) and FollowTheMoney
/// walk the same rows, read here once.
struct ExportedLink {
    var id: Int64
    var from: Int64
    var to: Int64
    var relation: String
    /// The relation in words ("has an office in"), and its group ("presence").
    var label: String
    var category: String
    var role: String?
    var sharePercent: Double?
    var quantity: Double?
    var unit: String?
    var since: String?
    var sinceQualifier: String?
    var until: String?
    var untilQualifier: String?
    var asOf: String?
    var status: String
    /// The holding company an interest is held through; the forum an agreement was signed at.
    var through: Int64?
    var forum: Int64?

    /// Calls `body` with every link of the base in id order that `scope` (when given) keeps; with
    /// `withMinerals` false, links to or from a mineral are left out.
    static func forEach(in database: Database, scope: KnowledgeBase.ExportScope?, withMinerals: Bool,
                        _ body: (ExportedLink) throws -> Void) throws {
        try database.forEachRow(sql: """
            SELECT l.id, l.from_id, l.to_id, l.relation, r.label, r.category, l.role, l.share_percent, l.quantity, l.unit,
                   l.since, l.since_qualifier, l.until, l.until_qualifier, l.as_of, l.status, l.through_id, l.forum_id
            FROM links AS l JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind
            WHERE ?1 OR (l.from_kind <> 'mineral' AND l.to_kind <> 'mineral')
            ORDER BY l.id
            """, arguments: [withMinerals]) { row in
            let id: Int64 = try row[0]
            if let scope, !scope.links.contains(id) { return }
            try body(ExportedLink(
                id: id, from: try row[1], to: try row[2], relation: try row[3], label: try row[4], category: try row[5],
                role: try row[6], sharePercent: try row[7], quantity: try row[8], unit: try row[9], since: try row[10],
                sinceQualifier: try row[11], until: try row[12], untilQualifier: try row[13], asOf: try row[14],
                status: try row[15], through: try row[16], forum: try row[17]))
        }
    }
}
