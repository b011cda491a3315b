import Foundation
import SQLite

extension KnowledgeBase {
    /// The one entity known by `name` (any alias, any spelling that normalises the same) among `kinds`;
    /// `#12` names the entity of id 12, the id reports print.
    ///
    /// - Throws: `.unknownEntity` with the closest names as suggestions, or `.ambiguousName` listing
    ///   every candidate with what tells them apart.
    public func entity(named name: String, kinds: Set<EntityKind> = Set(EntityKind.allCases)) throws -> EntityRef {
        if let id = KnowledgeBase.idReference(name) { return try entity(id: id, kinds: kinds) }
        let result = try KnowledgeBase.wrap { try NameResolver(database: database).resolve(name, kinds: kinds) }
        switch result {
        case .success(let entity):
            return entity
        case .failure(.unknownEntity(let name, let kinds, _)):
            throw KnowledgeBaseError.unknownEntity(name: name, kinds: kinds, suggestions: try suggestions(for: name, kinds: Set(kinds)))
        case .failure(let error):
            throw error
        }
    }

    /// The id in `#12` (spaces around it allowed); nil for anything else.
    static func idReference(_ name: String) -> Int64? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("#"), let id = Int64(trimmed.dropFirst()), id > 0, String(id) == trimmed.dropFirst() else { return nil }
        return id
    }

    /// The sources behind each of `linkIDs`, keyed by link id.
    func citations(forLinks linkIDs: [Int64]) throws -> [Int64: [SourceCitation]] {
        guard !linkIDs.isEmpty else { return [:] }
        var result: [Int64: [SourceCitation]] = [:]
        // The ids travel as one bound JSON array, never spliced into the SQL.
        try database.forEachRow(sql: KnowledgeBase.citationsSQL, arguments: [KnowledgeBase.jsonArray(linkIDs)]) { row in
            result[try row[0], default: []].append(SourceCitation(
                sourceID: try row[1], label: try row[2], publishedOn: try row[3], evidence: try row[4], publisher: try row[5],
                certainty: try row[6], note: try row[7]))
        }
        return result
    }

    /// The sources of each link of a JSON array of link ids.
    static let citationsSQL = """
        SELECT ls.link_id, s.id, s.label, s.published_on, ls.evidence, pub.name, ls.certainty, ls.note
        FROM json_each(?) AS j JOIN link_sources AS ls ON ls.link_id = j.value JOIN sources AS s ON s.id = ls.source_id
        LEFT JOIN organisations AS pub ON pub.id = s.publisher_id
        ORDER BY ls.link_id, s.published_on, s.id
        """

    static func jsonArray(_ ids: [Int64]) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
