import SQLite

extension KnowledgeBase {
    /// Every name the base knows, with its kind (and country, for places), and the relations table:
    /// what `ArticleDrafter` recognises in an article. Reads only.
    public func draftLexicon() throws -> DraftLexicon {
        try KnowledgeBase.wrap {
            var names: [(alias: String, entry: DraftLexicon.Entry)] = []
            try database.forEachRow(sql: KnowledgeBase.lexiconSQL) { row in
                let kindText: String = try row[1]
                guard let kind = EntityKind(rawValue: kindText) else { return }
                names.append((try row[0], DraftLexicon.Entry(kind: kind, name: try row[2], country: try row[3])))
            }
            var relations: [(name: String, from: EntityKind, to: EntityKind)] = []
            try database.forEachRow(sql: "SELECT name, from_kind, to_kind FROM relations ORDER BY name") { row in
                let fromText: String = try row[1]
                let toText: String = try row[2]
                guard let from = EntityKind(rawValue: fromText), let to = EntityKind(rawValue: toText) else { return }
                relations.append((try row[0], from, to))
            }
            return DraftLexicon(names: names, relations: relations)
        }
    }

    /// Each alias with its entity's kind, name and (for places) the country containing it.
    static let lexiconSQL = """
        SELECT a.alias, e.kind, e.name,
               (SELECT c.name FROM place_ancestors AS pa JOIN places AS c ON c.id = pa.ancestor_id
                 WHERE pa.place_id = e.id AND c.place_type = 'country' LIMIT 1)
        FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id
        ORDER BY e.id, a.alias
        """
}
