/// One quote with everything needed to cite it.
public struct QuoteRow: Hashable, Codable, Sendable {
    public let id: Int64
    public let text: String
    /// "direct" (the exact words) or "paraphrase" (reported speech).
    public let form: String
    public let saidOn: String?
    public let speaker: EntityRef?
    /// The speaker's title as the source printed it.
    public let speakerRole: String?
    public let organisation: EntityRef?
    public let forum: EntityRef?
    public let toldTo: String?
    public let source: SourceCitation
    /// The quote this one rewords, when another outlet printed it first.
    public let originalQuoteID: Int64?
    /// For a full-text search: the matching passage with the hits in [brackets].
    public let snippet: String?
}

/// The filters of `quotes(matching:)`; every one is optional and they combine with AND.
public struct QuoteFilter: Sendable {
    /// Said by this person.
    public var speaker: String?
    /// Said on behalf of this organisation.
    public var organisation: String?
    /// Said at this forum.
    public var forum: String?
    /// Mentioning this entity (a mineral, a place, a firm...).
    public var mentions: String?
    /// Words to find in the text (all of them, any order, diacritics ignored).
    public var search: String?
    public var since: PartialDate?
    public var until: PartialDate?
    public var limit: Int

    public init(speaker: String? = nil, organisation: String? = nil, forum: String? = nil, mentions: String? = nil,
                search: String? = nil, since: PartialDate? = nil, until: PartialDate? = nil, limit: Int = 1000) {
        self.speaker = speaker
        self.organisation = organisation
        self.forum = forum
        self.mentions = mentions
        self.search = search
        self.since = since
        self.until = until
        self.limit = limit
    }
}
