/// One firm present in one place, answering "which firms are active in X?".
public struct FirmPresence: Hashable, Codable, Sendable {
    public let organisation: EntityRef
    public let organisationType: String
    /// Where the firm comes from (its `based_in` / headquarters places).
    public let origins: [String]
    /// The presence relation: `has_office_in`, `operates_in`, ...
    public let presence: String
    /// The detail as printed ("local office").
    public let detail: String?
    /// The place the source names (Karachi), inside the place asked about (Pakistan).
    public let place: EntityRef
    public let since: QualifiedDate?
    public let until: QualifiedDate?
    public let status: String
    public let sources: [SourceCitation]
}
