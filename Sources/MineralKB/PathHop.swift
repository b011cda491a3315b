/// A step of a path: a connection, and whether the walk followed it forwards or backwards.
public struct PathHop: Hashable, Codable, Sendable {
    /// The connection the step follows, in its stored direction.
    public let connection: Connection
    /// True when the walk went from `connection.to` to `connection.from`.
    public let isReversed: Bool

    /// The entity the step leaves.
    public var start: EntityRef { isReversed ? connection.to : connection.from }
    /// The entity the step reaches.
    public var end: EntityRef { isReversed ? connection.from : connection.to }
}
