/// An entity reached by a walk, and in how many steps.
public struct ReachedEntity: Hashable, Codable, Sendable {
    public let entity: EntityRef
    public let steps: Int
}
