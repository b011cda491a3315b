/// One firm present in one place, answering "which firms are active in X?".
public struct FirmPresence: Hashable, Codable, Sendable {
    /// The firm.
    public let organisation: EntityRef
    /// Its type: `company`, `state enterprise`, `government body`, ...
    public let organisationType: String
    /// Where the firm comes from (its `based_in` / headquarters places).
    public let origins: [String]
    /// The presence relation: `has_office_in`, `operates_in`, ...
    public let presence: String
    /// The detail as printed ("local office").
    public let detail: String?
    /// The place the source names (Karachi), inside the place asked about (Pakistan).
    public let place: EntityRef
    /// When the presence began, as a partial ISO date with its qualifier.
    public let since: QualifiedDate?
    /// When the presence ended, as a partial ISO date with its qualifier.
    public let until: QualifiedDate?
    /// `active`, `former` or `planned`.
    public let status: String
    /// The sources that report the presence, each with its supporting sentence where known.
    public let sources: [SourceCitation]
}
