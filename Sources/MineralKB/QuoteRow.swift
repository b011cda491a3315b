/// One quote with everything needed to cite it.
public struct QuoteRow: Hashable, Codable, Sendable {
    /// The quote's row id.
    public let id: Int64
    /// The words, as the source printed them.
    public let text: String
    /// "direct" (the exact words) or "paraphrase" (reported speech).
    public let form: String
    /// When it was said, as a partial ISO date; nil when the document does not say (the source's
    /// publication date, `source.publishedOn`, is another fact and is shown as the source's).
    public let saidOn: String?
    /// The person who said it, when known.
    public let speaker: EntityRef?
    /// The speaker's title as the source printed it.
    public let speakerRole: String?
    /// The organisation it was said on behalf of, when known.
    public let organisation: EntityRef?
    /// The forum where it was said, when known.
    public let forum: EntityRef?
    /// The organisation it was said to ("told Dawn"), by name.
    public let toldTo: String?
    /// The source that printed it.
    public let source: SourceCitation
    /// The quote this one rewords, when another outlet printed it first.
    public let originalQuoteID: Int64?
    /// For a full-text search: the whole text with the hits in [brackets].
    public let snippet: String?
}
