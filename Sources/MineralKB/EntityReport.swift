/// Everything the base knows about one entity, and how it connects to others.
public struct EntityReport: Codable, Sendable {
    /// A labelled attribute: ("type", "company"), ("within", "Sindh, Pakistan").
    public struct Fact: Codable, Sendable, Hashable {
        public let label: String
        public let value: String
    }

    /// A link seen from the entity: outgoing ("works at X") or incoming ("X works at it").
    public struct Link: Codable, Sendable, Hashable {
        public let relation: String
        /// The relation in words, as read from the stored direction ("works at").
        public let label: String
        public let isIncoming: Bool
        public let other: EntityRef
        public let detail: String?
        public let sharePercent: Double?
        public let quantity: Double?
        public let unit: String?
        public let since: QualifiedDate?
        public let until: QualifiedDate?
        public let asOf: String?
        public let status: String
        public let sources: [SourceCitation]
    }

    /// Links of one category (affiliation, presence, stake, ...).
    public struct LinkGroup: Codable, Sendable {
        public let category: String
        public let links: [Link]
    }

    /// A forum the entity took part in, and how.
    public struct ForumAppearance: Codable, Sendable, Hashable {
        public let forum: EntityRef
        /// "attended", "spoke_at", or "quoted" when known only from a quote said there.
        public let role: String
        public let through: String?
    }

    public let entity: EntityRef
    public let description: String?
    public let facts: [Fact]
    public let aliases: [String]
    /// Sources that report the entity itself.
    public let sources: [SourceCitation]
    public let linkGroups: [LinkGroup]
    public let forums: [ForumAppearance]
    public let quotesBy: [QuoteRow]
    public let quotesAbout: [QuoteRow]
    /// For places: the firms present in the place or anywhere inside it.
    public let firmsWithin: [FirmPresence]
    /// With depth 2 or more: the wider web of connections.
    public let neighbourhood: Neighbourhood?
}
