/// One link between two entities as a graph walk sees it.
public struct Connection: Hashable, Codable, Sendable {
    /// The entity the link starts from, as stored (`Min Ziheng` in "Min Ziheng works_at Jiaozuo").
    public let from: EntityRef
    /// `works_at`, `has_office_in`, ...; `part_of` for the place hierarchy; `mentioned` for what a speaker talked about.
    public let relation: String
    public let to: EntityRef
    /// The detail as printed (a title, "local office").
    public let detail: String?
    /// The link row, when the connection is a link (not a hierarchy or quote connection).
    public let linkID: Int64?
    public let sources: [SourceCitation]
}

/// A step of a path: a connection, and whether the walk followed it forwards or backwards.
public struct PathHop: Hashable, Codable, Sendable {
    public let connection: Connection
    /// True when the walk went from `connection.to` to `connection.from`.
    public let isReversed: Bool

    /// The entity the step leaves.
    public var start: EntityRef { isReversed ? connection.to : connection.from }
    /// The entity the step reaches.
    public var end: EntityRef { isReversed ? connection.from : connection.to }
}

/// The entities within some steps of one entity, and the connections between them.
public struct Neighbourhood: Codable, Sendable {
    public let center: EntityRef
    public let depth: Int
    /// Each entity reached (the centre included, at 0), with the number of steps it took, nearest first.
    public let reached: [ReachedEntity]
    public let connections: [Connection]
    /// True when the walk stopped at its limit of connections.
    public let isTruncated: Bool
}

/// An entity reached by a walk, and in how many steps.
public struct ReachedEntity: Hashable, Codable, Sendable {
    public let entity: EntityRef
    public let steps: Int
}
