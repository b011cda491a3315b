import SQLite

extension KnowledgeBase {
    /// The depths a neighbourhood (and a report or an export around an entity) may reach.
    public static let neighbourhoodDepths = 1...6
    /// The longest chains `shortestPath` looks for.
    public static let pathDepths = 1...12

    /// The shortest chain of connections between two entities, each step with its sources; nil if
    /// none exists within `maxDepth` steps. With `via` `.all`, links and the place hierarchy are tried
    /// first and what a speaker's quotes mention is used only when they do not connect the two;
    /// `.business` keeps to links, `.hierarchy` to links and the place hierarchy.
    public func shortestPath(from start: String, to goal: String, maxDepth: Int = 4, via scope: PathScope = .all) throws -> [PathHop]? {
        return try shortestPath(between: try entity(named: start), and: try entity(named: goal), maxDepth: maxDepth, via: scope)
    }

    func shortestPath(between startRef: EntityRef, and goalRef: EntityRef, maxDepth: Int, via scope: PathScope = .all) throws -> [PathHop]? {
        guard KnowledgeBase.pathDepths.contains(maxDepth) else {
            throw KnowledgeBaseError.outOfRange(argument: .maxDepth, value: maxDepth, allowed: KnowledgeBase.pathDepths)
        }
        if startRef == goalRef { return [] }
        return try KnowledgeBase.wrap {
            let hierarchy = scope != .business
            let direct = try shortestPath(from: startRef, to: goalRef, maxDepth: maxDepth, throughHierarchy: hierarchy, throughMentions: false)
            guard direct == nil, scope == .all else { return direct }
            return try shortestPath(from: startRef, to: goalRef, maxDepth: maxDepth, throughHierarchy: true, throughMentions: true)
        }
    }

    /// How many connections (links, the place hierarchy, what quotes mention) an entity has: 0 means
    /// no chain can reach it, whatever the depth.
    public func connectionCount(of name: String) throws -> Int {
        let entity = try entity(named: name)
        return try KnowledgeBase.wrap { try steps(from: entity.id).count }
    }

    /// Searches from both ends at once, so a path of depth 4 costs about two walks of depth 2.
    private func shortestPath(from startRef: EntityRef, to goalRef: EntityRef, maxDepth: Int, throughHierarchy: Bool,
                              throughMentions: Bool) throws -> [PathHop]? {
        // Each side remembers how it reached a node: (previous node, the step taken).
        var forward: [Int64: (previous: Int64, step: Step)?] = [startRef.id: nil]
        var backward: [Int64: (previous: Int64, step: Step)?] = [goalRef.id: nil]
        var forwardFrontier = [startRef.id]
        var backwardFrontier = [goalRef.id]
        var depth = 0
        while depth < maxDepth, !forwardFrontier.isEmpty, !backwardFrontier.isEmpty {
            depth += 1
            let expandForward = forwardFrontier.count <= backwardFrontier.count
            var next: [Int64] = []
            var meeting: Int64?
            for node in expandForward ? forwardFrontier : backwardFrontier {
                for step in try steps(from: node, throughHierarchy: throughHierarchy, throughMentions: throughMentions) {
                    if expandForward {
                        guard forward[step.neighbour] == nil else { continue }
                        forward[step.neighbour] = (node, step)
                        if backward[step.neighbour] != nil { meeting = step.neighbour }
                    } else {
                        guard backward[step.neighbour] == nil else { continue }
                        backward[step.neighbour] = (node, step)
                        if forward[step.neighbour] != nil { meeting = step.neighbour }
                    }
                    next.append(step.neighbour)
                    if meeting != nil { break }
                }
                if meeting != nil { break }
            }
            if let meeting {
                return try assemblePath(meeting: meeting, forward: forward, backward: backward)
            }
            if expandForward { forwardFrontier = next } else { backwardFrontier = next }
        }
        return nil
    }

    /// The category of the place hierarchy's connections (`part_of`), beside the relations' own categories.
    public static let hierarchyCategory = "hierarchy"
    /// The category of the connections between a speaker and what their quotes mention (`mentioned`).
    public static let mentionCategory = "mention"

