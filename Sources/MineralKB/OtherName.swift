/// Another name of an entity, with what kind of name it is: "formerly Barrick Gold Corporation".
public struct OtherName: Hashable, Codable, Sendable {
    /// The name as written.
    public var name: String
    /// What kind of name it is.
    public var kind: AliasKind
    /// For a former name: when the entity stopped using it, as a partial ISO date.
    public var until: PartialDate?

    /// A name of `kind`, used until `until` where known.
    public init(name: String, kind: AliasKind, until: PartialDate? = nil) {
        self.name = name
        self.kind = kind
        self.until = until
    }

    /// The JSON field names.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case name, kind, until
    }
}
