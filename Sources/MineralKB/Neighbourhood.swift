/// The entities within some steps of one entity, and the connections between them.
public struct Neighbourhood: Codable, Sendable {
    /// The entity the walk started from.
    public let center: EntityRef
    /// The most steps the walk went out from the centre: the depth asked for.
    public let depth: Int
    /// Each entity reached (the centre included, at 0), with the number of steps it took, nearest first.
    public let reached: [ReachedEntity]
    /// Every connection walked, once each, in stored direction.
    public let connections: [Connection]
    /// True when the walk stopped at its limit of connections.
    public let isTruncated: Bool
}
