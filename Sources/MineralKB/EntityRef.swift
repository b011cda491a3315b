/// One entity: its id, kind and canonical name.
public struct EntityRef: Hashable, Codable, Sendable, CustomStringConvertible {
    public let id: Int64
    public let kind: EntityKind
    public let name: String

    public init(id: Int64, kind: EntityKind, name: String) {
        self.id = id
        self.kind = kind
        self.name = name
    }

    public var description: String { "\(name) (\(kind.rawValue) #\(id))" }
}
