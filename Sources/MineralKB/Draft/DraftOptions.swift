/// What the analyst knows about an article beyond its text: the flags of `mkb draft`.
public struct DraftOptions: Sendable {
    /// Where the article was read.
    public var url: String?
    /// The publisher, when the text does not print one.
    public var publisher: String?
    /// The publication date (YYYY, YYYY-MM or YYYY-MM-DD), when the text does not print one.
    public var published: PartialDate?
    /// A file name or identifier of the original, for the source's `reference`.
    public var reference: String?

    /// Options as given; every one may be absent.
    public init(url: String? = nil, publisher: String? = nil, published: PartialDate? = nil, reference: String? = nil) {
        self.url = url
        self.publisher = publisher
        self.published = published
        self.reference = reference
    }
}
