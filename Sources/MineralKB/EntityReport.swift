/// Everything the base knows about one entity, and how it connects to others.
public struct EntityReport: Codable, Sendable {
    /// A labelled attribute: ("type", "company"), ("within", "Sindh, Pakistan").
    public struct Fact: Codable, Sendable, Hashable {
        /// What the fact is: "type", "within", "symbol", "status"...
        public let label: String
        /// Its value as text ("company", "Sindh, Pakistan").
        public let value: String
    }

    /// A link seen from the entity: outgoing ("works at X") or incoming ("X works at it").
    public struct Link: Codable, Sendable, Hashable {
        /// The stored relation name (`works_at`, `has_office_in`, ...; `part_of` for the place hierarchy).
        public let relation: String
        /// The relation in words, as read from the stored direction ("works at").
        public let label: String
        /// True when the link points at the entity (the entity is its `to` end).
        public let isIncoming: Bool
        /// The entity at the other end of the link.
        public let other: EntityRef
        /// The detail as printed: a person's title, a presence's "local office", a partnership's scope.
        public let detail: String?
        /// The share held, in percent (0 to 100), for ownership links.
        public let sharePercent: Double?
        /// A figure the link reports (reserves, production), in `unit`.
        public let quantity: Double?
        /// The unit of `quantity`, as printed.
        public let unit: String?
        /// When the link began, as a partial ISO date with its qualifier.
        public let since: QualifiedDate?
        /// When the link ended, as a partial ISO date with its qualifier.
        public let until: QualifiedDate?
        /// The date the source says the link held on (a title as of the article's date), as a partial ISO date.
        public let asOf: String?
        /// `active`, `former` or `planned`.
        public let status: String
        /// The sources that report the link, each with its supporting sentence where known.
        public let sources: [SourceCitation]
    }

    /// Links of one category (affiliation, presence, stake, ...).
    public struct LinkGroup: Codable, Sendable {
        /// The category: `affiliation`, `presence`, `stake`, `commodity`, `hierarchy`...
        public let category: String
        /// The category's heading as seen from the entity, from the base's `relation_categories`:
        /// "Minerals" for a firm's, "Who holds, produces or works it" for a mineral's.
        public let title: String
        /// Its links, by relation, then outgoing before incoming, then by the other entity's name.
        public let links: [Link]
    }

    /// A forum the entity took part in, and how.
    public struct ForumAppearance: Codable, Sendable, Hashable {
        /// The forum.
        public let forum: EntityRef
        /// "attended", "spoke_at", or "quoted" when known only from a quote said there.
        public let role: String
        /// The link's detail as printed; for a forum known only from quotes, "quotes by" and the speaker's name.
        public let through: String?
    }

    /// The entity reported on.
    public let entity: EntityRef
    /// Its description, as a document gave it.
    public let description: String?
    /// Its attributes by kind: a firm's type, a place's type and parents, a mineral's symbol, a project's status...
    public let facts: [Fact]
    /// Its other names, sorted (the canonical name left out).
    public let aliases: [String]
    /// Sources that report the entity itself.
    public let sources: [SourceCitation]
    /// Its links in both directions, grouped by category; a place's parent and parts as `hierarchy`.
    public let linkGroups: [LinkGroup]
    /// The forums it attended, spoke at, organised or sponsored, and those where its quotes were said.
    public let forums: [ForumAppearance]
    /// Quotes it said (a person) or that were said on its behalf (an organisation), oldest first.
    public let quotesBy: [QuoteRow]
    /// Quotes by others that mention it, oldest first.
    public let quotesAbout: [QuoteRow]
    /// For places: the firms present in the place or anywhere inside it.
    public let firmsWithin: [FirmPresence]
    /// With depth 2 or more: the wider web of connections.
    public let neighbourhood: Neighbourhood?
}

extension EntityReport {
    /// The same report with only the link groups of `categories` (`presence`, `stake`, `hierarchy`...).
    public func keepingLinks(of categories: Set<String>) -> EntityReport {
        EntityReport(entity: entity, description: description, facts: facts, aliases: aliases, sources: sources,
                     linkGroups: linkGroups.filter { categories.contains($0.category) }, forums: forums,
                     quotesBy: quotesBy, quotesAbout: quotesAbout, firmsWithin: firmsWithin, neighbourhood: neighbourhood)
    }
}
