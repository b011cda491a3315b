/// An entity reached by a walk, and in how many steps.
public struct ReachedEntity: Hashable, Codable, Sendable {
    /// The entity reached.
    public let entity: EntityRef
    /// The fewest steps it took from the centre (0 for the centre itself).
    public let steps: Int
}
