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
    /// True when the text is a fragment of a longer statement; nil when not said.
    public var isFragment: Bool? = nil
    /// `explicit` or `implicit`; nil when not said.
    public var attribution: String? = nil
    /// Why the attribution is implicit, or another note on it.
    public var attributionNote: String? = nil
    /// How sure the attribution is: `stated`, `inferred`, `uncertain`.
    public var attributionCertainty: String? = nil
    /// Who spoke: `person`, `organisation` (speaking as such) or `document` (printed in one).
    public var spokenBy: String? = nil
    /// The document it was printed in, when no one is named as speaking it.
    public var printedIn: String? = nil
    /// For another outlet's rewording: the label of the source that printed the original.
    public var originalSource: String? = nil
    /// What the surrounding text says it is about, besides what it names ("; "-separated names).
    public var about: String? = nil
}
