import SQLite

/// An entity as shown in a list of candidates: name, kind and where it is.
public struct EntityDescription: Equatable, Sendable, CustomStringConvertible {
    /// The entity described.
    public let entity: EntityRef
    /// A short context: a place's parents, a firm's type.
    public let context: String?

    /// An entity with its context, if any.
    public init(entity: EntityRef, context: String?) {
        self.entity = entity
        self.context = context
    }

    /// Name, kind, context and id on one line: `Karachi — place, city, in Sindh, Pakistan (id 12)`.
    public var description: String {
        "\(entity.name) — \(entity.kind.rawValue)\(context.map { ", \($0)" } ?? "") (id \(entity.id))"
    }
}