    /// Every category a connection can have: the relations' categories (`affiliation`, `presence`,
    /// `stake`, ...), then `hierarchy` and `mention`, for filtering neighbourhoods.
    public func connectionCategories() throws -> [String] {
        try KnowledgeBase.wrap {
            try database.fetchAll(sql: "SELECT DISTINCT category FROM relations ORDER BY category") { row -> String in try row[0] }
        } + [KnowledgeBase.hierarchyCategory, KnowledgeBase.mentionCategory]
    }

    /// Every connection within `depth` steps of an entity, up to `limit` connections; with
    /// `categories`, the walk follows only connections of those categories (see `connectionCategories()`).
    public func neighbourhood(of name: String, depth: Int = 1, limit: Int = 500, categories: Set<String>? = nil) throws -> Neighbourhood {
        try neighbourhood(around: try entity(named: name), depth: depth, limit: limit, categories: categories)
    }

    func neighbourhood(around center: EntityRef, depth: Int, limit: Int = 500, categories: Set<String>? = nil) throws -> Neighbourhood {
        guard KnowledgeBase.neighbourhoodDepths.contains(depth) else {
            throw KnowledgeBaseError.outOfRange(argument: .depth, value: depth, allowed: KnowledgeBase.neighbourhoodDepths)
        }
        let followed = try categories.map { categories in
            try relationCategories().filter { categories.contains($0.value) }.keys
        }.map(Set.init)
        return try KnowledgeBase.wrap {
            var distances: [Int64: Int] = [center.id: 0]
            var seen = Set<Step.Key>()
            var steps: [Step] = []
            var frontier = [center.id]
            var isTruncated = false
            walk: for level in 1...depth {
                var next: [Int64] = []
                for node in frontier {
                    for step in try self.steps(from: node) where followed?.contains(step.relation) ?? true {
                        guard seen.insert(step.key).inserted else { continue }
                        if steps.count == limit { isTruncated = true; break walk }
                        steps.append(step)
                        if distances[step.neighbour] == nil {
                            distances[step.neighbour] = level
                            next.append(step.neighbour)
                        }
                    }
                }
                frontier = next
            }
            let connections = try self.connections(for: steps)
            var entities: [Int64: EntityRef] = [center.id: center]
            for connection in connections {
                entities[connection.from.id] = connection.from
                entities[connection.to.id] = connection.to
            }
            let reached = distances.compactMap { id, steps in entities[id].map { ReachedEntity(entity: $0, steps: steps) } }
                .sorted { ($0.steps, $0.entity.name) < ($1.steps, $1.entity.name) }
            return Neighbourhood(center: center, depth: depth, reached: reached, connections: connections, isTruncated: isTruncated)
        }
    }

    /// Every relation name in words, as read from its stored direction (`has_office_in` → "has an office in").
    public func relationLabels() throws -> [String: String] {
        var labels: [String: String] = [:]
        try KnowledgeBase.wrap {
            try database.forEachRow(sql: "SELECT name, label FROM relations ORDER BY name, from_kind, to_kind") { row in
                let name: String = try row[0]
                if labels[name] == nil { labels[name] = try row[1] }
            }
        }
        return labels
    }

    /// The category of every relation name, `part_of` and `mentioned` included.
    func relationCategories() throws -> [String: String] {
        var categories: [String: String] = ["part_of": KnowledgeBase.hierarchyCategory, "mentioned": KnowledgeBase.mentionCategory]
        try KnowledgeBase.wrap {
            try database.forEachRow(sql: "SELECT DISTINCT name, category FROM relations") { row in
                categories[try row[0]] = try row[1]
            }
        }
        return categories
    }

    // MARK: - Walking

    /// One way out of a node: along a link (either direction), up or down the place hierarchy,
    /// or between a speaker and what their quotes mention.
    struct Step {
        let node: Int64
        let neighbour: Int64
        let relation: String
        let isReversed: Bool
        let linkID: Int64?
        let detail: String?
        let quoteSourceID: Int64?

        struct Key: Hashable {
            let from: Int64, to: Int64, relation: String, linkID: Int64?
        }
        /// The same connection seen from either end has the same key.
        var key: Key {
            isReversed ? Key(from: neighbour, to: node, relation: relation, linkID: linkID)
                : Key(from: node, to: neighbour, relation: relation, linkID: linkID)
        }
    }

