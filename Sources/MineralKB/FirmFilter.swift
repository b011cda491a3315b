/// The filters of `firmsActive(in:...)`.
public struct FirmFilter: Sendable {
    /// Only firms from this country or region (by their based_in / headquartered_in links, or their
    /// parents' unless `direct`).
    public var from: String?
    /// Only firms linked to this mineral or one of its family (coal finds lignite), directly or through a project.
    public var mineral: String?
    /// Only the firm's own links: no presence through projects, no origin through parents.
    public var direct: Bool
    /// Only presences some source states: those every source marks inferred or uncertain are left out.
    public var statedOnly: Bool
    /// Only these presence relations (`has_office_in`, `operates_in`, ...); nil for all.
    public var presenceKinds: [String]?
    /// Only links with this status; nil for any.
    public var status: LinkStatus?
    /// Only links holding on this date (started on or before it, not ended before it).
    public var asOf: PartialDate?

    /// A filter; by default active links only, and nothing else restricted.
    public init(from: String? = nil, mineral: String? = nil, presenceKinds: [String]? = nil,
                status: LinkStatus? = .active, asOf: PartialDate? = nil, direct: Bool = false,
                statedOnly: Bool = false) {
        self.direct = direct
        self.statedOnly = statedOnly
        self.from = from
        self.mineral = mineral
        self.presenceKinds = presenceKinds
        self.status = status
        self.asOf = asOf
    }
}
