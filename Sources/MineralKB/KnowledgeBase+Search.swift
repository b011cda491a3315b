import SQLite

extension KnowledgeBase {
    /// The most results one search returns.
    public static let searchLimits = 1...500

    /// Entities whose name or any alias contains `text`, or resembles it despite typos, best first.
    ///
    ///     try kb.search("Jiaozou Creation")   // Jiaozuo Creation Heavy Industry Co Ltd, first
    ///     try kb.search("creation", kinds: [.organisation])
    ///
    /// The text is normalised as names are (case, diacritics, punctuation folded). A name equal to it
    /// comes first, then names containing it (through the trigram index `name_search_fts`), then, when
    /// no name equals it and those found are too few, names sharing two of its rarest three-letter
    /// pieces (a misspelling); every candidate is scored by `NameSimilarity` and weak resemblances
    /// are dropped. A text that is a name is not also looked up as a misspelling: counting how rare
    /// each piece is costs more than the rest of the search.
    ///
    /// - Throws: `.invalidArgument` for text with no letter or digit, or a limit outside `searchLimits`.
    public func search(_ text: String, kinds: Set<EntityKind> = Set(EntityKind.allCases), limit: Int = 20) throws -> [NameMatch] {
        let query = NameNormaliser.normalise(text)
        guard !query.isEmpty else {
            throw KnowledgeBaseError.invalidArgument(name: "search", problem: "give at least one letter or digit to search for")
        }
        guard KnowledgeBase.searchLimits.contains(limit) else {
            throw KnowledgeBaseError.invalidArgument(name: "limit", problem: "expected 1 to \(KnowledgeBase.searchLimits.upperBound), found \(limit)")
        }
        return try KnowledgeBase.wrap {
            let kindList = "[" + kinds.sorted().map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
            let similarity = NameSimilarity.Query(query)
            var best: [Int64: (entity: EntityRef, name: String, score: Double)] = [:]
            func consider(_ row: Row) throws {
                guard let kind = EntityKind(rawValue: try row[1]) else { return }
                let name: String = try row[3]
                let score = similarity.score(name)
                let id: Int64 = try row[0]
                if score >= KnowledgeBase.weakestMatch, score > best[id]?.score ?? -1 {
                    best[id] = (EntityRef(id: id, kind: kind, name: try row[2]), name, score)
                }
            }
            try database.forEachRow(sql: KnowledgeBase.exactNameSQL, arguments: [query, kindList], consider)
            let isName = !best.isEmpty
            if query.count >= 3 {
                // A name missing one of the pieces is not found, and the index finds that out at once.
                try database.forEachRow(sql: KnowledgeBase.trigramNameSQL, arguments: [KnowledgeBase.phrase(query), kindList], consider)
                if !isName, best.count < limit, let fuzzy = KnowledgeBase.sharedRarePieces(try trigramCounts(of: query)) {
                    try database.forEachRow(sql: KnowledgeBase.trigramNameSQL, arguments: [fuzzy, kindList], consider)
                }
            } else {
                try database.forEachRow(sql: KnowledgeBase.prefixNameSQL, arguments: [query, query + "\u{FFFF}", kindList], consider)
            }
            let ranked = best.values.sorted {
                ($1.score, $0.entity.name.count, $0.entity.id) < ($0.score, $1.entity.name.count, $1.entity.id)
            }.prefix(limit)
            let describer = EntityDescriber(database: database)
            return try ranked.map { match in
                NameMatch(entity: match.entity, matchedName: match.name, score: (match.score * 1000).rounded() / 1000,
                          context: try describer.describe(match.entity).context)
            }
        }
    }

    /// The entities a mistyped name most likely meant, for "did you mean …?" (at most `limit`).
    public func suggestions(for name: String, kinds: Set<EntityKind> = Set(EntityKind.allCases), limit: Int = 5) throws -> [EntityDescription] {
        guard !NameNormaliser.normalise(name).isEmpty else { return [] }
        return try search(name, kinds: kinds, limit: limit).filter { $0.score >= KnowledgeBase.suggestedMatch }
            .map { EntityDescription(entity: $0.entity, context: $0.context) }
    }

    /// Below this a resemblance is noise (two names sharing a common syllable).
    static let weakestMatch = 0.4
    /// Below this a match is not worth suggesting in place of an unknown name.
    static let suggestedMatch = 0.45
    /// Candidates read from the trigram index per step; scoring picks the best of them.
    static let trigramCandidates = 400

    /// An FTS5 phrase: the whole normalised text as one substring (quotes doubled, though a normalised
    /// name holds none).
    static func phrase(_ query: String) -> String {
        "\"" + query.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The text's distinct three-letter pieces, each with the number of names holding it.
    private func trigramCounts(of query: String) throws -> [(piece: String, names: Int)] {
        let characters = Array(query)
        var seen = Set<String>()
        var result: [(piece: String, names: Int)] = []
        for start in 0...(characters.count - 3) {
            let piece = String(characters[start..<start + 3])
            guard seen.insert(piece).inserted else { continue }
            result.append((piece, try database.fetchOne(Int.self, sql: "SELECT doc FROM name_search_vocab WHERE term = ?", arguments: [piece]) ?? 0))
        }
        return result
    }

    /// Names sharing at least two of the text's rarest pieces (up to six of them): a misspelling
    /// keeps most pieces, and rare ones keep the candidates few, so no ranking of every match is needed.
    ///
    /// Written `(a AND (b OR c)) OR (b AND c)` rather than as every pair `(a AND b) OR (a AND c) OR
    /// (b AND c)`: the same names, with fewer terms for FTS5 to read (20 instead of 30 for six pieces).
    static func sharedRarePieces(_ pieces: [(piece: String, names: Int)]) -> String? {
        let rare = pieces.filter { $0.names > 0 }.sorted { $0.names < $1.names }.prefix(6).map { phrase($0.piece) }
        guard rare.count >= 2 else { return rare.first }
        var alternatives: [String] = []
        for first in 0..<(rare.count - 1) {
            let others = rare[(first + 1)...]
            alternatives.append(others.count == 1 ? "(\(rare[first]) AND \(others[others.startIndex]))"
                                : "(\(rare[first]) AND (\(others.joined(separator: " OR "))))")
        }
        return alternatives.joined(separator: " OR ")
    }

    static let exactNameSQL = """
        SELECT e.id, e.kind, e.name, a.normalised FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id
        WHERE a.normalised = ?1 AND e.kind IN (SELECT value FROM json_each(?2))
        """

    /// A bounded number of matches, unranked (ranking every match of a common piece costs more than
    /// scoring the candidates): the scoring in Swift orders them.
    static let trigramNameSQL = """
        SELECT e.id, e.kind, e.name, s.normalised
        FROM (SELECT rowid FROM name_search_fts WHERE name_search_fts MATCH ?1 LIMIT \(trigramCandidates)) AS hit
        JOIN name_search AS s ON s.id = hit.rowid JOIN entities AS e ON e.id = s.entity_id
        WHERE e.kind IN (SELECT value FROM json_each(?2))
        """

    /// Names of one or two characters have no trigram: they are found by prefix, through the aliases' key.
    static let prefixNameSQL = """
        SELECT e.id, e.kind, e.name, a.normalised FROM aliases AS a JOIN entities AS e ON e.id = a.entity_id
        WHERE a.normalised >= ?1 AND a.normalised < ?2 AND e.kind IN (SELECT value FROM json_each(?3))
        LIMIT \(trigramCandidates)
        """
}
