/// One entity found by `KnowledgeBase.search(_:kinds:limit:)`: which name matched, and how well.
public struct NameMatch: Codable, Sendable, Hashable {
    /// The entity found.
    public let entity: EntityRef
    /// The name or alias that matched best, in its normalised form ("jiaozuo creation heavy industry").
    public let matchedName: String
    /// How well it matched, from 0 to 1: 1 for the whole name, less for a part of it or a misspelling.
    public let score: Double
    /// A few words that tell the entity apart ("company, from China"); nil when nothing is known.
    public let context: String?
}
