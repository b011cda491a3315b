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
