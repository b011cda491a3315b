extension Document {
    /// The document the facts come from. A source is its url, else its reference, else its title
    /// with publisher and date: a second document for the same source replaces what the first
    /// backed. At least one of url, reference or title is needed, so that two articles of one
    /// outlet on one day are never taken for one.
    public struct Source: Hashable, Codable, Sendable {
        /// What kind of document it is; nil reads as an article.
        public var type: SourceType?
        /// Its headline or title.
        public var title: String?
        /// The publishing organisation (declared in the document or already known).
        public var publisher: String?
        /// The outlet the statements were given to, when not the publisher.
        public var via: String?
        /// Where it can be read.
        public var url: String?
        /// A file name or identifier of the original.
        public var reference: String?
        /// When it was published.
        public var published: PartialDate?
        /// The place of its dateline.
        public var dateline: String?
        /// A note for whoever reviews a draft (`mkb draft` writes one on each fact it proposes); the importer ignores it.
        public var review: String?

        /// A source with the fields given.
        public init(type: SourceType? = nil, title: String? = nil, publisher: String? = nil, via: String? = nil,
                    url: String? = nil, reference: String? = nil, published: PartialDate? = nil, dateline: String? = nil) {
            self.type = type
            self.title = title
            self.publisher = publisher
            self.via = via
            self.url = url
            self.reference = reference
            self.published = published
            self.dateline = dateline
        }

        /// The JSON field names.
        public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
            case type, title, publisher, via, url, reference, published, dateline, review
        }
    }
}
