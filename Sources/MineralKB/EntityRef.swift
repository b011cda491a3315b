/// One entity: its id, kind and canonical name.
public struct EntityRef: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The entity's row id, unique across all kinds.
    public let id: Int64
    /// What kind of thing it is, and so which table holds its own columns.
    public let kind: EntityKind
    /// Its canonical name (other spellings are its aliases).
    public let name: String

    /// A reference to the entity `id` of kind `kind`, called `name`.
    public init(id: Int64, kind: EntityKind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }

    /// `name (kind #id)`, e.g. `Karachi (place #12)`.
    public var description: String { "\(name) (\(kind.rawValue) #\(id))" }
}
