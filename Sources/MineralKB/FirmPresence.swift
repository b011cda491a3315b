/// One firm present in one place, answering "which firms are active in X?".
public struct FirmPresence: Hashable, Codable, Sendable {
    /// The firm.
    public let organisation: EntityRef
    /// Its type: `company`, `state enterprise`, `government body`, ...
    public let organisationType: String
    /// Where the firm comes from (its `based_in` / headquarters places), nearest first; an origin
    /// inherited from a parent reads "China via parent China Example Group".
    public let origins: [String]
    /// The presence relation: `has_office_in`, `operates_in`, ...; for a presence through a project,
    /// the firm's stake in it (`operates`, `owns`, `contractor_for`).
    public let presence: String
    /// The detail as printed ("local office").
    public let detail: String?
    /// The project that makes the firm present in `place`, when the presence is through a project.
    public let viaProject: EntityRef?
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

    /// Where the presence comes from in words: "via Example Valley Copper Project" for a project,
    /// then the detail as printed.
    public var explanation: String? {
        let parts = [viaProject.map { "via \($0.name)" }, detail].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
