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
