/// A project located in a place (or in a place inside it), with who operates, owns and works on it:
/// what a place's report lists under its projects.
public struct PlaceProject: Codable, Sendable, Hashable {
    /// One organisation's stake in the project: operator, owner (with its share), contractor...
    public struct Stake: Codable, Sendable, Hashable {
        /// The organisation.
        public let organisation: EntityRef
        /// The stake relation: `operates`, `owns`, `contractor_for`, ...
        public let relation: String
        /// The relation in words ("owns").
        public let label: String
        /// The share held, in percent, for owners.
        public let sharePercent: Double?
        /// The detail as printed ("mining equipment supply").
        public let detail: String?
        /// Since when, as a partial ISO date with its qualifier.
        public let since: QualifiedDate?
        /// Until when, as a partial ISO date with its qualifier.
        public let until: QualifiedDate?
        /// `active`, `former` or `planned`.
        public let status: String
    }

    /// The project.
    public let project: EntityRef
    /// Where the project is located (the place reported on, or a place inside it).
    public let place: EntityRef
    /// Its stakes, by relation, then by date.
    public let stakes: [Stake]
}
