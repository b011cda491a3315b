/// Which connections a shortest path may take.
public enum PathScope: String, CaseIterable, Codable, Sendable {
    /// Only links between entities (business, affiliation, location...): never the place hierarchy
    /// nor what a speaker's quotes mention.
    case business
    /// Links and the place hierarchy (a site is part of a province, part of a country).
    case hierarchy
    /// Links and the place hierarchy first; what quotes mention only when those do not connect the two.
    case all
}
