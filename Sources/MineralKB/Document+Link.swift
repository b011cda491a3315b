extension Document {
    /// A claim that two entities are linked, as one source reports it. The relation decides which
    /// kinds `from` and `to` may be (the `relations` table lists them).
    public struct Link: Hashable, Codable, Sendable {
        /// A name or alias of the entity the link starts from.
        public var from: String
        /// The kind of link: `works_at`, `operates_in`, `owns`, ... (see the `relations` table).
        public var relation: String
        /// A name or alias of the entity the link leads to.
        public var to: String
        /// As printed: a person's title, a presence's detail.
        public var role: String?
        /// An owner's share, in percent.
        public var sharePercent: Double?
        /// A figure (reserves, production), with its `unit`.
        public var quantity: Double?
        /// The unit of `quantity`.
        public var unit: String?
        /// Since when the link holds.
        public var since: PartialDate?
        /// How exact `since` is.
        public var sinceQualifier: DateQualifier?
        /// Until when it held.
        public var until: PartialDate?
        /// How exact `until` is.
        public var untilQualifier: DateQualifier?
        /// The date the source says it held on.
        public var asOf: PartialDate?
        /// Whether it holds now, held once or is announced; nil reads as active.
        public var status: LinkStatus?
        /// The sentence of the source that supports it.
        public var evidence: String?
        /// A note for whoever reviews a draft (`mkb draft` writes one on each fact it proposes); the importer ignores it.
        public var review: String?

        /// A link `from` → `relation` → `to`, with the details given.
        public init(from: String, relation: String, to: String, role: String? = nil, sharePercent: Double? = nil,
                    quantity: Double? = nil, unit: String? = nil, since: PartialDate? = nil, sinceQualifier: DateQualifier? = nil,
                    until: PartialDate? = nil, untilQualifier: DateQualifier? = nil, asOf: PartialDate? = nil,
                    status: LinkStatus? = nil, evidence: String? = nil) {
            self.from = from
            self.relation = relation
            self.to = to
            self.role = role
            self.sharePercent = sharePercent
            self.quantity = quantity
            self.unit = unit
            self.since = since
            self.sinceQualifier = sinceQualifier
            self.until = until
            self.untilQualifier = untilQualifier
            self.asOf = asOf
            self.status = status
            self.evidence = evidence
        }

        /// The JSON field names.
        public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
            case from, relation, to, role, sharePercent = "share_percent", quantity, unit, since, sinceQualifier = "since_qualifier",
                 until, untilQualifier = "until_qualifier", asOf = "as_of", status, evidence, review
        }
    }
}
