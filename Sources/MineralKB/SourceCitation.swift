/// A source behind a fact, with the sentence that supports it where known.
public struct SourceCitation: Hashable, Codable, Sendable {
    /// The source's row id.
    public let sourceID: Int64
    /// The source's label: its title, or else its publisher, dateline and date.
    public let label: String
    /// When the source was published, as a partial ISO date.
    public let publishedOn: String?
    /// The sentence of the source that supports the fact, when known.
    public let evidence: String?
}
