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

    /// A filter; by default active links only, and nothing else restricted.
    public init(from: String? = nil, mineral: String? = nil, presenceKinds: [String]? = nil,
                status: LinkStatus? = .active, asOf: PartialDate? = nil) {
        self.from = from
        self.mineral = mineral
        self.presenceKinds = presenceKinds
        self.status = status
        self.asOf = asOf
    }
}
