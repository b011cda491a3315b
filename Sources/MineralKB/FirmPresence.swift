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

/// The filters of `firmsActive(in:...)`.
public struct FirmFilter: Sendable {
    /// Only firms from this country or region (by their based_in / headquartered_in links).
    public var from: String?
    /// Only firms linked to this mineral (directly or through a project).
    public var mineral: String?
    /// Only these presence relations (`has_office_in`, `operates_in`, ...); nil for all.
    public var presenceKinds: [String]?
    /// Only links with this status; nil for any.
    public var status: LinkStatus?
    /// Only links holding on this date (started on or before it, not ended before it).
    public var asOf: PartialDate?

    public init(from: String? = nil, mineral: String? = nil, presenceKinds: [String]? = nil,
                status: LinkStatus? = .active, asOf: PartialDate? = nil) {
        self.from = from
        self.mineral = mineral
        self.presenceKinds = presenceKinds
        self.status = status
        self.asOf = asOf
    }
}
