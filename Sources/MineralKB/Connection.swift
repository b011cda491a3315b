/// One link between two entities as a graph walk sees it.
public struct Connection: Hashable, Codable, Sendable {
    /// The entity the link starts from, as stored (`Min Ziheng` in "Min Ziheng works_at Jiaozuo").
    public let from: EntityRef
    /// `works_at`, `has_office_in`, ...; `part_of` for the place hierarchy; `mentioned` for what a speaker talked about.
    public let relation: String
    /// The entity the link leads to, as stored (`Jiaozuo` in "Min Ziheng works_at Jiaozuo").
    public let to: EntityRef
    /// The detail as printed (a title, "local office").
    public let detail: String?
    /// The link row, when the connection is a link (not a hierarchy or quote connection).
    public let linkID: Int64?
    /// The sources behind it: a link's sources, or the source of the quote; none for the place hierarchy.
    public let sources: [SourceCitation]
}
