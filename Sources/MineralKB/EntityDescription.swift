import SQLite

/// An entity as shown in a list of candidates: name, kind and where it is.
public struct EntityDescription: Equatable, Sendable, CustomStringConvertible {
    public let entity: EntityRef
    /// A short context: a place's parents, a firm's type.
    public let context: String?

    public init(entity: EntityRef, context: String?) {
        self.entity = entity
        self.context = context
    }

    public var description: String {
        "\(entity.name) — \(entity.kind.rawValue)\(context.map { ", \($0)" } ?? "") (id \(entity.id))"
    }
}
