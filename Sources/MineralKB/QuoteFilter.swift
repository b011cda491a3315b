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
