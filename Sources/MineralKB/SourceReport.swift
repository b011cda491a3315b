/// One source and everything it backs: the entities it reports, the links it states, the quotes it prints.
public struct SourceReport: Codable, Sendable {
    /// A link the source states, with the sentence that supports it.
    public struct Fact: Codable, Sendable, Hashable {
        /// The link's row id.
        public let linkID: Int64
        /// The entity the link starts from.
        public let from: EntityRef
        /// The stored relation name (`works_at`).
        public let relation: String
        /// The relation in words ("works at").
        public let label: String
        /// The entity the link leads to.
        public let to: EntityRef
        /// The detail as printed (a title, "local office").
        public let detail: String?
        /// The share held, in percent, for ownership links.
        public let sharePercent: Double?
        /// When the link began.
        public let since: QualifiedDate?
        /// When the link ended.
        public let until: QualifiedDate?
        /// The date the source says the link held on.
        public let asOf: String?
        /// `active`, `former` or `planned`.
        public let status: String
        /// The sentence of this source that supports the link, when known.
        public let evidence: String?
    }

    /// An entity the source reports, with the sentence that names it.
    public struct Mention: Codable, Sendable, Hashable {
        /// The entity.
        public let entity: EntityRef
        /// The sentence of this source about it, when known.
        public let evidence: String?
    }

    /// The source's row id.
    public let id: Int64
    /// Its label: its title, or else its publisher, dateline and date.
    public let label: String
    /// `article`, `report`, `filing`, ...
    public let sourceType: String
    /// Its title, when it has one.
    public let title: String?
    /// The organisation that published it.
    public let publisher: EntityRef?
    /// The outlet it was read through (a syndicating agency).
    public let via: EntityRef?
    /// Where it can be read, as the document gave it (not checked: show it as text or a checked link).
    public let url: String?
    /// Another reference to it (a file name, a catalogue number).
    public let reference: String?
    /// When it was published, as a partial ISO date.
    public let publishedOn: String?
    /// The place of its dateline.
    public let dateline: EntityRef?
    /// The entities it reports.
    public let entities: [Mention]
    /// The links it states.
    public let facts: [Fact]
    /// The quotes it prints, oldest first.
    public let quotes: [QuoteRow]
}