    func steps(from node: Int64, throughHierarchy: Bool = true, throughMentions: Bool = true) throws -> [Step] {
        try database.fetchAll(sql: KnowledgeBase.stepsSQL, arguments: [node, throughMentions, throughHierarchy]) { row in
            Step(node: node, neighbour: try row[0], relation: try row[1], isReversed: try row[2] as Int == 0,
                 linkID: try row[3], detail: try row[4], quoteSourceID: try row[5])
        }
    }

    /// Indexed on every branch: links by from_id and by to_id, places by id and parent_id, quotes by speaker, mentions by entity.
    static let stepsSQL = """
        SELECT to_id, relation, 1, id, role, NULL FROM links WHERE from_id = ?1
        UNION ALL SELECT from_id, relation, 0, id, role, NULL FROM links WHERE to_id = ?1
        UNION ALL SELECT parent_id, 'part_of', 1, NULL, NULL, NULL FROM places WHERE ?3 AND id = ?1 AND parent_id IS NOT NULL
        UNION ALL SELECT id, 'part_of', 0, NULL, NULL, NULL FROM places WHERE ?3 AND parent_id = ?1
        UNION ALL SELECT m.entity_id, 'mentioned', 1, NULL, NULL, min(q.source_id)
            FROM quotes AS q JOIN quote_mentions AS m ON m.quote_id = q.id
            WHERE ?2 AND q.speaker_id = ?1 AND m.entity_id <> ?1 GROUP BY m.entity_id
        UNION ALL SELECT q.speaker_id, 'mentioned', 0, NULL, NULL, min(q.source_id)
            FROM quote_mentions AS m JOIN quotes AS q ON q.id = m.quote_id
            WHERE ?2 AND m.entity_id = ?1 AND q.speaker_id IS NOT NULL AND q.speaker_id <> ?1 GROUP BY q.speaker_id
        """

    private func assemblePath(meeting: Int64, forward: [Int64: (previous: Int64, step: Step)?],
                              backward: [Int64: (previous: Int64, step: Step)?]) throws -> [PathHop] {
        var steps: [(Step, reversed: Bool)] = []
        var node = meeting
        while let entry = forward[node], let (previous, step) = entry {
            steps.insert((step, false), at: 0)
            node = previous
        }
        node = meeting
        while let entry = backward[node], let (previous, step) = entry {
            // Found walking from the goal: the step runs previous → node; the path crosses it node → previous.
            steps.append((step, true))
            node = previous
        }
        let connections = try self.connections(for: steps.map(\.0))
        return zip(steps, connections).map { pair, connection in
            let (step, walkedBackwards) = pair
            // A step's own direction is relative to its stored link; walking it backwards flips it again.
            return PathHop(connection: connection, isReversed: step.isReversed != walkedBackwards)
        }
    }

    /// Turns steps into connections in stored direction, with names and sources.
    private func connections(for steps: [Step]) throws -> [Connection] {
        let ids = Array(Set(steps.flatMap { [$0.node, $0.neighbour] }))
        var entities: [Int64: EntityRef] = [:]
        try database.forEachRow(sql: "SELECT e.id, e.kind, e.name FROM json_each(?) AS j JOIN entities AS e ON e.id = j.value",
                                arguments: [KnowledgeBase.jsonArray(ids)]) { row in
            if let kind = EntityKind(rawValue: try row[1]) { entities[try row[0]] = EntityRef(id: try row[0], kind: kind, name: try row[2]) }
        }
        let citations = try citations(forLinks: steps.compactMap(\.linkID))
        var quoteSources: [Int64: SourceCitation] = [:]
        for sourceID in Set(steps.compactMap(\.quoteSourceID)) {
            try database.forEachRow(sql: "SELECT id, label, published_on FROM sources WHERE id = ?", arguments: [sourceID]) { row in
                quoteSources[sourceID] = SourceCitation(sourceID: try row[0], label: try row[1], publishedOn: try row[2], evidence: nil)
            }
        }
        return steps.compactMap { step in
            guard let node = entities[step.node], let neighbour = entities[step.neighbour] else { return nil }
            let (from, to) = step.isReversed ? (neighbour, node) : (node, neighbour)
            let sources = step.linkID.flatMap { citations[$0] } ?? step.quoteSourceID.flatMap { quoteSources[$0] }.map { [$0] } ?? []
            return Connection(from: from, relation: step.relation, to: to, detail: step.detail, linkID: step.linkID, sources: sources)
        }
    }
}
