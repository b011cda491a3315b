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
    /// Said on or after this date.
    public var since: PartialDate?
    /// Said on or before this date (a year or month includes all of it).
    public var until: PartialDate?
    /// The most quotes to return (a page); must be positive.
    public var limit: Int
    /// How many quotes to skip before the page (0 for the first page); must not be negative.
    public var offset: Int

    /// The quotes a page shows unless asked otherwise.
    public static let defaultLimit = 50

    /// A filter; by default every quote, the first page of `defaultLimit`.
    public init(speaker: String? = nil, organisation: String? = nil, forum: String? = nil, mentions: String? = nil,
                search: String? = nil, since: PartialDate? = nil, until: PartialDate? = nil,
                limit: Int = QuoteFilter.defaultLimit, offset: Int = 0) {
        self.speaker = speaker
        self.organisation = organisation
        self.forum = forum
        self.mentions = mentions
        self.search = search
        self.since = since
        self.until = until
        self.limit = limit
        self.offset = offset
    }
}
