/// One FollowTheMoney entity as FtM's JSON lines carry it: id, schema and properties (every value
/// a string, every property a list), plus MineralKB's own context.
///
/// FtM keeps any extra top-level field of an entity as its "context" and writes it back unchanged
/// (OpenSanctions uses this for `datasets` and `referents`). The `mineralkb` field holds what FtM's
/// properties cannot say (a date's qualifier, a place's ISO code and container, the exact relation),
/// so that a base → FtM → base round trip is exact; tools that do not know it pass it through.
struct FollowTheMoneyEntity: Codable, Equatable {
    var id: String
    var schema: String
    var properties: [String: [String]]
    var mineralkb: FollowTheMoneyContext?
    /// The datasets an entity comes from (OpenSanctions' convention); read on import, not written.
    var datasets: [String]?

    init(id: String, schema: String, properties: [String: [String]] = [:], mineralkb: FollowTheMoneyContext? = nil) {
        self.id = id
        self.schema = schema
        self.properties = properties
        self.mineralkb = mineralkb
    }

    /// Adds `value` to `property` unless it is nil, empty or already there.
    mutating func add(_ property: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        if properties[property]?.contains(value) == true { return }
        properties[property, default: []].append(value)
    }

    /// The values of `property` (none when absent).
    func values(_ property: String) -> [String] { properties[property] ?? [] }
}

/// What MineralKB records beyond FtM's properties, per entity. Every field is optional and left out
/// of the JSON when nil.
struct FollowTheMoneyContext: Codable, Equatable {
    /// Entities: the kind, and the kind's own type (organisation, place or project type).
    var kind: String?
    var type: String?
    /// Places: the ISO 3166 code, and the FtM id of the place that contains this one.
    var iso_code: String?
    var `in`: String?
    /// Forums: the qualifier of the start date. Projects: the status.
    var starts_qualifier: String?
    var status: String?
    /// Per document (FtM id), the sentence that supports the entity or link.
    var evidence: [String: String]?
    /// Links: the relation, the qualifiers of its dates, and a quantity with its unit.
    var relation: String?
    var since_qualifier: String?
    var until_qualifier: String?
    var quantity: Double?
    var unit: String?
    /// Sources: the type, the reference, and the FtM ids of the publisher, the outlet it came via
    /// and the dateline place.
    var source_type: String?
    var reference: String?
    var publisher: String?
    var via: String?
    var dateline: String?

    var isEmpty: Bool { self == FollowTheMoneyContext() }
}
