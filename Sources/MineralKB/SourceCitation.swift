/// A source behind a fact, with the sentence that supports it where known.
public struct SourceCitation: Hashable, Codable, Sendable {
    public let sourceID: Int64
    public let label: String
    public let publishedOn: String?
    public let evidence: String?
}
